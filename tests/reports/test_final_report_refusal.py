"""An adopted or published report is final: its revised draft is refused and changes nothing, and
a recommendation adopted meanwhile stays adopted through a revised draft (seed 004, revised)."""

import pytest
from django.urls import reverse

from documents.models import ImportJob
from recommendations.models import Recommendation
from reports.services.workflow import move_report
from tests.reports.test_report_import import FOURTH
from tests.reports.test_report_workflow import imported_report
from tests.reports.test_revised_imports import (
    RECOMMENDATION_3,
    RECOMMENDATION_3_REVISED,
    STATEMENTS_004,
    adopt,
    import_job,
    revised_fourth,
    section,
    snapshot,
)
from wgportal.versioning import save_versioned


@pytest.mark.django_db
@pytest.mark.parametrize("published", [False, True], ids=["adopted", "published"])
def test_a_revised_draft_of_an_adopted_report_is_refused_and_changes_nothing(
    seeds, editor, client, published
):
    report = imported_report(seeds, FOURTH)
    adopt(report, editor)
    if published:
        move_report(report=report, to="published", user=editor, symbol="CTOC/COP/WG.7/2017/5")
    before = snapshot()

    job = import_job(FOURTH, revised_fourth(seeds))

    assert job.status == ImportJob.Status.FAILED
    assert "adopted" in job.log and "General symbol" in job.log
    assert "nothing was stored" in job.log
    if published:
        assert "CTOC/COP/WG.7/2017/5" in job.log  # the General document to import instead
    assert snapshot() == before
    assert section("organization-statements").text.startswith(STATEMENTS_004)
    recommendations = Recommendation.objects.filter(meeting=report.meeting)
    assert set(recommendations.values_list("status", flat=True)) == {"adopted"}
    # Public once the report is reissued for general distribution, not before.
    assert Recommendation.objects.public().count() == (8 if published else 0)
    page = client.get(reverse("recommendation-list"), {"lang": "zh"}).content.decode()
    assert (RECOMMENDATION_3 in page) == published and RECOMMENDATION_3_REVISED not in page


@pytest.mark.django_db
def test_a_recommendation_adopted_meanwhile_stays_adopted_through_a_revised_draft(seeds, client):
    report = imported_report(seeds, FOURTH)
    report.meeting.published = True
    report.meeting.save()
    third = Recommendation.objects.get(meeting=report.meeting, number=3)
    save_versioned(third, expected_version=third.version, changes={"status": "adopted"})

    job = import_job(FOURTH, revised_fourth(seeds))

    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    third.refresh_from_db()
    assert (third.status, third.text_zh) == ("adopted", RECOMMENDATION_3)
    # Its report is still the Limited draft: the recommendation waits for the report's reissue.
    page = client.get(reverse("recommendation-list"), {"lang": "zh"}).content.decode()
    assert RECOMMENDATION_3 not in page
