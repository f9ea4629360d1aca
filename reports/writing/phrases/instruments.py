"""The instruments a report names, in every language it is written in.

Chinese and English print as they stand in a sentence ("《打击偷运移民议定书》的下列缔约方",
"parties to the Protocol against …"). French and Spanish give the name without its article,
so that each phrase module contracts it as its grammar wants ("parties au Protocole …",
"partes en el Protocolo …"); Russian gives the genitive that follows "участники" and
"подписавшие"; Arabic the bare name that follows "الأطراف في".
"""

# The instrument a body's lists of States name, by the body's symbol prefix; another body's
# reports name the Convention.
INSTRUMENTS = {
    "CTOC/COP/WG.7": {
        "zh": "《打击偷运移民议定书》",
        "en": "the Protocol against the Smuggling of Migrants by Land, Sea and Air",
        "fr": "Protocole contre le trafic illicite de migrants par terre, mer et air",
        "es": "Protocolo contra el Tráfico Ilícito de Migrantes por Tierra, Mar y Aire",
        "ru": "Протокола против незаконного ввоза мигрантов по суше, морю и воздуху",
        "ar": "بروتوكول مكافحة تهريب المهاجرين عن طريق البر والبحر والجو",
    },
    "CTOC/COP/WG.4": {
        "zh": "《人口贩运议定书》",
        "en": "the Trafficking in Persons Protocol",
        "fr": "Protocole relatif à la traite des personnes",
        "es": "Protocolo contra la Trata de Personas",
        "ru": "Протокола о торговле людьми",
        "ar": "بروتوكول الاتجار بالأشخاص",
    },
}
CONVENTION = {
    "zh": "《联合国打击跨国有组织犯罪公约》",
    "en": "the United Nations Convention against Transnational Organized Crime",
    "fr": "Convention des Nations Unies contre la criminalité transnationale organisée",
    "es": "Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional",
    "ru": "Конвенции Организации Объединенных Наций против транснациональной организованной "
    "преступности",
    "ar": "اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية",
}
