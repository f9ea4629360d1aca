"""Editor actions on a whole draft report: its exports, generating and regenerating it from the
meeting's record, and moving it along the workflow (review, adoption, publication)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from meetings.models import Meeting
from wgportal.languages import LANGUAGE_CODES

from ..exports import report_docx, report_structure, report_text
from ..forms import GenerateReportForm, MoveReportForm, RegenerateReportForm
from ..models import DraftReport
from ..services.generation import generate_report
from ..services.generation.storing import report_languages
from ..services.workflow import ReportNotReady, move_report
from .pages import (
    REGENERABLE,
    REPORTS,
    chosen_language,
    editor_page,
    report_page,
)

EXPORT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "txt": "text/plain; charset=utf-8",
}


@editor_page
def report_export(request, pk: int, fmt: str):
    """The report as a Word file or plain text in one language, or as data in all of them."""
    report = get_object_or_404(REPORTS, pk=pk)
    name = export_name(report)
    if fmt == "json":
        response = JsonResponse(report_structure(report), json_dumps_params={"ensure_ascii": False})
        return attachment(response, f"{name}.json")
    language = request.GET.get("lang") or chosen_language(request, report_languages(report))
    try:
        content = (report_docx if fmt == "docx" else report_text)(report, language)
    except ValueError as missing:
        raise Http404(str(missing)) from missing
    response = HttpResponse(content, content_type=EXPORT_TYPES[fmt])
    return attachment(response, f"{name}-{language}.{fmt}")


def export_name(report: DraftReport) -> str:
    """ "CTOC-COP-WG.7-2020-L.1" (once published "CTOC-COP-WG.7-2020-4"), or for a draft not yet
    given a symbol "CTOC-COP-WG.7-7-report"."""
    if report.issued.symbol:
        return report.issued.symbol.replace("/", "-")
    meeting = report.meeting
    return f"{meeting.body.symbol_prefix.replace('/', '-')}-{meeting.ordinal}-report"


def attachment(response: HttpResponse, filename: str) -> HttpResponse:
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


@editor_page
@require_POST
def report_generate(request, meeting_pk: int):
    """Write the draft report of a meeting that has none from the portal's rows, in the
    languages the editor chose."""
    meeting = get_object_or_404(Meeting, pk=meeting_pk)
    form = GenerateReportForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(form.non_field_errors() or form.errors["languages"]))
        return redirect("report-list")
    try:
        generation = generate_report(
            meeting=meeting, user=request.user, languages=form.cleaned_data["languages"]
        )
    except ValidationError as refused:  # its report exists and was adopted meanwhile
        messages.error(request, " ".join(refused.messages))
        return redirect("report-list")
    messages.success(request, generated_message(generation))
    return redirect("report-detail", pk=generation.report.pk)


@editor_page
@require_POST
def report_regenerate(request, pk: int):
    """Rewrite what the generator wrote from the rows as they are now; keep what editors wrote."""
    report = get_object_or_404(REPORTS, pk=pk)
    if report.status not in REGENERABLE:
        error = _("An adopted report is not regenerated.")
        return report_page(request, report, status=400, error=error)
    form = RegenerateReportForm(request.POST)
    if not form.is_valid():
        error = " ".join(message for errors in form.errors.values() for message in errors)
        return report_page(request, report, status=400, error=error)
    generation = generate_report(
        meeting=report.meeting,
        user=request.user,
        languages=form.cleaned_data["languages"],
        adopted_on=form.cleaned_data["adopted_on"],
    )
    messages.success(request, generated_message(generation))
    return redirect(reverse("report-detail", args=[pk]) + query_of(request))


def generated_message(generation) -> str:
    if generation.created:
        return _("Generated the draft report.")
    rewritten, kept = generation.rewritten_count, generation.kept_count
    said = [
        ngettext("Regenerated %(count)s paragraph.", "Regenerated %(count)s paragraphs.", rewritten)
        % {"count": rewritten},
        ngettext(
            "Kept %(count)s paragraph an editor wrote.",
            "Kept %(count)s paragraphs editors wrote.",
            kept,
        )
        % {"count": kept},
    ]
    outdated = sorted(n for numbers in generation.outdated.values() for n in numbers)
    if outdated:
        said.append(
            ngettext(
                "Paragraph %(numbers)s, which an editor changed, was written from facts that "
                "have changed since: compare it with the meeting's records.",
                "Paragraphs %(numbers)s, which editors changed, were written from facts that "
                "have changed since: compare them with the meeting's records.",
                len(outdated),
            )
            % {"numbers": ", ".join(map(str, outdated))}
        )
    return " ".join(said)


def query_of(request) -> str:
    """The language the editor was reading in, kept across a POST that returns to the page."""
    language = request.GET.get("lang", "")
    return f"?lang={language}" if language in LANGUAGE_CODES else ""


@editor_page
@require_POST
def report_move(request, pk: int):
    """Take the report one step on (or back) in its workflow."""
    report = get_object_or_404(REPORTS, pk=pk)
    form = MoveReportForm(request.POST)
    if not form.is_valid():
        error = " ".join(message for errors in form.errors.values() for message in errors)
        return report_page(request, report, status=400, error=error)
    try:
        event = move_report(
            report=report,
            to=form.cleaned_data["to"],
            user=request.user,
            note=form.cleaned_data["note"],
            symbol=form.cleaned_data["symbol"],
        )
    except ReportNotReady as refusal:
        return report_page(request, report, status=409, refusal=refusal)
    except ValidationError as refused:
        error = " ".join(refused.messages)
        return report_page(
            request, report, status=400, error=error, symbol=form.cleaned_data["symbol"]
        )
    messages.success(
        request,
        _("The report is now %(status)s.") % {"status": event.get_status_display()},
    )
    return redirect(reverse("report-detail", args=[pk]) + query_of(request))
