"""What an exported report prints above chapter I: the masthead of a UN document.

As seed `004` prints it, and as `documents.parsing.masthead` reads it back on import:

    United Nations                                CTOC/COP/WG.7/2017/L.1
    联合国打击跨国有组织犯罪公约缔约方会议             Distr.: Limited
                                                   11 September 2017
                                                   Chinese
                                                   Original: English
    偷运移民问题工作组
    2017年9月11日至13日，维也纳
    报告草稿

The import finds the report again by these lines: the symbol (a draft not yet numbered has
none), else the body's name, the meeting's dates and venue and the title "报告草稿", which
together name the draft of one meeting (`documents.services.storing.find_or_create_document`).
The right column is printed in English in the Chinese, Arabic and Russian versions, as the UN
does (seed `004`, corpus `ru_A_69_972`: "Distr.: General 6 July 2015 Russian Original: English");
French and Spanish versions print it in their own language.
"""

from dataclasses import dataclass
from datetime import date

from documents.models import Document
from meetings.dates import un_date, un_dates
from meetings.models import Meeting
from reports.models import DraftReport

from .titles import titled

ORGANIZATION = "United Nations"

# The masthead's own words per language; a language without its own falls back to English.
LANGUAGE_NAMES = {
    "en": {
        "ar": "Arabic", "zh": "Chinese", "en": "English", "fr": "French", "ru": "Russian",
        "es": "Spanish",
    },
    "fr": {
        "ar": "arabe", "zh": "chinois", "en": "anglais", "fr": "français", "ru": "russe",
        "es": "espagnol",
    },
    "es": {
        "ar": "árabe", "zh": "chino", "en": "inglés", "fr": "francés", "ru": "ruso",
        "es": "español",
    },
}  # fmt: skip
DISTRIBUTIONS = {
    "en": {"general": "General", "limited": "Limited", "restricted": "Restricted"},
    "fr": {"general": "générale", "limited": "limitée", "restricted": "restreinte"},
    "es": {"general": "general", "limited": "limitada", "restricted": "reservada"},
}
# "Distr.: Limited", "Distr. limitée"; "Original: English", "Original : anglais".
DISTRIBUTION_LINES = {"en": "Distr.: {}", "fr": "Distr. {}", "es": "Distr. {}"}
ORIGINAL_LINES = {"en": "Original: {}", "fr": "Original : {}", "es": "Original: {}"}
# The line under the title that says the text is a draft
# (`documents.parsing.masthead.facts.DOCUMENT_TYPES`).
DRAFT_TITLES = {
    "zh": "报告草稿",
    "en": "Draft report",
    "fr": "Projet de rapport",
    "es": "Proyecto de informe",
    "ru": "Проект доклада",
    "ar": "مشروع التقرير",
}
ADOPTED = (DraftReport.Status.ADOPTED, DraftReport.Status.PUBLISHED)


@dataclass(frozen=True)
class PrintedMasthead:
    """The masthead's lines in one language; None where the report does not know the fact."""

    organization: str  # "United Nations"
    symbol: str | None  # "CTOC/COP/WG.7/2017/L.1"; a draft not yet numbered has none
    parent_body: str | None  # "联合国打击跨国有组织犯罪公约缔约方会议"
    distribution: str  # "Distr.: Limited"
    issue_date: str | None  # "11 September 2017"
    language: str  # "Chinese"
    original: str | None  # "Original: English"
    body: str | None  # "偷运移民问题工作组"
    meeting: str  # "2020年9月8日和9日，维也纳"
    title: str  # "报告草稿" while a draft

    @property
    def right_column(self) -> list[str]:
        """Distribution, date, language, original: printed one under the other."""
        lines = [self.distribution, self.issue_date, self.language, self.original]
        return [line for line in lines if line]


def printed_masthead(report: DraftReport, language: str) -> PrintedMasthead:
    """What the report prints above chapter I in `language`, from its document and meeting.

    Once published, the symbol, distribution and date are the General document's it was
    reissued as, not its draft's.
    """
    document: Document = report.issued
    meeting = report.meeting
    body = meeting.body
    words = language if language in LANGUAGE_NAMES else "en"
    distribution = DISTRIBUTIONS[words].get(document.distribution, document.distribution)
    original = document.original_language
    return PrintedMasthead(
        organization=ORGANIZATION,
        symbol=document.symbol or None,
        parent_body=_name(body.parent, language) if body.parent_id else None,
        distribution=DISTRIBUTION_LINES[words].format(distribution),
        # "11 September 2017": the Chinese version prints it in English, as seed 004 does.
        issue_date=un_date(document.issue_date, words) if document.issue_date else None,
        language=_capitalized(LANGUAGE_NAMES[words][language]),
        original=(
            ORIGINAL_LINES[words].format(_original_name(original, words))
            if original in LANGUAGE_NAMES["en"]
            else None
        ),
        body=_name(body, language),
        meeting=meeting_line(
            meeting.start_date, meeting.end_date, _venue(meeting, language), language
        ),
        title=_title(report, language),
    )


def meeting_line(start: date, end: date, venue: str, language: str) -> str:
    """ "2020年9月8日和9日，维也纳", "Vienna, 8 and 9 September 2020": the dates as
    `meetings.dates` prints them everywhere, which `documents.parsing.dates` reads back."""
    dates = un_dates(start, end, language)
    if language == "zh":
        return f"{dates}，{venue}" if venue else dates
    comma = "، " if language == "ar" else ", "  # the Arabic comma: "فيينا، 8 و 9 أيلول/سبتمبر 2020"
    return f"{venue}{comma}{dates}" if venue else dates


def _name(row, language: str) -> str | None:
    return getattr(row, f"name_{language}", "") or None


def _venue(meeting, language: str) -> str:
    # Only the venue in the export's language: "Vienna" in a Chinese masthead would not be read
    # as the meeting's venue but as the rest of a sentence.
    return getattr(meeting, f"venue_{language}", "") or ""


def _original_name(code: str, words: str) -> str:
    return (
        _capitalized(LANGUAGE_NAMES[words][code]) if words == "en" else LANGUAGE_NAMES[words][code]
    )


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def _title(report: DraftReport, language: str) -> str:
    """ "报告草稿" until the meeting adopts the report; then the report's own title."""
    if report.status not in ADOPTED:
        return DRAFT_TITLES.get(language, DRAFT_TITLES["en"])
    return report_title(report.meeting, language)


def report_title(meeting: Meeting, language: str) -> str:
    """The title of a meeting's report as the UN issues it in `language`, by its venue and dates
    (`reports.exports.titles`): "Report on the meeting of the Working Group on the Smuggling of
    Migrants held in Vienna on 8 and 9 September 2020", in Chinese in the order of the seeds' own
    citations of reports ("2016年6月6日和7日在维也纳举行的……会议报告")."""
    start, end = meeting.start_date, meeting.end_date or meeting.start_date
    name = _name(meeting.body, language) or ""
    return titled(language, name, _venue(meeting, language), start, end)
