"""Editor pages' actions on a text a revised import proposed for a section: take it or leave it.

Both are POSTs from the checks panel of the report page and name the version of the section the
editor compared the proposal with; a section saved since is not decided on blind: the page comes
back with the texts as they now stand.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ..forms import ProposalDecisionForm
from ..models import SectionProposal
from ..services.sections import StaleSectionError, leave_section_proposal, take_section_proposal
from .pages import editor_page, report_page

PROPOSALS = SectionProposal.objects.select_related(
    "section__report__meeting__body", "section__report__document"
)


@editor_page
@require_POST
def report_proposal_take(request, pk: int, proposal_pk: int):
    """The section gets the proposed text, as a new version saved by the editor."""
    return decide(request, pk, proposal_pk, take=True)


@editor_page
@require_POST
def report_proposal_leave(request, pk: int, proposal_pk: int):
    """The section keeps its text; the proposal is closed, for the record."""
    return decide(request, pk, proposal_pk, take=False)


def decide(request, pk: int, proposal_pk: int, *, take: bool):
    proposal = get_object_or_404(PROPOSALS, pk=proposal_pk, section__report_id=pk)
    section = proposal.section
    report = section.report
    form = ProposalDecisionForm(request.POST)
    if not form.is_valid():
        error = " ".join(message for errors in form.errors.values() for message in errors)
        return report_page(request, report, status=400, error=error)
    service = take_section_proposal if take else leave_section_proposal
    try:
        saved = service(
            proposal=proposal, expected_version=form.cleaned_data["version"], user=request.user
        )
    except StaleSectionError as conflict:
        error = _(
            "“%(section)s” was saved again (version %(current)s) after you compared the "
            "proposal with version %(yours)s: nothing was decided. Compare them again below."
        ) % {
            "section": section,
            "current": conflict.current.version,
            "yours": conflict.expected_version,
        }
        return report_page(request, report, status=409, error=error)
    except ValidationError as refused:  # decided by someone else, or the report was adopted
        return report_page(request, report, status=409, error=" ".join(refused.messages))
    if take:
        messages.success(
            request,
            _("“%(section)s” has the proposed text, as version %(version)s.")
            % {"section": saved, "version": saved.version},
        )
    else:
        messages.success(
            request,
            _("“%(section)s” keeps its text; the proposal was left.") % {"section": section},
        )
    url = reverse("report-detail", args=[pk])
    return redirect(f"{url}?lang={section.language}#section-{section.pk}")
