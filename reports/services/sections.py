"""Writes to report sections: saves, additions, the proposals a revised import made, open items."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from documents.parsing.open_items import find_open_items
from reports.models import DraftReport, OpenItem, ReportSection, SectionProposal
from wgportal.versioning import StaleVersionError

# Once adopted, a report's text is the meeting's.
FINAL = (DraftReport.Status.ADOPTED, DraftReport.Status.PUBLISHED)


@dataclass
class StaleSectionError(StaleVersionError):
    """An editor saved over a section someone else saved since they opened it.

    It carries the editor's own text, so the conflict view can show both and lose neither.
    """

    submitted_text: str = ""

    def __str__(self) -> str:
        return _(
            "This section was saved by someone else (version %(current)s) after you opened "
            "version %(yours)s; nothing was overwritten."
        ) % {"current": self.current.version, "yours": self.expected_version}


@transaction.atomic
def save_report_section(
    *, section: ReportSection, text: str, expected_version: int, user=None, heading: str = ""
) -> ReportSection:
    """Save an editor's text for a section, unless it changed since `expected_version`.

    The row is locked and its version compared and bumped in one transaction, so of two
    editors who opened the same version exactly one wins; the other gets StaleSectionError
    carrying the current row and their own text, and loses nothing.
    """
    current = ReportSection.objects.select_for_update().select_related("report").get(pk=section.pk)
    refuse_if_final(current.report)
    if current.version != expected_version:
        raise StaleSectionError(
            current=current, expected_version=expected_version, submitted_text=text
        )
    current.text = text
    current.heading = heading or current.heading
    current.origin = ReportSection.Origin.EDITED
    current.version += 1
    current.updated_by = user
    current.save()
    refresh_open_items(section=current)
    return current


@transaction.atomic
def add_report_section(*, user=None, **values) -> ReportSection:
    """A section an editor adds to a draft report, validated as the model is; its open items."""
    section = ReportSection(**values, origin=ReportSection.Origin.EDITED, updated_by=user)
    if section.report_id:
        refuse_if_final(section.report)
    section.full_clean()
    section.save()
    refresh_open_items(section=section)
    return section


def refuse_if_final(report: DraftReport) -> None:
    """An adopted or published report's text is the one the meeting adopted: no more edits."""
    if report.status in FINAL:
        raise ValidationError(
            _("The report is %(status)s: its text is final and cannot be edited or regenerated.")
            % {"status": report.get_status_display()}
        )


@transaction.atomic
def take_section_proposal(
    *, proposal: SectionProposal, expected_version: int, user
) -> ReportSection:
    """Give the section the text an import proposed, as an editor's save of it.

    The editor names the version of the section they compared the proposal with: a save since
    then is refused (StaleSectionError, carrying the proposed text), as any other save is.
    """
    proposal = open_proposal(proposal)
    saved = save_report_section(
        section=proposal.section,
        text=proposal.text,
        heading=proposal.heading,
        expected_version=expected_version,
        user=user,
    )
    decide(proposal, SectionProposal.Status.TAKEN, user)
    return saved


@transaction.atomic
def leave_section_proposal(*, proposal: SectionProposal, expected_version: int, user) -> None:
    """Keep the section's text and close the proposal beside it, for the record."""
    proposal = open_proposal(proposal)
    current = ReportSection.objects.select_for_update().get(pk=proposal.section_id)
    if current.version != expected_version:
        # The editor compared the proposal with a text that is no longer the section's.
        raise StaleSectionError(
            current=current, expected_version=expected_version, submitted_text=proposal.text
        )
    decide(proposal, SectionProposal.Status.LEFT, user)


def open_proposal(proposal: SectionProposal) -> SectionProposal:
    """The proposal locked, still open: of two editors deciding at once, one decides."""
    locked = SectionProposal.objects.select_for_update().get(pk=proposal.pk)
    if locked.status != SectionProposal.Status.OPEN:
        raise ValidationError(
            _("This proposal was %(status)s already; the report's page shows what is open now.")
            % {"status": locked.get_status_display()}
        )
    return SectionProposal.objects.select_related("section").get(pk=locked.pk)


def decide(proposal: SectionProposal, status: str, user) -> None:
    proposal.status = status
    proposal.decided_by = user
    proposal.decided_at = timezone.now()
    proposal.save(update_fields=["status", "decided_by", "decided_at"])


def refresh_open_items(*, section: ReportSection) -> list[OpenItem]:
    """Re-read the open items of a section from its text (they are never edited directly)."""
    return refresh_open_items_of(sections=[section])


def refresh_open_items_of(*, sections: list[ReportSection]) -> list[OpenItem]:
    """The same for many sections, in two statements whatever their number."""
    OpenItem.objects.filter(section__in=[s.pk for s in sections]).delete()
    return OpenItem.objects.bulk_create(
        OpenItem(
            section=section,
            kind=item.kind,
            text=item.text,
            position=item.position,
            paragraph_number=item.paragraph_number,
        )
        for section in sections
        for item in find_open_items(section.text)
    )
