"""Demo themes of the thematic index and the draft recommendations of the 12th meeting."""

from documents.models import Document
from meetings.models import Meeting
from recommendations.models import KeyTopic, Recommendation, Theme, ThemePaper

from .rows import in_languages, prune, upsert

THEMES = (
    {
        "code": "criminal-justice",
        "name": {"zh": "刑事司法对策", "en": "Criminal justice responses"},
        "key_topics": (
            {"zh": "将偷运移民定为刑事犯罪", "en": "Criminalization of the smuggling of migrants"},
            {"zh": "金融调查和没收犯罪所得", "en": "Financial investigations and confiscation"},
            {"zh": "电子证据", "en": "Electronic evidence"},
        ),
    },
    {
        "code": "protection",
        "name": {
            "zh": "保护被偷运移民的权利",
            "en": "Protection of the rights of smuggled migrants",
        },
        "key_topics": (
            {"zh": "援助处境脆弱的移民", "en": "Assistance to migrants in vulnerable situations"},
            {"zh": "无人陪伴和失散儿童", "en": "Unaccompanied and separated children"},
            {"zh": "不将被偷运移民定为刑事犯罪", "en": "Non-criminalization of smuggled migrants"},
        ),
    },
    {
        "code": "international-cooperation",
        "name": {"zh": "国际合作", "en": "International cooperation"},
        "key_topics": (
            {"zh": "司法协助和引渡", "en": "Mutual legal assistance and extradition"},
            {"zh": "联合调查", "en": "Joint investigations"},
            {"zh": "与私营部门的合作", "en": "Cooperation with the private sector"},
        ),
    },
)

# theme code, symbol of the background paper filed under it
THEME_PAPERS = (("criminal-justice", "CTOC/COP/WG.7/2026/2"),)

GENERAL = {"zh": "一般性建议", "en": "General recommendations"}

# agenda_item None: a general recommendation, printed under its own heading.
RECOMMENDATIONS = (
    {
        "number": 1,
        "agenda_item": 2,
        "themes": ("criminal-justice",),
        "text": {
            "en": "States parties should ensure that their legislation allows the competent "
            "authorities to obtain, preserve and use electronic evidence in investigations of "
            "migrant smuggling, including data held by online platforms and payment service "
            "providers, with due safeguards for privacy and due process.",
            "zh": "缔约国应确保本国立法允许主管机关在偷运移民调查中获取、保全和使用电子证据，"
            "包括网络平台和支付服务提供商所持有的数据，同时对隐私和正当程序提供适当保障。",
        },
    },
    {
        "number": 2,
        "agenda_item": 2,
        "themes": ("criminal-justice", "international-cooperation"),
        "text": {
            "en": "States parties are encouraged to make full use of the Convention as a legal "
            "basis for mutual legal assistance in obtaining electronic evidence held in other "
            "jurisdictions, and to designate contact points able to act on urgent requests for "
            "the preservation of data.",
            "zh": "鼓励缔约国充分利用《公约》作为司法协助的法律依据，以获取其他管辖区所持有的"
            "电子证据，并指定能够处理紧急数据保全请求的联络点。",
        },
    },
    {
        "number": 3,
        "agenda_item": 2,
        "themes": ("international-cooperation",),
        "text": {
            "en": "States parties should consider establishing channels of cooperation with "
            "online platforms and payment service providers, so that advertisements for "
            "smuggling services and the accounts used to collect smuggling fees can be "
            "identified and reported to the competent authorities.",
            "zh": "缔约国应考虑与网络平台和支付服务提供商建立合作渠道，以便识别偷运服务广告和"
            "用于收取偷运费用的账户，并报告主管机关。",
        },
    },
    {
        "number": 4,
        "agenda_item": 2,
        "themes": ("protection",),
        "text": {
            "en": "States parties are encouraged to conduct information campaigns, in languages "
            "that migrants understand, on the risks of smuggling services offered online, "
            "without stigmatizing migrants or those who assist them for humanitarian reasons.",
            "zh": "鼓励缔约国以移民能够理解的语言开展宣传活动，说明网上提供的偷运服务所涉风险，"
            "同时避免对移民或出于人道主义原因向其提供协助的人造成污名化。",
        },
    },
    {
        "number": 5,
        "agenda_item": None,
        "themes": ("international-cooperation",),
        "text": {
            "en": "States parties are encouraged to share with the Secretariat court decisions and "
            "legislation on the smuggling of migrants, for inclusion in the SHERLOC knowledge "
            "management portal, in order to support the exchange of practice among "
            "practitioners.",
            "zh": "鼓励缔约国向秘书处提供关于偷运移民问题的法院判决和立法，以便收入 SHERLOC "
            "知识管理门户网站，从而支持从业人员之间交流做法。",
        },
    },
    {
        "number": 6,
        "agenda_item": None,
        "themes": ("criminal-justice", "international-cooperation"),
        "text": {
            "en": "The Working Group recommends that the Conference of the Parties request the "
            "Secretariat to continue to provide technical assistance, upon request and subject "
            "to the availability of extrabudgetary resources, to States parties seeking to "
            "strengthen their responses to the smuggling of migrants.",
            "zh": "工作组建议缔约方会议请秘书处继续应请求并在有预算外资源的情况下，向寻求加强"
            "偷运移民问题对策的缔约国提供技术援助。",
        },
    },
)


def recommendations_under(agenda_item: int | None) -> tuple[dict, ...]:
    """The demo recommendations under an agenda item, or the general ones for None."""
    return tuple(spec for spec in RECOMMENDATIONS if spec["agenda_item"] == agenda_item)


def load_themes(*, documents: dict[str, Document]) -> dict[str, Theme]:
    """The themes with their key topics, and the background papers filed under them, by code."""
    themes = {}
    for order, spec in enumerate(THEMES, start=1):
        theme = upsert(
            Theme,
            lookup={"code": spec["code"]},
            values={"order": order, "published": True, **in_languages("name", spec["name"])},
        )
        topics = [
            upsert(
                KeyTopic,
                lookup={"theme": theme, "order": topic_order},
                values=in_languages("name", names),
            )
            for topic_order, names in enumerate(spec["key_topics"], start=1)
        ]
        prune(theme.key_topics.all(), keep=topics)
        themes[theme.code] = theme
    for order, (code, symbol) in enumerate(THEME_PAPERS, start=1):
        upsert(
            ThemePaper,
            lookup={"theme": themes[code], "document": documents[symbol]},
            values={"order": order, "summary": None},
        )
    return themes


def load_recommendations(*, meeting: Meeting, report: Document, themes: dict[str, Theme]) -> None:
    """The meeting's recommendations as drafted: not adopted until the report is."""
    items = {item.number: item for item in meeting.agenda_items.filter(letter="")}
    recommendations = []
    for spec in RECOMMENDATIONS:
        item = items.get(spec["agenda_item"])
        topic = {"zh": item.title_zh, "en": item.title_en} if item else GENERAL
        recommendation = upsert(
            Recommendation,
            lookup={"meeting": meeting, "number": spec["number"]},
            values={
                "agenda_item": item,
                "status": Recommendation.Status.DRAFT,
                "report": report,
                **in_languages("text", spec["text"]),
                **in_languages("topic", topic),
            },
        )
        recommendation.themes.set([themes[code] for code in spec["themes"]])
        recommendations.append(recommendation)
    prune(meeting.recommendations.all(), keep=recommendations)


def number_recommendations(*, meeting: Meeting, paragraph_numbers: dict[int, int]) -> None:
    """Point each recommendation at its paragraph of the draft report, once it is written.

    A plain update: the paragraph is where the report prints it, not an edit of the row.
    """
    for recommendation in meeting.recommendations.all():
        number = paragraph_numbers.get(recommendation.number)
        if recommendation.paragraph_number != number:
            meeting.recommendations.filter(pk=recommendation.pk).update(paragraph_number=number)
