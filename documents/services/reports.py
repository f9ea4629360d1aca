"""Writes to documents and draft reports."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from documents.models import DraftReport, OpenItem, ReportSection
from documents.parsing.open_items import find_open_items
from wgportal.versioning import StaleVersionError


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
    *, section: ReportSection, text: str, expected_version: int, user=None
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
    if report.status in (DraftReport.Status.ADOPTED, DraftReport.Status.PUBLISHED):
        raise ValidationError(
            _("The report is %(status)s: its text is final and cannot be edited or regenerated.")
            % {"status": report.get_status_display()}
        )


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
