"""The demo draft report of the 12th meeting (CTOC/COP/WG.7/2026/L.1), in Chinese and English.

It follows the pattern of the Working Group's reports (DESIGN.md, Draft report). Paragraphs are
numbered on through the whole report, as printed; lists of States and speakers are filled in
from the meeting's attendance and statements, and the draft still carries open items: bracketed
alternatives and placeholders that editors settle before adoption.
"""

from itertools import count

from documents.models import Document, DraftReport, ReportSection
from documents.services import refresh_open_items
from meetings.models import Attendance, Meeting, Statement

from .lists import attending, chair, joined, panel, speaking
from .meetings import TOPICS, agenda_outline
from .recommendations import GENERAL, recommendations_under
from .rows import prune, upsert

ITEM_2, ITEM_3 = TOPICS[12]
CHAPTER, SECTION = ReportSection.Kind.CHAPTER, ReportSection.Kind.SECTION

# key, kind, number, heading
SECTIONS = (
    ("introduction", CHAPTER, {"zh": "一", "en": "I"}, {"zh": "导言", "en": "Introduction"}),
    ("recommendations", CHAPTER, {"zh": "二", "en": "II"}, {"zh": "建议", "en": "Recommendations"}),
    ("recommendations-item-2", SECTION, {"zh": "A", "en": "A"}, ITEM_2),
    ("recommendations-item-3", SECTION, {"zh": "B", "en": "B"}, ITEM_3),
    ("recommendations-general", SECTION, {"zh": "C", "en": "C"}, GENERAL),
    (
        "deliberations",
        CHAPTER,
        {"zh": "三", "en": "III"},
        {"zh": "审议情况概要", "en": "Summary of deliberations"},
    ),
    (
        "organization",
        CHAPTER,
        {"zh": "四", "en": "IV"},
        {"zh": "会议安排", "en": "Organization of the meeting"},
    ),
    (
        "organization-opening",
        SECTION,
        {"zh": "A", "en": "A"},
        {"zh": "会议开幕", "en": "Opening of the meeting"},
    ),
    (
        "organization-statements",
        SECTION,
        {"zh": "B", "en": "B"},
        {"zh": "发言情况", "en": "Statements"},
    ),
    (
        "organization-agenda",
        SECTION,
        {"zh": "C", "en": "C"},
        {"zh": "通过议程和工作安排", "en": "Adoption of the agenda and organization of work"},
    ),
    (
        "organization-attendance",
        SECTION,
        {"zh": "D", "en": "D"},
        {"zh": "出席情况", "en": "Attendance"},
    ),
    (
        "organization-documentation",
        SECTION,
        {"zh": "E", "en": "E"},
        {"zh": "文件", "en": "Documentation"},
    ),
    (
        "adoption",
        CHAPTER,
        {"zh": "五", "en": "V"},
        {"zh": "通过报告", "en": "Adoption of the report"},
    ),
)

# Sections whose paragraphs are the recommendations under an agenda item (None: general ones).
RECOMMENDATION_SECTIONS = {"recommendations-item-2": 2, "recommendations-general": None}

# The paragraphs of the other sections; {names} are filled in from the meeting's rows.
PARAGRAPHS = {
    "introduction": {
        "en": (
            "In its resolution 5/3, the Conference of the Parties to the United Nations Convention "
            "against Transnational Organized Crime set up the Working Group on the Smuggling of "
            "Migrants as an open-ended intergovernmental body to advise and assist the Conference "
            "in carrying out its mandate with regard to the Protocol against the Smuggling of "
            "Migrants by Land, Sea and Air, supplementing the Convention.",
            "In its resolution 7/1, the Conference decided that the Working Group would be a "
            "constant element of the Conference, reporting its recommendations to the Conference, "
            "and encouraged its working groups to meet every year, as needed.",
        ),
        "zh": (
            "联合国打击跨国有组织犯罪公约缔约方会议在第 5/3 号决议中设立了偷运移民问题工作组，"
            "作为不限成员名额政府间机构，就缔约方会议履行与《联合国打击跨国有组织犯罪公约关于"
            "打击陆、海、空偷运移民的补充议定书》有关的任务授权向其提供咨询和协助。",
            "缔约方会议在第 7/1 号决议中决定，工作组将作为缔约方会议的常设组成部分，向缔约方"
            "会议报告其建议，并鼓励其各工作组视需要每年举行会议。",
        ),
    },
    "recommendations": {
        "en": (
            "At its twelfth meeting, held in Vienna on 16 and 17 June 2026, the Working Group "
            "adopted the recommendations set out below.",
        ),
        "zh": ("工作组在 2026 年 6 月 16 日和 17 日于维也纳举行的第十二次会议上通过了下列建议。",),
    },
    # The recommendations under item 3 were still being negotiated when this draft was issued.
    "recommendations-item-3": {"en": ("[...]",), "zh": ("[……]",)},
    "deliberations": {
        "en": (
            "The Secretariat, in consultation with the Chair, prepared the following summary of "
            "the deliberations after the meeting. The summary reflects the Chair's understanding "
            "of the discussion; it was not negotiated and is not subject to adoption.",
            "At its first and second sittings, on [16 and 17 June][16 June] 2026, the Working "
            "Group considered agenda item 2, entitled \u201c{item_2}\u201d.",
            "The discussion was opened by presentations from the following panellists: {panel_2}.",
            "Ms. Ben Slama described how investigators in her country had used advertisements "
            "and messages found on seized telephones to establish the role of each member of a "
            "smuggling group. She noted that courts had accepted such material as evidence where "
            "the chain of custody had been documented from the moment of seizure.",
            "Mr. Dizon Salcedo presented the experience of a national task force that combined "
            "the investigation of smuggling with financial investigations. He explained that the "
            "analysis of mobile money transfers had made it possible to identify organizers who "
            "never travelled with migrants, and called for closer cooperation with payment "
            "service providers.",
            "In the ensuing discussion, speakers shared measures taken to monitor online content, "
            "to train investigators in handling electronic evidence and to cooperate with service "
            "providers. Several speakers noted the time needed to obtain data held abroad and "
            "encouraged the use of the Convention as a basis for mutual legal assistance. One "
            "speaker stressed that measures against online smuggling should not restrict the "
            "access of migrants to reliable information.",
            "At its [third and fourth][fourth] sittings, on 17 June 2026, the Working Group "
            "considered agenda item 3, entitled \u201c{item_3}\u201d. The discussion was opened "
            "by a presentation from {panel_3}.",
            "Ms. Etcheverry Paz outlined procedures for identifying the needs of smuggled "
            "migrants at their first contact with the authorities, including the referral of "
            "unaccompanied and separated children to child protection services. Speakers "
            "described measures taken in their countries to provide assistance to smuggled "
            "migrants and to inform them of their rights.",
        ),
        "zh": (
            "秘书处在会后与主席协商编写了以下审议情况概要。本概要反映主席对讨论情况的理解，"
            "未经谈判，无需通过。",
            "工作组在 2026 年[6 月 16 日和 17 日][6 月 16 日]举行的第一和第二场会议上审议了"
            "题为\u201c{item_2}\u201d的议程项目 2。",
            "讨论首先由下列专题主讲人作介绍：{panel_2}。",
            "Ben Slama 女士介绍了本国调查人员如何利用在扣押的手机中发现的广告和信息来确定"
            "偷运集团每名成员的作用。她指出，如果从扣押之时起对保管链作了记录，法院便接受此类"
            "材料作为证据。",
            "Dizon Salcedo 先生介绍了一个国家工作队将偷运调查与金融调查相结合的经验。他解释说，"
            "通过分析移动货币转账，查明了从未与移民同行的组织者，并呼吁与支付服务提供商开展"
            "更密切的合作。",
            "在随后的讨论中，发言者介绍了为监测网上内容、培训调查人员处理电子证据以及与服务"
            "提供商合作而采取的措施。若干发言者指出获取境外数据所需时间较长，并鼓励将《公约》"
            "用作司法协助的依据。一位发言者强调，打击网上偷运活动的措施不应限制移民获取可靠"
            "信息。",
            "工作组在 2026 年 6 月 17 日举行的[第三和第四场][第四场]会议上审议了题为"
            "\u201c{item_3}\u201d的议程项目 3。讨论首先由{panel_3}作介绍。",
            "Etcheverry Paz 女士概述了在被偷运移民首次与主管机关接触时识别其需求的程序，包括"
            "将无人陪伴和失散儿童转介给儿童保护服务机构。发言者介绍了本国为向被偷运移民提供"
            "援助并告知其权利而采取的措施。",
        ),
    },
    "organization-opening": {
        "en": (
            "The twelfth meeting of the Working Group on the Smuggling of Migrants was held in "
            "Vienna on 16 and 17 June 2026. The Working Group held four sittings. The meeting "
            "was held in a hybrid format, with some participants present in the conference room "
            "and others connected online through a remote interpretation platform.",
            "The meeting was opened by the Chair of the Working Group, {chair}, who made an "
            "opening statement outlining the mandate of the Working Group and the topics before "
            "it.",
        ),
        "zh": (
            "偷运移民问题工作组第十二次会议于 2026 年 6 月 16 日和 17 日在维也纳举行。工作组"
            "共举行了四场会议。会议以混合形式举行，部分与会者在会议室出席，其他与会者通过远程"
            "口译平台在线参会。",
            "工作组主席 {chair}宣布会议开幕并作了开幕发言，概述了工作组的任务授权和所审议的议题。",
        ),
    },
    "organization-statements": {
        "en": (
            "A representative of the Secretariat made an introductory statement under agenda "
            "item 2.",
            "The discussion under agenda item 2 was led by the following panellists: "
            "{panellists_2}. The discussion under agenda item 3 was led by {panellists_3}.",
            "Under agenda item 2, statements were made by representatives of the following "
            "parties to the Protocol: {speakers_parties} [...].",
            "A statement was also made by the observer for {speakers_non_parties}, a State not "
            "party to the Protocol.",
            "The Working Group also heard a statement by the observer for the "
            "{speakers_observers}.",
        ),
        "zh": (
            "秘书处代表在议程项目 2 下作了介绍性发言。",
            "议程项目 2 下的讨论由下列专题主讲人引导：{panellists_2}。议程项目 3 下的讨论由 "
            "{panellists_3}引导。",
            "《议定书》下列缔约方的代表在议程项目 2 下作了发言：{speakers_parties}[……]。",
            "非《议定书》缔约国{speakers_non_parties}的观察员也作了发言。",
            "工作组还听取了{speakers_observers}观察员的发言。",
        ),
    },
    "organization-agenda": {
        "en": (
            "At its 1st sitting, on 16 June 2026, the Working Group adopted the following agenda "
            "by consensus:\n{agenda}",
        ),
        "zh": ("工作组在 2026 年 6 月 16 日第一场会议上以协商一致方式通过了以下议程：\n{agenda}",),
    },
    "organization-attendance": {
        "en": (
            "The following States parties to the Protocol were represented at the meeting: "
            "{state_party} [...].",
            "The {reio}, a regional economic integration organization that is a party to the "
            "Protocol, was represented at the meeting.",
            "The following signatory States to the Protocol were represented by observers: "
            "{signatory}.",
            "The following States not parties to or signatories of the Protocol were "
            "represented by observers: {non_signatory}.",
            "The following intergovernmental organizations were represented by observers: {igo}.",
            "The following United Nations entities were represented by observers: {un_entity}.",
            "The {standing_observer}, an entity maintaining a permanent observer office at "
            "Headquarters, was represented by an observer.",
            "A list of participants is contained in document CTOC/COP/WG.7/2026/INF/1.",
        ),
        "zh": (
            "《议定书》下列缔约国派代表出席了会议：{state_party}[……]。",
            "作为《议定书》缔约方的区域经济一体化组织{reio}派代表出席了会议。",
            "《议定书》下列签署国派观察员出席了会议：{signatory}。",
            "下列非《议定书》缔约国或签署国的国家派观察员出席了会议：{non_signatory}。",
            "下列政府间组织派观察员出席了会议：{igo}。",
            "下列联合国实体派观察员出席了会议：{un_entity}。",
            "在总部设有常驻观察员办事处的实体{standing_observer}派观察员出席了会议。",
            "与会者名单载于 CTOC/COP/WG.7/2026/INF/1 号文件。",
        ),
    },
    "organization-documentation": {
        # Listed items are indented: a line starting "1. " would read as a paragraph of its own.
        "en": (
            "The Working Group had before it the following documents:\n"
            "    (a) Annotated provisional agenda (CTOC/COP/WG.7/2026/1);\n"
            "    (b) Background paper prepared by the Secretariat on countering the use of "
            "online platforms and digital payment services in the smuggling of migrants "
            "(CTOC/COP/WG.7/2026/2);\n"
            "    (c) Conference room paper containing the replies received from States on the "
            "use of digital tools in migrant smuggling investigations (CTOC/COP/WG.7/2026/CRP.1).",
        ),
        "zh": (
            "工作组收到了下列文件：\n"
            "    (a) 临时议程说明（CTOC/COP/WG.7/2026/1）；\n"
            "    (b) 秘书处编写的关于打击在偷运移民活动中利用网络平台和数字支付服务的行为的"
            "背景文件（CTOC/COP/WG.7/2026/2）；\n"
            "    (c) 载有各国关于在偷运移民调查中使用数字工具情况的答复的会议室文件"
            "（CTOC/COP/WG.7/2026/CRP.1）。",
        ),
    },
    "adoption": {
        "en": ("On [...] June 2026, the Working Group adopted the report on its twelfth meeting.",),
        "zh": ("工作组于 2026 年 6 月[……]日通过了其第十二次会议报告。",),
    },
}


def load_report(*, meeting: Meeting, document: Document) -> dict[int, int]:
    """The draft report and its sections; returns the paragraph of each recommendation."""
    report = upsert(
        DraftReport,
        lookup={"document": document},
        values={"meeting": meeting, "status": DraftReport.Status.DRAFT, "adopted_on": None},
    )
    paragraph_numbers: dict[int, int] = {}
    for language in ("zh", "en"):
        facts = facts_for(meeting=meeting, language=language)
        numbers = count(1)
        sections = []
        for order, (key, kind, number, heading) in enumerate(SECTIONS, start=1):
            paragraphs = []
            if key in RECOMMENDATION_SECTIONS:
                # Both languages have the same paragraphs, so either pass gives the same numbers.
                for spec in recommendations_under(RECOMMENDATION_SECTIONS[key]):
                    paragraph_numbers[spec["number"]] = next(numbers)
                    paragraphs.append(
                        (paragraph_numbers[spec["number"]], recommendation(spec, language))
                    )
            else:
                paragraphs.extend(
                    (next(numbers), text.format(**facts))
                    for text in PARAGRAPHS.get(key, {}).get(language, ())
                )
            sections.append(
                save_section(
                    report=report,
                    language=language,
                    key=key,
                    kind=kind,
                    number=number[language],
                    order=order,
                    heading=heading[language],
                    text="\n".join(f"{n}. {text}" for n, text in paragraphs),
                )
            )
        prune(report.sections.filter(language=language), keep=sections)
        for section in sections:
            refresh_open_items(section=section)
    return paragraph_numbers


def save_section(*, report: DraftReport, language: str, key: str, **values) -> ReportSection:
    current = ReportSection.objects.filter(report=report, language=language, key=key).first()
    # A changed text is a new version, so an editor who opened the old one cannot save over it.
    version = 1 if current is None else current.version + (current.text != values["text"])
    return upsert(
        ReportSection,
        lookup={"report": report, "language": language, "key": key},
        values={
            **values,
            "version": version,
            "origin": ReportSection.Origin.GENERATED,
            "updated_by": None,
        },
    )


def recommendation(spec: dict, language: str) -> str:
    if language == "zh":
        return f"建议 {spec['number']}：{spec['text']['zh']}"
    return f"Recommendation {spec['number']}: {spec['text']['en']}"


def facts_for(*, meeting: Meeting, language: str) -> dict[str, str]:
    """What the report's paragraphs name, in `language`: items, people, States, the agenda."""

    def spoke(capacity: str) -> str:
        names = speaking(meeting=meeting, agenda_item=2, capacity=capacity, language=language)
        return joined(names, language)

    indent = {True: "        ", False: "    "}
    return {
        "item_2": ITEM_2[language],
        "item_3": ITEM_3[language],
        "chair": chair(meeting=meeting, language=language),
        "panel_2": panel(meeting=meeting, agenda_item=2, language=language, with_function=True),
        "panel_3": panel(meeting=meeting, agenda_item=3, language=language, with_function=True),
        "panellists_2": panel(
            meeting=meeting, agenda_item=2, language=language, with_function=False
        ),
        "panellists_3": panel(
            meeting=meeting, agenda_item=3, language=language, with_function=False
        ),
        "speakers_parties": spoke(Statement.Capacity.PARTY),
        "speakers_non_parties": spoke(Statement.Capacity.NON_PARTY),
        "speakers_observers": spoke(Statement.Capacity.OBSERVER),
        # Indented, so that the agenda's own "1." is not read as a paragraph of the report.
        "agenda": "\n".join(
            f"{indent[label.startswith('(')]}{label} {title}"
            for label, title in agenda_outline(meeting.ordinal, language)
        ),
        **{
            category: joined(
                attending(meeting=meeting, category=category, language=language), language
            )
            for category in Attendance.Category.values
            if category != Attendance.Category.NGO
        },
    }
