"""Editor pages of one section of a draft report: its edit (optimistic, with the conflict shown
when another editor saved first), its history and the restoring of an older text."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from documents.diffs import text_diff

from ..forms import RestoreSectionForm, SectionTextForm
from ..models import ReportSection
from ..services.sections import StaleSectionError, save_report_section
from .pages import SECTIONS, editor_page, section_url


@editor_page
@require_http_methods(["GET", "POST"])
def report_section_edit(request, pk: int, section_pk: int):
    """The text of one section, saved only over the version the editor started from."""
    section = get_object_or_404(SECTIONS, pk=section_pk, report_id=pk)
    if request.method == "GET":
        form = SectionTextForm(
            initial={"text": section.text, "version": section.version}, language=section.language
        )
        return render_edit(request, section, form)
    form = SectionTextForm(request.POST, language=section.language)
    if not form.is_valid():
        return render_edit(request, section, form, status=400)
    try:
        saved = save_report_section(
            section=section,
            text=form.cleaned_data["text"],
            expected_version=form.cleaned_data["version"],
            user=request.user,
        )
    except StaleSectionError as conflict:
        return render_conflict(request, section, conflict)
    except ValidationError as refused:  # the report was adopted since the page was opened
        form.add_error(None, refused)
        return render_edit(request, section, form, status=400)
    messages.success(
        request,
        _("Saved “%(section)s” as version %(version)s.")
        % {"section": saved, "version": saved.version},
    )
    return redirect(section_url(saved))


def render_edit(request, section: ReportSection, form, *, status: int = 200):
    context = {"report": section.report, "section": section, "form": form}
    return render(request, "reports/report_section_edit.html", context, status=status)


def render_conflict(request, section: ReportSection, conflict: StaleSectionError):
    """Both texts side by side, their differences, and the editor's own text ready to save again.

    The form carries the current version, so saving again is a deliberate choice to replace
    the other editor's text, made after seeing it.
    """
    current = conflict.current
    form = SectionTextForm(
        initial={"text": conflict.submitted_text, "version": current.version},
        language=current.language,
    )
    return render(
        request,
        "reports/report_section_conflict.html",
        {
            "report": section.report,
            "section": section,
            "current": current,
            "submitted": conflict.submitted_text,
            "expected_version": conflict.expected_version,
            "diff": text_diff(current.text, conflict.submitted_text, language=current.language),
            "form": form,
        },
        status=409,
    )


@editor_page
def report_section_history(request, pk: int, section_pk: int):
    """Every saved version of a section, newest first, each with what changed since the last."""
    section = get_object_or_404(SECTIONS, pk=section_pk, report_id=pk)
    return render_history(request, section)


def render_history(request, section: ReportSection, *, status: int = 200, form=None):
    records = list(
        section.history.select_related("updated_by", "history_user").order_by(
            "-history_date", "-history_id"
        )
    )
    versions = []
    for record, older in zip(records, [*records[1:], None], strict=True):
        diff = text_diff(older.text, record.text, language=section.language) if older else None
        versions.append(
            {
                "record": record,
                # A version saved by an editor names them; an import or a run of the generator
                # may name the signed-in user who started it, or nobody.
                "who": record.updated_by or record.history_user,
                "diff": diff,
                "changed": diff is None or any(op != "equal" for op, _text in diff),
            }
        )
    return render(
        request,
        "reports/report_section_history.html",
        {"report": section.report, "section": section, "versions": versions, "form": form},
        status=status,
    )


@editor_page
@require_POST
def report_section_restore(request, pk: int, section_pk: int):
    """Save an earlier text of the section again, as its newest version."""
    section = get_object_or_404(SECTIONS, pk=section_pk, report_id=pk)
    form = RestoreSectionForm(request.POST)
    if not form.is_valid():
        return render_history(request, section, status=400, form=form)
    record = get_object_or_404(section.history, history_id=form.cleaned_data["history_id"])
    try:
        saved = save_report_section(
            section=section,
            text=record.text,
            expected_version=form.cleaned_data["version"],
            user=request.user,
        )
    except StaleSectionError as conflict:
        return render_conflict(request, section, conflict)
    except ValidationError as refused:
        form.add_error(None, refused)
        return render_history(request, section, status=400, form=form)
    messages.success(
        request,
        _("Restored the text of version %(old)s as version %(new)s.")
        % {"old": record.version, "new": saved.version},
    )
    return redirect("report-section-history", pk=pk, section_pk=section_pk)
