"""Importing a meeting's draft report stores what it says about the meeting (seeds 000, 004)."""

import datetime

import pytest
from django.db.models import Count

from documents.models import Document, ImportJob
from documents.services import create_import_job, run_import_job
from meetings.models import Meeting
from recommendations.models import Recommendation
from reports.models import DraftReport, OpenItem, ReportSection
from reports.services.sections import StaleSectionError, save_report_section

pytestmark = pytest.mark.django_db

FOURTH = "004_28d5586563dc01f3.txt"
SEVENTH = "000_1cd5f2748af19e84.txt"


def imported(seeds, name: str) -> ImportJob:
    job = run_import_job(
        job=create_import_job(name=name, data=(seeds / name).read_bytes(), queue=False)
    )
    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    return job


def meeting(ordinal: int) -> Meeting:
    return Meeting.objects.get(body__symbol_prefix="CTOC/COP/WG.7", ordinal=ordinal)


def by_category(meeting: Meeting) -> dict[str, int]:
    return dict(meeting.attendance.values_list("category").annotate(n=Count("id")))


def test_the_fourth_meeting_report_gives_its_meeting_agenda_attendance_and_speakers(seeds):
    job = imported(seeds, FOURTH)

    fourth = meeting(4)
    assert job.document.meeting == fourth
    assert (fourth.start_date, fourth.end_date) == (
        datetime.date(2017, 9, 11), datetime.date(2017, 9, 13)
    )  # fmt: skip
    # The venue its masthead prints; the sittings and that it was held are the Limited draft's
    # word, written on the meeting only by a public document (meeting_facts).
    assert (fourth.venue_zh, fourth.sittings, fourth.status) == ("维也纳", None, "scheduled")
    assert job.document.distribution == "limited" and not job.document.published
    chair = fourth.roles.get(role="chair")
    assert (chair.person.name, chair.country.code) == ("Francesco Testa", "IT")
    panellists = fourth.roles.filter(role="panellist")
    assert panellists.values("person").distinct().count() == 4
    assert {r.country.code for r in panellists} == {"TH", "MX", "AT", "AU"}
    assert {r.agenda_item.number for r in panellists} == {3, 4}
    parties = fourth.statements.filter(capacity="party", agenda_item__number=2)
    assert parties.count() == 18
    assert parties.filter(entity__code="EU").exists()
    assert [s.entity.code for s in fourth.statements.filter(capacity="non_party")] == ["CO"]
    items = fourth.agenda_items.all()
    assert [(i.number, i.letter) for i in items] == [
        (1, ""), (1, "a"), (1, "b"), (2, ""), (3, ""), (4, ""), (5, ""), (6, ""),
    ]  # fmt: skip
    assert {i.adopted_on for i in items} == {datetime.date(2017, 9, 11)}
    assert by_category(fourth) == {
        "state_party": 60, "reio": 1, "signatory": 3, "non_signatory": 13, "un_entity": 1,
        "igo": 4,
    }  # fmt: skip
    assert sorted(d.symbol for d in fourth.documents.exclude(symbol=None)) == [
        "CTOC/COP/WG.7/2017/1", "CTOC/COP/WG.7/2017/2", "CTOC/COP/WG.7/2017/3",
        "CTOC/COP/WG.7/2017/4", "CTOC/COP/WG.7/2017/INF.1/Rev.1",
    ]  # fmt: skip
    types = dict(fourth.documents.exclude(symbol=None).values_list("symbol", "type"))
    assert types["CTOC/COP/WG.7/2017/1"] == "provisional_agenda"  # 临时议程说明
    assert types["CTOC/COP/WG.7/2017/3"] == "background_paper"
    assert types["CTOC/COP/WG.7/2017/INF.1/Rev.1"] == "list_of_participants"


def test_the_fourth_meeting_report_gives_recommendations_one_to_eight_under_item_two(seeds):
    imported(seeds, FOURTH)

    recommendations = Recommendation.objects.filter(meeting=meeting(4))
    assert list(recommendations.values_list("number", flat=True)) == list(range(1, 9))
    assert {(r.agenda_item.number, r.status) for r in recommendations} == {(2, "draft")}
    assert recommendations.get(number=1).topic_zh.startswith("利用《联合国打击跨国有组织犯罪公约》")
    assert not Recommendation.objects.public().exists()


def test_the_introduction_gives_the_previous_meetings_with_their_dates(seeds):
    imported(seeds, FOURTH)

    assert list(
        Meeting.objects.filter(ordinal__lt=4).values_list("ordinal", "start_date", "end_date")
    ) == [
        (3, datetime.date(2015, 11, 18), datetime.date(2015, 11, 20)),
        (2, datetime.date(2013, 11, 11), datetime.date(2013, 11, 13)),
        (1, datetime.date(2012, 5, 30), datetime.date(2012, 6, 1)),
    ]


def test_the_seventh_meeting_report_gives_its_facts_and_warns_about_colombia(seeds):
    job = imported(seeds, SEVENTH)

    seventh = meeting(7)
    assert (seventh.format, seventh.sittings) == ("in_person", None)  # the draft's are not written
    # It prints no distribution; a draft is Limited until adopted.
    assert (job.document.distribution, job.document.published) == ("limited", False)
    panellists = seventh.roles.filter(role="panellist").order_by("order")
    assert [(r.person.name, r.regional_group.code, r.agenda_item.number) for r in panellists] == [
        ("Amanda Ledwaba", "african", 2),
        ("Andrés Perez Esquivel", "latin_american_caribbean", 2),
        ("Simona Ragazzi", "western_european_others", 2),
    ]
    assert seventh.agenda_items.filter(letter="").count() == 5
    attendance = by_category(seventh)
    assert attendance["state_party"] == 72
    assert seventh.attendance.filter(category="state_party", entity__code="EU").exists()
    assert (attendance["signatory"], attendance["non_signatory"]) == (1, 10)
    assert attendance["igo"] + attendance["un_entity"] == 11
    assert attendance["standing_observer"] == 1
    assert Meeting.objects.filter(ordinal__lt=7).count() == 6
    assert job.counts["open_items"] == 7
    assert [w["code"] for w in job.warnings] == ["entity-in-two-categories"]
    assert "哥伦比亚" in job.warnings[0]["message"]


def test_both_reports_fill_one_fourth_meeting_and_a_second_import_adds_nothing(seeds):
    imported(seeds, SEVENTH)
    imported(seeds, FOURTH)
    counts = (Meeting.objects.count(), meeting(4).attendance.count())

    again = imported(seeds, FOURTH)

    assert again.counts["unchanged"] == 1
    assert (Meeting.objects.count(), meeting(4).attendance.count()) == counts == (7, 82)


PATTERN_KEYS = [
    "introduction", "recommendations", "recommendations-a", "recommendations-b",
    "recommendations-c", "summary", "organization", "organization-opening",
    "organization-statements", "organization-agenda", "organization-attendance",
    "organization-documentation", "adoption",
]  # fmt: skip


def test_a_draft_report_becomes_the_meetings_report_in_drafting_with_its_open_items(seeds):
    job = imported(seeds, SEVENTH)

    report = DraftReport.objects.get(meeting=meeting(7))
    assert (report.document, report.status) == (job.document, DraftReport.Status.DRAFT)
    assert report.adopted_on == datetime.date(2020, 9, 9)
    sections = report.sections.filter(language="zh")
    assert list(sections.values_list("key", flat=True)) == PATTERN_KEYS
    assert {s.origin for s in sections} == {ReportSection.Origin.IMPORTED}
    attendance = sections.get(key="organization-attendance")
    assert (attendance.number, attendance.heading) == ("D", "出席情况")
    assert attendance.text.startswith("20. ")
    items = OpenItem.objects.filter(section__report=report)
    assert job.counts["open_items"] == items.count() == 7
    assert sorted(items.filter(kind="placeholder").values_list("paragraph_number", flat=True)) == [
        16, 20, 21, 22, 23,
    ]  # fmt: skip
    assert [(i.text, i.paragraph_number) for i in items.filter(kind="bracket")] == [
        ("[8 日和 9 日]", 11), ("[第二和第三场]", 11),
    ]  # fmt: skip


def test_the_fourth_meeting_draft_keeps_its_adoption_date_and_recommendation_headings(seeds):
    imported(seeds, FOURTH)

    report = DraftReport.objects.get(meeting=meeting(4))
    assert report.adopted_on == datetime.date(2017, 9, 13)
    topics = report.sections.get(key="recommendations-a").text.splitlines()
    assert topics[0].startswith("### 1. 利用《联合国打击跨国有组织犯罪公约》")
    assert topics[1:3] == ["#### 建议 1", topics[2]] and topics[2].startswith("鼓励缔约国")
    assert not OpenItem.objects.exists()


def test_a_revised_draft_is_a_new_version_of_the_sections_it_changes(seeds, editor):
    imported(seeds, SEVENTH)
    opening = ReportSection.objects.get(key="organization-opening")
    adoption = ReportSection.objects.get(key="adoption")
    revised = (seeds / SEVENTH).read_text(encoding="utf-8").replace("[……]", "阿尔及利亚", 1)

    run_import_job(job=create_import_job(name=SEVENTH, data=revised.encode(), queue=False))

    statements = ReportSection.objects.get(key="organization-statements")
    assert (statements.version, "阿尔及利亚" in statements.text) == (2, True)
    assert ReportSection.objects.get(pk=adoption.pk).version == adoption.version == 1
    assert OpenItem.objects.count() == 6
    assert ReportSection.objects.get(pk=opening.pk).history.count() == 1
    assert statements.history.count() == 2
    # An editor who opened the first version is refused, not overwritten.
    with pytest.raises(StaleSectionError, match="version 2"):
        save_report_section(section=statements, text="x", expected_version=1, user=editor)


def test_a_background_paper_described_by_its_agenda_items_title_is_linked_to_that_item(seeds):
    imported(seeds, FOURTH)

    def items_of(symbol: str) -> list[int]:
        return list(
            Document.objects.get(symbol=symbol).agenda_items.values_list("number", flat=True)
        )

    # 004 ¶20 (c) and (d) repeat the titles of items 2 and 3; (b) words item 4 differently.
    assert items_of("CTOC/COP/WG.7/2017/3") == [2]
    assert items_of("CTOC/COP/WG.7/2017/4") == [3]
    assert items_of("CTOC/COP/WG.7/2017/2") == []
