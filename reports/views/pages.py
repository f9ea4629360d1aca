"""Editor pages of draft reports: the list and a report in one language (its sections, checks,
proposals and workflow); a section's pages are in `sections`, the actions on a whole report
(exports, generation, the workflow's steps) in `steps`.

Only editors (who may change report sections) reach them. To anyone else signed in a report's
pages do not exist (404: a delegate is not told which drafts there are), the list, which every
secretariat account knows of and which names no draft, is refused (403), and anonymous readers
are sent to sign in. They are never cached: an editor must see the version they are about to
save over.
"""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache

from documents.diffs import text_diff
from documents.parsing.open_items import find_open_items
from meetings.models import Meeting
from wgportal.languages import Language, content_language

from ..forms import GenerateReportForm, RegenerateReportForm
from ..models import DraftReport, OpenItem, ReportSection, SectionProposal
from ..services.checks import report_checks
from ..services.generation.storing import report_languages
from ..services.reissue import proposed_symbol
from ..services.sections import FINAL
from ..services.workflow import next_steps
from ..writing import split_paragraphs

EDIT_PERMISSION = "reports.change_reportsection"
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
    context = {"meetings": page, "page": page, "generate_form": GenerateReportForm()}
    return render(request, "reports/report_list.html", context)


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
        "reports/report_detail.html",
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
            "regenerate_form": RegenerateReportForm(
                initial={"adopted_on": report.adoption_date},
                languages=languages,
            ),
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
