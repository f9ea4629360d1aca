"""Demo documents of the 12th meeting, in Chinese and English, with their structure rows."""

from collections.abc import Iterable
from datetime import date
from itertools import count

from documents.models import (
    Document,
    Footnote,
    LanguageVersion,
    Paragraph,
    Reference,
    Section,
)
from meetings.models import Attendance, Meeting
from wgportal.languages import Language

from .background_paper import BACKGROUND_PAPER
from .lists import attending
from .meetings import TOPICS, agenda_outline
from .rows import prune, upsert

AGENDA = "CTOC/COP/WG.7/2026/1"
BACKGROUND = "CTOC/COP/WG.7/2026/2"
PARTICIPANTS = "CTOC/COP/WG.7/2026/INF/1"
CONFERENCE_ROOM_PAPER = "CTOC/COP/WG.7/2026/CRP.1"
DRAFT_REPORT = "CTOC/COP/WG.7/2026/L.1"

ITEM_2, ITEM_3 = TOPICS[12]

# fmt: off
ANNOTATED_AGENDA = {
    "en": {
        "title": "Annotated provisional agenda",
        "blocks": (
            ("chapter", "I", "Provisional agenda"),
            ("chapter", "II", "Annotations"),
            ("subsection", "1", "Organizational matters"),
            ("heading", "(a)", "Opening of the meeting"),
            ("para", 1, "The twelfth meeting of the Working Group on the Smuggling of Migrants "
             "will be opened on Tuesday, 16 June 2026, at 10 a.m., at the Vienna International "
             "Centre."),
            ("heading", "(b)", "Adoption of the agenda and organization of work"),
            ("para", 2, "The Working Group will be invited to adopt its agenda. The proposed "
             "organization of work provides for four sittings over two days, with "
             "interpretation in the six official languages of the United Nations."),
            ("para", 3, "The meeting will be held in a hybrid format. Delegations attending "
             "online are requested to register in advance and to test their connection before "
             "the opening of the meeting."),
            ("subsection", "2", ITEM_2["en"]),
            ("para", 4, "Under agenda item 2, the Working Group will consider how smugglers use "
             "online platforms and digital payment services and how States can detect, "
             "investigate and prosecute such conduct. To assist the discussion, the Secretariat "
             "has prepared a background paper (CTOC/COP/WG.7/2026/2)."),
            ("ref", BACKGROUND),
            ("para", 5, "The discussion will be opened by a panel of experts from different "
             "regional groups, followed by an exchange of views among delegations."),
            ("subsection", "3", ITEM_3["en"]),
            ("para", 6, "Under agenda item 3, the Working Group will exchange experience on "
             "identifying smuggled migrants in situations of vulnerability, including "
             "unaccompanied and separated children, and on the assistance and protection owed "
             "to them under article 16 of the Protocol."),
            ("note", "1", "See also the Global Compact for Safe, Orderly and Regular Migration "
             "(General Assembly resolution 73/195, annex), objective 9."),
            ("ref", "A/RES/73/195"),
            ("subsection", "4", "Other matters"),
            ("para", 7, "No issues have been identified so far for consideration under agenda "
             "item 4."),
            ("subsection", "5", "Adoption of the report"),
            ("para", 8, "The Working Group will adopt a report on its meeting, the draft of which "
             "will be prepared by the Secretariat. The list of participants will be issued as "
             "document CTOC/COP/WG.7/2026/INF/1."),
            ("ref", PARTICIPANTS),
        ),
    },
    "zh": {
        "title": "临时议程说明",
        "blocks": (
            ("chapter", "一", "临时议程"),
            ("chapter", "二", "说明"),
            ("subsection", "1", "组织事项"),
            ("heading", "(a)", "会议开幕"),
            ("para", 1, "偷运移民问题工作组第十二次会议将于 2026 年 6 月 16 日星期二上午 10 时"
             "在维也纳国际中心开幕。"),
            ("heading", "(b)", "通过议程和工作安排"),
            ("para", 2, "将请工作组通过其议程。拟议的工作安排规定在两天内举行四场会议，并提供"
             "联合国六种正式语文的口译。"),
            ("para", 3, "本次会议将以混合形式举行。请以线上方式与会的代表团提前登记，并在会议"
             "开幕前测试网络连接。"),
            ("subsection", "2", ITEM_2["zh"]),
            ("para", 4, "工作组将在议程项目 2 下审议偷运者如何利用网络平台和数字支付服务，以及"
             "各国如何侦查、调查和起诉此类行为。为协助讨论，秘书处编写了一份背景文件"
             "（CTOC/COP/WG.7/2026/2）。"),
            ("ref", BACKGROUND),
            ("para", 5, "讨论将首先由来自不同区域组的专家小组作介绍，随后由各代表团交换意见。"),
            ("subsection", "3", ITEM_3["zh"]),
            ("para", 6, "工作组将在议程项目 3 下就识别处境脆弱的被偷运移民，包括无人陪伴和失散"
             "儿童，以及根据《议定书》第 16 条应向其提供的援助和保护交流经验。"),
            ("note", "1", "另见《安全、有序和正常移民全球契约》（大会第 73/195 号决议，附件），"
             "目标 9。"),
            ("ref", "A/RES/73/195"),
            ("subsection", "4", "其他事项"),
            ("para", 7, "迄今尚未确定需在议程项目 4 下审议的问题。"),
            ("subsection", "5", "通过报告"),
            ("para", 8, "工作组将通过一份会议报告，报告草稿将由秘书处编写。与会者名单将作为 "
             "CTOC/COP/WG.7/2026/INF/1 号文件印发。"),
            ("ref", PARTICIPANTS),
        ),
    },
}

REPLIES = {
    "en": {
        "title": "Replies received from States on the use of digital tools in migrant smuggling "
        "investigations: conference room paper prepared by the Secretariat",
        "blocks": (
            ("chapter", "I", "Introduction"),
            ("para", 1, "In preparation for the discussion under agenda item 2, the Secretariat "
             "invited States to share information on the use of digital tools in the "
             "investigation of migrant smuggling. The present conference room paper compiles the "
             "replies received by 1 June 2026."),
            ("para", 2, "Replies are reproduced as received, without formal editing, in the "
             "alphabetical order of the names of the States that submitted them."),
            ("chapter", "II", "Summary of replies"),
            ("para", 3, "Most replying States reported that their investigators monitor publicly "
             "accessible online content for advertisements of smuggling services. Fewer reported "
             "having access to specialized tools for the analysis of transactions in virtual "
             "assets."),
        ),
    },
    "zh": {
        "title": "各国关于在偷运移民调查中使用数字工具情况的答复：秘书处编写的会议室文件",
        "blocks": (
            ("chapter", "一", "导言"),
            ("para", 1, "为筹备议程项目 2 下的讨论，秘书处请各国分享在偷运移民调查中使用数字工具"
             "的信息。本会议室文件汇编了截至 2026 年 6 月 1 日收到的答复。"),
            ("para", 2, "答复按收到时的原文转载，未经正式编辑，并按提交答复的国家名称字母顺序"
             "排列。"),
            ("chapter", "二", "答复摘要"),
            ("para", 3, "多数答复国报告说，本国调查人员监测可公开访问的网上内容，以发现偷运服务"
             "广告。报告能够使用专门工具分析虚拟资产交易的国家较少。"),
        ),
    },
}
# fmt: on

PARTICIPANT_HEADINGS = {
    Attendance.Category.STATE_PARTY: {
        "en": "States parties to the Protocol against the Smuggling of Migrants by Land, Sea "
        "and Air",
        "zh": "《打击陆、海、空偷运移民议定书》缔约国",
    },
    Attendance.Category.REIO: {
        "en": "Regional economic integration organization party to the Protocol",
        "zh": "作为《议定书》缔约方的区域经济一体化组织",
    },
    Attendance.Category.SIGNATORY: {"en": "Signatory States", "zh": "签署国"},
    Attendance.Category.NON_SIGNATORY: {
        "en": "States not parties to or signatories of the Protocol",
        "zh": "非《议定书》缔约国或签署国的国家",
    },
    Attendance.Category.IGO: {"en": "Intergovernmental organizations", "zh": "政府间组织"},
    Attendance.Category.UN_ENTITY: {"en": "United Nations entities", "zh": "联合国实体"},
    Attendance.Category.STANDING_OBSERVER: {
        "en": "Entities maintaining permanent observer offices at Headquarters",
        "zh": "在总部设有常驻观察员办事处的实体",
    },
}

DOCUMENTS = (
    {
        "symbol": AGENDA,
        "type": Document.Type.PROVISIONAL_AGENDA,
        "distribution": Document.Distribution.GENERAL,
        "issue_date": date(2026, 3, 18),
        "agenda_items": (1, 2, 3, 4, 5),
        "published": True,
    },
    {
        "symbol": BACKGROUND,
        "type": Document.Type.BACKGROUND_PAPER,
        "distribution": Document.Distribution.GENERAL,
        "issue_date": date(2026, 4, 2),
        "agenda_items": (2,),
        "published": True,
    },
    {
        "symbol": PARTICIPANTS,
        "type": Document.Type.LIST_OF_PARTICIPANTS,
        "distribution": Document.Distribution.GENERAL,
        "issue_date": date(2026, 6, 17),
        "agenda_items": (),
        "published": True,
    },
    {
        "symbol": CONFERENCE_ROOM_PAPER,
        "type": Document.Type.CONFERENCE_ROOM_PAPER,
        "distribution": Document.Distribution.GENERAL,
        "issue_date": date(2026, 6, 15),
        "agenda_items": (2,),
        # Not yet cleared for the public: the demo shows what editors see and readers do not.
        "published": False,
    },
    {
        "symbol": DRAFT_REPORT,
        "type": Document.Type.DRAFT_REPORT,
        "distribution": Document.Distribution.LIMITED,
        "issue_date": date(2026, 6, 17),
        "agenda_items": (),
        "published": False,
    },
)

DRAFT_REPORT_TITLES = {
    "en": {"title": "Draft report", "blocks": ()},
    "zh": {"title": "报告草稿", "blocks": ()},
}

# Headings open at each level, so a section knows its chapter and a named heading its section.
LEVELS = {
    Section.Kind.CHAPTER: 0,
    Section.Kind.SECTION: 1,
    Section.Kind.SUBSECTION: 2,
    Section.Kind.HEADING: 3,
}


def load_documents(*, meeting: Meeting) -> dict[str, Document]:
    """The documents of the meeting by symbol, each with its Chinese and English versions."""
    items = {item.number: item for item in meeting.agenda_items.filter(letter="")}
    documents = {}
    for spec in DOCUMENTS:
        document = upsert(
            Document,
            lookup={"symbol": spec["symbol"]},
            values={
                "type": spec["type"],
                "distribution": spec["distribution"],
                "issue_date": spec["issue_date"],
                "original_language": Language.ENGLISH,
                "meeting": meeting,
                "published": spec["published"],
            },
        )
        document.agenda_items.set([items[number] for number in spec["agenda_items"]])
        documents[document.symbol] = document
    # Structure comes second, so that references between the documents find their targets.
    for symbol, document in documents.items():
        versions = []
        for language, content in contents(symbol=symbol, meeting=meeting).items():
            version = upsert(
                LanguageVersion,
                lookup={"document": document, "language": language},
                values={"title": content["title"]},
            )
            load_structure(version=version, blocks=content["blocks"])
            versions.append(version)
        prune(document.versions.all(), keep=versions)
    return documents


def contents(*, symbol: str, meeting: Meeting) -> dict[str, dict]:
    """Title and blocks of each language version of a demo document."""
    if symbol == AGENDA:
        return annotated_agenda(meeting=meeting)
    if symbol == PARTICIPANTS:
        return list_of_participants(meeting=meeting)
    return {
        BACKGROUND: BACKGROUND_PAPER,
        CONFERENCE_ROOM_PAPER: REPLIES,
        DRAFT_REPORT: DRAFT_REPORT_TITLES,
    }[symbol]


def annotated_agenda(*, meeting: Meeting) -> dict[str, dict]:
    """The annotations, with the agenda itself printed under chapter I."""
    annotated = {}
    for language, content in ANNOTATED_AGENDA.items():
        chapter, *annotations = content["blocks"]
        agenda = [
            ("sub", label, title) if label.startswith("(") else ("text", f"{label} {title}")
            for label, title in agenda_outline(meeting.ordinal, language)
        ]
        annotated[language] = {
            "title": content["title"],
            "blocks": (chapter, *agenda, *annotations),
        }
    return annotated


def list_of_participants(*, meeting: Meeting) -> dict[str, dict]:
    """Who attended, under the heading of their capacity, in the order the UN prints them."""
    lists = {}
    for language, title in (("en", "List of participants"), ("zh", "与会者名单")):
        blocks: list[tuple] = []
        for category, headings in PARTICIPANT_HEADINGS.items():
            names = attending(meeting=meeting, category=category, language=language)
            if names:
                blocks.append(("heading", "", headings[language]))
                blocks.extend(("text", name) for name in names)
        lists[language] = {"title": title, "blocks": tuple(blocks)}
    return lists


def load_structure(*, version: LanguageVersion, blocks: Iterable[tuple]) -> None:
    """Replace the headings, paragraphs, footnotes and references of a version by `blocks`.

    Structure rows are what an import derives from a text, so they are rebuilt, not updated.
    """
    version.references.all().delete()
    version.footnotes.all().delete()
    version.paragraphs.all().delete()
    version.sections.all().delete()
    rows = StructureRows(version)
    for block in blocks:
        match block:
            case (("chapter" | "section" | "subsection" | "heading") as kind, number, heading):
                rows.add_section(kind, number, heading)
            case ("para", number, text):
                rows.add_paragraph(Paragraph.Kind.NUMBERED, text, number=number)
            case ("text", text):
                rows.add_paragraph(Paragraph.Kind.TEXT, text)
            case ("sub", label, text):
                rows.add_paragraph(
                    Paragraph.Kind.SUBPARAGRAPH, text, parent=rows.main_paragraph, label=label
                )
            case ("note", marker, text):
                rows.add_footnote(marker, text)
            case ("ref", target):
                rows.add_reference(target)
            case _:
                raise ValueError(f"Not a structure block: {block!r}")


class StructureRows:
    """One version's structure rows, written in reading order: each block hangs on the last
    heading, and a footnote or a reference on the last paragraph (or footnote) before it."""

    def __init__(self, version: LanguageVersion) -> None:
        self.version = version
        self.section_order, self.paragraph_order, self.footnote_order = count(1), count(1), count(1)
        self.open_headings: dict[int, Section] = {}
        self.section: Section | None = None
        self.paragraph: Paragraph | None = None
        self.main_paragraph: Paragraph | None = None  # the one a subparagraph belongs to
        self.cited: Paragraph | Footnote | None = None  # what a reference is read from

    def add_section(self, kind: str, number: str, heading: str) -> None:
        level = LEVELS[kind]
        self.open_headings = {up: row for up, row in self.open_headings.items() if up < level}
        self.section = Section.objects.create(
            version=self.version,
            parent=self.open_headings[max(self.open_headings)] if self.open_headings else None,
            kind=kind,
            number=number,
            heading=heading,
            order=next(self.section_order),
        )
        self.open_headings[level] = self.section

    def add_paragraph(self, kind: str, text: str, **fields) -> None:
        paragraph = Paragraph.objects.create(
            version=self.version,
            section=self.section,
            kind=kind,
            order=next(self.paragraph_order),
            text=text,
            **fields,
        )
        if kind != Paragraph.Kind.SUBPARAGRAPH:
            self.main_paragraph = paragraph
        self.paragraph = self.cited = paragraph

    def add_footnote(self, marker: str, text: str) -> None:
        self.cited = Footnote.objects.create(
            version=self.version,
            paragraph=self.paragraph,
            marker=marker,
            order=next(self.footnote_order),
            text=text,
        )

    def add_reference(self, target: str) -> None:
        is_url = target.startswith(("http://", "https://"))
        Reference.objects.create(
            version=self.version,
            paragraph=self.cited if isinstance(self.cited, Paragraph) else None,
            footnote=self.cited if isinstance(self.cited, Footnote) else None,
            kind=Reference.Kind.URL if is_url else Reference.Kind.SYMBOL,
            target=target,
            document=None if is_url else Document.objects.filter(symbol=target).first(),
        )
