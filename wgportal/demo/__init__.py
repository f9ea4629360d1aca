"""A demo dataset: the Working Group on the Smuggling of Migrants at two invented meetings.

`load_demo()` writes bodies, meetings and agendas, attendance and roles, the documents of the
12th meeting in Chinese and English with their structure, its draft report with open items,
themes and draft recommendations, and two logins. It is idempotent: rows are found by their
natural keys (symbol prefix, body and ordinal, symbol, document and language ...), unchanged
rows are not saved again, and rows derived from text (structure, open items) are rebuilt.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import transaction

from documents.models import Document, Footnote, LanguageVersion, Paragraph, Reference, Section
from meetings.models import AgendaItem, Attendance, Body, Meeting, MeetingRole, Person, Statement
from recommendations.models import KeyTopic, Recommendation, Theme, ThemePaper
from reports.models import DraftReport, OpenItem, ReportSection

from .accounts import ACCOUNTS, DEMO_PASSWORD, load_accounts
from .documents import DOCUMENTS, DRAFT_REPORT, load_documents
from .meetings import COP, MEETINGS, PEOPLE, WG7, load_meetings, load_participation
from .recommendations import THEMES, load_recommendations, load_themes, number_recommendations
from .report import load_report

__all__ = ["DEMO_PASSWORD", "DemoResult", "RowCount", "load_demo"]


@dataclass(frozen=True)
class RowCount:
    """How many rows of one kind the demo has, and how many this run created."""

    label: str
    present: int
    created: int


@dataclass(frozen=True)
class DemoResult:
    rows: tuple[RowCount, ...]
    accounts: tuple[str, ...]

    @property
    def created(self) -> int:
        return sum(row.created for row in self.rows)


@transaction.atomic
def load_demo(*, accounts: bool = True) -> DemoResult:
    """Write the demo dataset, or bring it back to its original state; the logins if asked."""
    before = count_demo_rows()
    meetings = load_meetings()
    twelfth = meetings[12]
    load_participation(meeting=twelfth)
    documents = load_documents(meeting=twelfth)
    themes = load_themes(documents=documents)
    # The recommendations first: the generated report's chapter II is written from them.
    load_recommendations(meeting=twelfth, report=documents[DRAFT_REPORT], themes=themes)
    paragraph_numbers = load_report(meeting=twelfth, document=documents[DRAFT_REPORT])
    number_recommendations(meeting=twelfth, paragraph_numbers=paragraph_numbers)
    usernames = load_accounts() if accounts else ()
    after = count_demo_rows()
    return DemoResult(
        rows=tuple(
            RowCount(label, present, max(present - before[label], 0))
            for label, present in after.items()
        ),
        accounts=usernames,
    )


def count_demo_rows() -> dict[str, int]:
    """The rows of the demo dataset, by kind (rows other people added elsewhere not counted)."""
    meetings = Meeting.objects.filter(
        body__symbol_prefix=WG7, ordinal__in=[meeting["ordinal"] for meeting in MEETINGS]
    )
    documents = Document.objects.filter(symbol__in=[spec["symbol"] for spec in DOCUMENTS])
    versions = LanguageVersion.objects.filter(document__in=documents)
    sections = ReportSection.objects.filter(report__document__in=documents)
    themes = Theme.objects.filter(code__in=[theme["code"] for theme in THEMES])
    return {
        "bodies": Body.objects.filter(symbol_prefix__in=[COP, WG7]).count(),
        "meetings": meetings.count(),
        "agenda items": AgendaItem.objects.filter(meeting__in=meetings).count(),
        "attendance": Attendance.objects.filter(meeting__in=meetings).count(),
        "people": Person.objects.filter(name__in=[name for name, *_ in PEOPLE]).count(),
        "meeting roles": MeetingRole.objects.filter(meeting__in=meetings).count(),
        "statements": Statement.objects.filter(meeting__in=meetings).count(),
        "documents": documents.count(),
        "language versions": versions.count(),
        "headings": Section.objects.filter(version__in=versions).count(),
        "paragraphs": Paragraph.objects.filter(version__in=versions).count(),
        "footnotes": Footnote.objects.filter(version__in=versions).count(),
        "references": Reference.objects.filter(version__in=versions).count(),
        "draft reports": DraftReport.objects.filter(document__in=documents).count(),
        "report sections": sections.count(),
        "open items": OpenItem.objects.filter(section__in=sections).count(),
        "themes": themes.count(),
        "key topics": KeyTopic.objects.filter(theme__in=themes).count(),
        "background papers under themes": ThemePaper.objects.filter(theme__in=themes).count(),
        "recommendations": Recommendation.objects.filter(meeting__in=meetings).count(),
        "accounts": get_user_model()
        .objects.filter(username__in=[username for username, _group in ACCOUNTS])
        .count(),
    }
