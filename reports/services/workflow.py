"""Moves a draft report through its life: draft -> under review -> adopted -> published.

Every step is a ReportEvent (who, when, a note). Adoption is refused while any open item
(bracketed text, placeholder) remains in any language, or a revised import's text waits beside
an editor's (a SectionProposal neither taken nor left); on adoption the recommendations of
chapter II become adopted Recommendation rows (`documents.signals.report_adopted`, stored by the
recommendations app). Publication reissues the report as a General document under the General
symbol the editor confirms, its draft kept Limited as the document it replaces
(`services.reissue`).
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from documents.parsing.reports import read_report
from documents.parsing.structure import parse_text
from documents.signals import report_adopted
from reports.exports import report_text
from reports.models import DraftReport, OpenItem, ReportEvent, SectionProposal
from wgportal.content import content_changed

from .checks import Problem, report_checks
from .reissue import reissue_report

Status = DraftReport.Status
STEPS = {
    (Status.DRAFT, Status.UNDER_REVIEW): ReportEvent.Action.SUBMITTED,
    (Status.UNDER_REVIEW, Status.DRAFT): ReportEvent.Action.RETURNED,
    (Status.UNDER_REVIEW, Status.ADOPTED): ReportEvent.Action.ADOPTED,
    (Status.ADOPTED, Status.PUBLISHED): ReportEvent.Action.PUBLISHED,
}


class ReportNotReady(Exception):
    """Adoption refused: the report still has open items."""

    def __init__(self, open_items: list[OpenItem], problems: list[Problem]) -> None:
        self.open_items = open_items
        self.problems = problems
        super().__init__(
            _(
                "The report cannot be adopted while %(count)s open items remain: settle every "
                "bracketed text and placeholder first."
            )
            % {"count": len(open_items)}
        )


def next_steps(report: DraftReport) -> list[str]:
    """The statuses the report may move to from where it stands."""
    return [to for (start, to) in STEPS if start == report.status]


@transaction.atomic
def move_report(
    *, report: DraftReport, to: str, user, note: str = "", symbol: str = ""
) -> ReportEvent:
    """Move the report to status `to`, record who did it; refuse a step the workflow lacks.

    Publication reissues the report under the General `symbol` (services.reissue); a refused
    symbol raises ValidationError and nothing is stored.
    """
    report = DraftReport.objects.select_for_update().select_related("document").get(pk=report.pk)
    action = STEPS.get((report.status, to))
    if action is None:
        raise ValidationError(
            _("A report that is %(status)s cannot become %(to)s.")
            % {
                "status": report.get_status_display(),
                "to": Status(to).label if to in Status else to,
            }
        )
    if action == ReportEvent.Action.ADOPTED:
        adopt(report)
    if action == ReportEvent.Action.PUBLISHED:
        reissue_report(report=report, symbol=symbol)
    report.status = to
    report.save()
    event = ReportEvent.objects.create(
        report=report, action=action, status=to, user=user, note=note
    )
    content_changed()
    return event


def languages_of(report: DraftReport) -> list[str]:
    return list(report.sections.values_list("language", flat=True).distinct().order_by("language"))


def adopt(report: DraftReport) -> None:
    open_items = list(
        OpenItem.objects.filter(section__report=report)
        .select_related("section")
        .order_by("section__language", "section__order", "position")
    )
    if open_items:
        problems = [
            problem
            for language in languages_of(report)
            for problem in report_checks(report=report, language=language)
        ]
        raise ReportNotReady(open_items, problems)
    # A revised import's text waiting beside an editor's is undecided text like an open item:
    # adopting over it would drop the secretariat's revision without anyone choosing to.
    waiting = list(
        SectionProposal.objects.open()
        .filter(section__report=report)
        .select_related("section")
        .order_by("section__language", "section__order")
    )
    if waiting:
        raise ValidationError(
            ngettext(
                "The report cannot be adopted while %(count)s revised text from an import "
                "waits beside an editor's (%(sections)s): take it or leave it first.",
                "The report cannot be adopted while %(count)s revised texts from an import "
                "wait beside editors' (%(sections)s): take or leave each first.",
                len(waiting),
            )
            % {
                "count": len(waiting),
                "sections": ", ".join(f"{p.section} ({p.section.language})" for p in waiting),
            }
        )
    report.adopted_on = report.adoption_date
    recommendations = {
        language: read_report(
            parse_text(report_text(report, language), language=language)
        ).recommendations
        for language in languages_of(report)
    }
    report_adopted.send(sender=DraftReport, report=report, recommendations=recommendations)
