"""The demo draft report of the 12th meeting (CTOC/COP/WG.7/2026/L.1), in Chinese and English.

Written the way the secretariat writes one: the portal generates the routine part from the
meeting's rows (reports.services.generation), chapter II from the meeting's draft
recommendations, then an editor writes the summary of each item's deliberations with
alternatives still in brackets; the recommendations under item 3 are still a placeholder. A
last regeneration numbers the paragraphs on through the whole report.
"""

from documents.models import Document
from documents.parsing.recommendations import LABEL
from meetings.models import Meeting
from reports.models import DraftReport, ReportSection
from reports.services.generation import generate_report
from reports.services.sections import save_report_section
from reports.writing import split_paragraphs

from .lists import panel
from .meetings import TOPICS
from .rows import upsert

ITEM_2, ITEM_3 = TOPICS[12]

# The editor's paragraphs per section and language; {names} are filled in from the meeting.
# In the summaries they replace the generator's placeholder, in chapter II they are the text.
SUMMARIES = {
    "summary-a": {
        "en": (
            "At its first and second sittings, on [16 and 17 June][16 June] 2026, the Working "
            "Group considered agenda item 2, entitled \u201c{item_2}\u201d.",
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
            "encouraged the use of the Convention as a basis for mutual legal assistance.",
        ),
        "zh": (
            "工作组在 2026 年[6 月 16 日和 17 日][6 月 16 日]举行的第一和第二场会议上审议了"
            "题为\u201c{item_2}\u201d的议程项目 2。",
            "Ben Slama 女士介绍了本国调查人员如何利用在扣押的手机中发现的广告和信息来确定"
            "偷运集团每名成员的作用。她指出，如果从扣押之时起对保管链作了记录，法院便接受此类"
            "材料作为证据。",
            "Dizon Salcedo 先生介绍了一个国家工作队将偷运调查与金融调查相结合的经验。他解释说，"
            "通过分析移动货币转账，查明了从未与移民同行的组织者，并呼吁与支付服务提供商开展"
            "更密切的合作。",
            "在随后的讨论中，发言者介绍了为监测网上内容、培训调查人员处理电子证据以及与服务"
            "提供商合作而采取的措施。若干发言者指出获取境外数据所需时间较长，并鼓励将《公约》"
            "用作司法协助的依据。",
        ),
    },
    "summary-b": {
        "en": (
            "At its [third and fourth][fourth] sittings, on 17 June 2026, the Working Group "
            "considered agenda item 3, entitled \u201c{item_3}\u201d. The discussion was opened "
            "by a presentation from {panel_3}.",
            "Ms. Etcheverry Paz outlined procedures for identifying the needs of smuggled "
            "migrants at their first contact with the authorities, including the referral of "
            "unaccompanied and separated children to child protection services.",
        ),
        "zh": (
            "工作组在 2026 年 6 月 17 日举行的[第三和第四场][第四场]会议上审议了题为"
            "\u201c{item_3}\u201d的议程项目 3。讨论首先由{panel_3}作介绍。",
            "Etcheverry Paz 女士概述了在被偷运移民首次与主管机关接触时识别其需求的程序，包括"
            "将无人陪伴和失散儿童转介给儿童保护服务机构。",
        ),
    },
}
# Chapter II as the generator lays it out: a section per substantive item (items 2 and 3), then
# general ones. The recommendations under item 3 were still being negotiated.
RECOMMENDATION_SECTIONS = ("recommendations-a", "recommendations-b", "recommendations-c")
STILL_NEGOTIATED = "recommendations-b"
NEGOTIATED = {"en": "[...]", "zh": "[……]"}


def load_report(*, meeting: Meeting, document: Document) -> dict[int, int]:
    """The draft report and its sections; returns the paragraph of each recommendation."""
    report = upsert(
        DraftReport,
        lookup={"document": document},
        # Adopted, when it is, on the meeting's last day: the date the generator sets.
        values={
            "meeting": meeting,
            "status": DraftReport.Status.DRAFT,
            "adopted_on": meeting.end_date,
        },
    )
    # The demo starts again from a fresh draft, history included, so loading it twice leaves
    # the same rows.
    report.sections.all().delete()
    ReportSection.history.filter(report_id=report.pk).delete()
    report.events.all().delete()
    generate_report(meeting=meeting)
    for language in ("zh", "en"):
        facts = {
            "item_2": ITEM_2[language],
            "item_3": ITEM_3[language],
            "panel_3": panel(meeting=meeting, agenda_item=3, language=language),
        }
        for section in report.sections.filter(language=language):
            if section.key == STILL_NEGOTIATED:
                text = f"1. {NEGOTIATED[language]}"
            elif section.key in SUMMARIES:
                text = summary_text(section.text, SUMMARIES[section.key][language], facts)
            else:
                continue
            save_report_section(section=section, text=text, expected_version=section.version)
    generate_report(meeting=meeting)  # numbers the editor's paragraphs on with the rest
    paragraph_numbers = {}
    for section in report.sections.filter(language="en", key__in=RECOMMENDATION_SECTIONS):
        for block in split_paragraphs(section.text):
            if block.number and (label := LABEL.match(block.body)):
                paragraph_numbers[int(label[1])] = block.number
    return paragraph_numbers


def summary_text(generated: str, paragraphs: tuple[str, ...], facts: dict[str, str]) -> str:
    """The generated starting text, its first paragraph and placeholder replaced by the editor's."""
    blocks = split_paragraphs(generated)
    written = [text.format(**facts) for text in paragraphs]
    kept = [block.body for block in blocks[1:] if block.body not in ("[……]", "[...]")]
    lines = [written[0], *kept, *written[1:]]
    return "\n".join(f"{number}. {line}" for number, line in enumerate(lines, start=1))
