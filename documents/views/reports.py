"""Editor pages of draft reports: the list, a report in one language, a section's edit and history.

Only editors (who may change report sections) reach them. To anyone else signed in a report's
pages do not exist (404: a delegate is not told which drafts there are), the list, which every
secretariat account knows of and which names no draft, is refused (403), and anonymous readers
are sent to sign in. They are never cached: an editor must see the version they are about to
save over.
"""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.html import escape, format_html
from django.utils.http import content_disposition_header
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from meetings.languages import LANGUAGE_CODES, Language, content_language
from meetings.models import Meeting

from ..diffs import text_diff
from ..exports import report_docx, report_structure, report_text
from ..forms import MoveReportForm, RegenerateReportForm, RestoreSectionForm, SectionTextForm
from ..models import DraftReport, OpenItem, ReportSection, SectionProposal
from ..parsing.open_items import find_open_items
from ..services.checks import report_checks
from ..services.generation import generate_report
from ..services.reissue import proposed_symbol
from ..services.reports import FINAL, StaleSectionError, save_report_section
from ..services.workflow import ReportNotReady, move_report, next_steps
from ..writing import split_paragraphs

EDIT_PERMISSION = "documents.change_reportsection"
MEETINGS_PER_PAGE = 50
REPORTS = DraftReport.objects.select_related("meeting__body", "document__replaced_by")
SECTIONS = ReportSection.objects.select_related("report__meeting__body", "updated_by")
# What the button for each step says; which steps a report may take is the workflow's.
# Publication has a form of its own, for the General symbol (_report_workflow.html).
STEP_LABELS = {
    DraftReport.Status.UNDER_REVIEW: gettext_lazy("Send for review"),
    DraftReport.Status.DRAFT: gettext_lazy("Return to draft"),
    DraftReport.Status.ADOPTED: gettext_lazy("Adopt"),
}
# Once adopted, the text is the meeting's: regenerating it would change what was adopted.
REGENERABLE = (DraftReport.Status.DRAFT, DraftReport.Status.UNDER_REVIEW)
EXPORT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "txt": "text/plain; charset=utf-8",
}


def editor_page(view=None, *, refusal: type[Exception] = Http404):
    """Let editors in; send anonymous readers to sign in; raise `refusal` to anyone else."""
    if view is None:
        return lambda view: editor_page(view, refusal=refusal)

    @wraps(view)
    def page(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not request.user.has_perm(EDIT_PERMISSION):
            raise refusal
        return view(request, *args, **kwargs)

    return never_cache(page)


# An importer signed in who follows a link to the reports is told the page is not theirs (403),
# not that it is missing: the address is the secretariat's, and the list names no draft.
@editor_page(refusal=PermissionDenied)
def report_list(request):
    """The meetings, newest first, each with its report and status or a button to generate one."""
    meetings = (
        Meeting.objects.select_related("body")
        .prefetch_related(Prefetch("reports", DraftReport.objects.order_by("pk"), "drafts"))
        .order_by("-start_date", "body__symbol_prefix", "pk")
    )
    page = Paginator(meetings, MEETINGS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "documents/report_list.html", {"meetings": page, "page": page})


@editor_page
def report_detail(request, pk: int):
    """A report in one language: its sections, open items, checks, workflow and exports."""
    return report_page(request, get_object_or_404(REPORTS, pk=pk))


def report_page(
    request, report: DraftReport, *, status: int = 200, refusal=None, error="", symbol=""
):
    """The report page; with why a step was refused when `refusal` or `error` say so.

    An adopted report's publication form holds the General symbol the portal proposes, or the
    one the editor typed when it was refused.
    """
    languages = report_languages(report)
    language = chosen_language(request, languages)
    sections = list(SECTIONS.filter(report=report, language=language).order_by("order"))
    problems = report_checks(report=report, language=language) if language else []
    proposals = proposals_of(report, language)
    steps = next_steps(report)
    publishable = DraftReport.Status.PUBLISHED in steps
    open_items = list(
        OpenItem.objects.filter(section__report=report, section__language=language)
        .select_related("section")
        .order_by("section__order", "position")
    )
    return render(
        request,
        "documents/report_detail.html",
        {
            "report": report,
            "content_languages": [(code, Language(code).label) for code in languages],
            "language": language,
            "sections": [(section, section_paragraphs(section)) for section in sections],
            "open_items": open_items,
            "problems": problems,
            "proposals": proposals,
            "check_count": len(problems) + len(proposals),
            "events": report.events.select_related("user"),
            "steps": [(to, STEP_LABELS[to]) for to in steps if to != DraftReport.Status.PUBLISHED],
            "publish_symbol": (symbol or proposed_symbol(report)) if publishable else "",
            "reissue": report.reissue,
            "regenerable": report.status in REGENERABLE,
            "regenerate_form": RegenerateReportForm(initial={"adopted_on": report.adoption_date}),
            "refusal": refusal,
            "error": error,
        },
        status=status,
    )


def proposals_of(report: DraftReport, language: str) -> list[dict]:
    """The open proposals of the report's sections in `language`: both texts and what changes.

    None once the report is adopted: its text is the meeting's, and no proposal can be taken.
    """
    if report.status in FINAL:
        return []
    proposals = (
        SectionProposal.objects.open()
        .filter(section__report=report, section__language=language)
        .select_related("section", "job", "proposed_by")
        .order_by("section__order")
    )
    return [
        {
            "proposal": proposal,
            "section": proposal.section,
            "diff": text_diff(proposal.section.text, proposal.text, language=language),
        }
        for proposal in proposals
    ]


def report_languages(report: DraftReport) -> list[str]:
    """The languages the report has sections in, in the UN's order."""
    found = set(report.sections.values_list("language", flat=True).distinct())
    return [code for code in LANGUAGE_CODES if code in found]


def chosen_language(request, languages: list[str]) -> str:
    """`?lang=` when the report has it, else the interface's language, else its first one."""
    for code in (request.GET.get("lang", ""), content_language(request.LANGUAGE_CODE)):
        if code in languages:
            return code
    return languages[0] if languages else ""


def section_paragraphs(section: ReportSection) -> list[dict]:
    """The section's paragraphs as the page shows them: number, lines, whether regenerated."""
    regenerated = set(section.regenerated or ())
    return [
        {
            "number": block.number,
            "id": f"section-{section.pk}-para-{block.number}" if block.number else "",
            "lines": [
                {"heading": line.startswith("#"), "html": marked(line.lstrip("#").strip())}
                for line in block.lines
                if line.strip()
            ],
            "regenerated": block.number in regenerated,
        }
        for block in split_paragraphs(section.text)
    ]


def marked(line: str) -> SafeString:
    """The line escaped, with its bracketed text and placeholders marked up as open items."""
    pieces, at = [], 0
    for item in find_open_items(line):
        pieces.append(escape(line[at : item.position]))
        pieces.append(format_html('<mark class="open-item {}">{}</mark>', item.kind, item.text))
        at = item.position + len(item.text)
    pieces.append(escape(line[at:]))
    return mark_safe("".join(pieces))  # every piece was escaped above


def section_url(section: ReportSection) -> str:
    url = reverse("report-detail", args=[section.report_id])
    return f"{url}?lang={section.language}#section-{section.pk}"


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
    return render(request, "documents/report_section_edit.html", context, status=status)


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
        "documents/report_section_conflict.html",
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
        "documents/report_section_history.html",
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
    """Write the draft report of a meeting that has none from the portal's rows."""
    meeting = get_object_or_404(Meeting, pk=meeting_pk)
    try:
        generation = generate_report(meeting=meeting, user=request.user)
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
        meeting=report.meeting, user=request.user, adopted_on=form.cleaned_data["adopted_on"]
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
