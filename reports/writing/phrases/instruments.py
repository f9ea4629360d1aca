"""The instruments a report names, in every language it is written in."""

# The instrument a body's lists of States name ("《打击偷运移民议定书》的下列缔约方"), by the
# body's symbol prefix; another body's reports name the Convention.
INSTRUMENTS = {
    "CTOC/COP/WG.7": {
        "zh": "《打击偷运移民议定书》",
        "en": "the Protocol against the Smuggling of Migrants by Land, Sea and Air",
    },
    "CTOC/COP/WG.4": {"zh": "《人口贩运议定书》", "en": "the Trafficking in Persons Protocol"},
}
CONVENTION = {
    "zh": "《联合国打击跨国有组织犯罪公约》",
    "en": "the United Nations Convention against Transnational Organized Crime",
}
