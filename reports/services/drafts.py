"""Keeps an imported draft report as the report being drafted: its sections and open items.

A draft report file (seeds 000 and 004) becomes the DraftReport of its meeting, with one
ReportSection per chapter and section in the file's language, so editors go on from the
secretariat's text. A revised file never overwrites people's work:
- an adopted or published report is final: the import is refused (ReportIsFinal) and stores
  nothing; a corrected text comes as the reissued General document;
- a section whose text an editor wrote keeps it; the revised file's text of it, when it differs
  from what the last import printed there, waits beside it as a SectionProposal the editor
  takes or leaves; a section an editor added is never deleted;
- only editors change report text: the upload of someone who may not (an importer) turns every
  change to an existing section into a proposal too, and deletes nothing;
- any other section the file changed is a new version (an editor who opened the old one cannot
  save over it), and history keeps the old one.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Q
from django.utils.translation import gettext as _

from documents.models import Document, ImportJob, LanguageVersion
from documents.parsing import symbols
from documents.parsing.reading import ReadText
from documents.parsing.report_sections import ReportPart
from documents.parsing.reports import ReportFacts
from documents.parsing.results import ParseWarning
from documents.signals import TextRefused
from meetings.models import Meeting
from reports.models import DraftReport, ReportSection, SectionProposal

from .sections import FINAL, refresh_open_items

EDIT_PERMISSION = "reports.change_reportsection"


class ReportIsFinal(TextRefused):
    """A revised draft of a report the meeting adopted: refused, nothing stored."""


def refuse_if_report_final(*, symbol: str, meeting: Meeting | None, **kwargs) -> None:
    """Refuse a draft report's text when the report it revises is adopted or published.

    The receiver of `documents.signals.draft_report_arriving`, sent before the import stores
    anything.

    The report is found by the draft's symbol, or, for a draft printed without one (seeds 000
    and 004), by its meeting: a published report has left the meeting's drafts (it is a General
    document under its own symbol), so a lookup by document would miss it and start a new draft.
    """
    final = Q(status__in=FINAL) | ~Q(document__type=Document.Type.DRAFT_REPORT)
    scope = Q(document__symbol=symbols.normalize(symbol)) if symbol else Q(pk__in=[])
    if meeting is not None:
        scope |= Q(meeting=meeting)
    report = (
        DraftReport.objects.filter(scope)
        .filter(final)
        .select_related("document__replaced_by")
        .first()
    )
    if report is None:
        if not symbol:
            return
        document = Document.objects.filter(symbol=symbols.normalize(symbol)).first()
        if document is None or document.type == Document.Type.DRAFT_REPORT:
            return
        raise ReportIsFinal(
            _(
                "%(symbol)s is no longer a draft but a %(type)s: a draft's text cannot replace "
                "it, and nothing was stored."
            )
            % {"symbol": document.symbol, "type": document.get_type_display()}
        )
    reissue = report.reissue
    reissued = reissue.symbol if reissue is not None else ""
    said = _(
        "The report of %(meeting)s is %(status)s: its text is the one the meeting adopted, so "
        "a revised draft changes no section and no recommendation, and nothing was stored."
    ) % {"meeting": report.meeting, "status": report.get_status_display()}
    if reissued:
        instead = _(
            "To correct it, import the reissued General document %(symbol)s (or its "
            "corrigendum) under its General symbol."
        ) % {"symbol": reissued}
    else:
        instead = _(
            "To correct it, import the report as reissued for general distribution, under its "
            "General symbol (not the L. symbol of the draft)."
        )
    raise ReportIsFinal(f"{said} {instead}")


def may_change_report_text(job: ImportJob | None) -> bool:
    """Whether the person who uploaded the file may change a report's text as editors do.

    A job with no uploader was started on the server (`manage.py import_texts`), by whoever
    runs the portal.
    """
    user = job.created_by if job is not None else None
    return user is None or user.has_perm(EDIT_PERMISSION)


def store_imported_draft(
    *,
    version: LanguageVersion,
    read: ReadText,
    job: ImportJob | None,
    warnings: list[ParseWarning],
    counts: dict[str, int],
    **kwargs,
) -> None:
    """Keep an imported draft report's text as its meeting's report (receives `text_imported`)."""
    document = version.document
    if read.report is None or document.meeting is None:
        return
    if document.type != Document.Type.DRAFT_REPORT:
        return
    counts |= store_draft_report(
        document=document,
        parts=read.report_parts,
        facts=read.report,
        language=version.language,
        job=job,
        warnings=warnings,
    )


def store_draft_report(
    *,
    document: Document,
    parts: tuple[ReportPart, ...],
    facts: ReportFacts,
    language: str,
    job: ImportJob | None = None,
    warnings: list[ParseWarning] | None = None,
) -> dict[str, int]:
    """Write the draft's sections (`parts`, as the reading cut them) in `language` and their
    open items, keeping what editors wrote; return counts."""
    warnings = warnings if warnings is not None else []
    report, _created = DraftReport.objects.get_or_create(
        document=document, defaults={"meeting": document.meeting}
    )
    # Two revisions of one report stored at once take turns, the second reading the sections
    # the first wrote: one version per change, never two jobs' bumps of the same version.
    report.refresh_from_db(from_queryset=DraftReport.objects.select_for_update())
    may_edit = may_change_report_text(job)
    if may_edit and facts.adopted_on and report.adopted_on != facts.adopted_on:
        report.adopted_on = facts.adopted_on
        report.save(update_fields=["adopted_on", "updated_at"])
    current = {section.key: section for section in report.sections.filter(language=language)}
    open_items = proposed = 0
    for order, part in enumerate(parts, start=1):
        stored = store_part(
            report=report,
            section=current.pop(part.key, None),
            part=part,
            order=order,
            language=language,
            may_edit=may_edit,
            job=job,
            warnings=warnings,
        )
        open_items += stored.open_items
        proposed += stored.proposed
    keep_or_delete_gone(current.values(), may_edit=may_edit, warnings=warnings)
    count = report.sections.filter(language=language).count()
    return {"report_sections": count, "open_items": open_items, "proposed_sections": proposed}


@dataclass(frozen=True)
class StoredPart:
    open_items: int
    proposed: int = 0


def store_part(
    *,
    report: DraftReport,
    section: ReportSection | None,
    part: ReportPart,
    order: int,
    language: str,
    may_edit: bool,
    job: ImportJob | None,
    warnings: list[ParseWarning],
) -> StoredPart:
    """Write one part of the file into its section, or beside it when the section is an editor's."""
    values = {
        "kind": part.kind,
        "number": part.number,
        "heading": part.heading,
        "order": order,
        "text": part.text,
    }
    if section is not None and all(getattr(section, k) == v for k, v in values.items()):
        remember_imported(section, part.text)
        return StoredPart(section.open_items.count())  # the same text: not even a history row
    if section is not None and (section.changed_by_editor or not may_edit):
        proposed = 0
        if section.text != part.text and part.text != section.imported_text:
            propose(section=section, part=part, job=job)
            warnings.append(proposal_warning(section, may_edit))
            proposed = 1
        remember_imported(section, part.text)
        move_in_order(section, order)
        return StoredPart(section.open_items.count(), proposed)
    if section is None:
        section = ReportSection(report=report, language=language, key=part.key, version=0)
    for name, value in values.items():
        setattr(section, name, value)
    section.origin = ReportSection.Origin.IMPORTED
    section.imported_text = part.text
    section.updated_by = None
    section.version += 1
    section.save()
    # The file now says what the section says: a proposal made of an older file is moot.
    section.proposals.open().update(status=SectionProposal.Status.SUPERSEDED)
    return StoredPart(len(refresh_open_items(section=section)))


def keep_or_delete_gone(
    gone_sections: Iterable[ReportSection], *, may_edit: bool, warnings: list[ParseWarning]
) -> None:
    """Delete the imported sections a revised file no longer has; keep, and warn of, editors'."""
    for gone in gone_sections:
        if may_edit and gone.origin == ReportSection.Origin.IMPORTED and not gone.changed_by_editor:
            gone.delete()
        elif gone.origin == ReportSection.Origin.GENERATED and not gone.changed_by_editor:
            # A part the generator added was never in the secretariat's file, so the revised
            # file's lacking it says nothing: it stays, and warning of it would drown the
            # warnings that matter (sections an editor wrote or changed).
            continue
        else:
            warnings.append(
                ParseWarning(
                    "report-section-kept",
                    _(
                        "“%(section)s” is not in the revised file; it was kept, as an editor "
                        "wrote or may keep it."
                    )
                    % {"section": gone},
                )
            )


def propose(*, section: ReportSection, part: ReportPart, job: ImportJob | None) -> SectionProposal:
    """Keep the file's text of the section beside the section's own, replacing an older one."""
    section.proposals.open().update(status=SectionProposal.Status.SUPERSEDED)
    return SectionProposal.objects.create(
        section=section,
        heading=part.heading,
        text=part.text,
        section_version=section.version,
        job=job,
        proposed_by=job.created_by if job is not None else None,
    )


def proposal_warning(section: ReportSection, may_edit: bool) -> ParseWarning:
    if may_edit:
        message = _(
            "An editor changed “%(section)s”: the revised text was kept beside theirs as a "
            "proposal, for an editor to take or leave on the report's page."
        )
    else:
        message = _(
            "Only editors change a report's text: the revised text of “%(section)s” was kept "
            "as a proposal, for an editor to take or leave on the report's page."
        )
    return ParseWarning("report-section-proposed", message % {"section": section})


def remember_imported(section: ReportSection, text: str) -> None:
    # By update(): what the file printed is no change of the section, so no version or history.
    if section.imported_text != text:
        ReportSection.objects.filter(pk=section.pk).update(imported_text=text)
        section.imported_text = text


def move_in_order(section: ReportSection, order: int) -> None:
    # The place in the report follows the file (a section inserted before it moves it down);
    # it is no change of the editor's text.
    if section.order != order:
        ReportSection.objects.filter(pk=section.pk).update(order=order)
        section.order = order
