"""The editor pages of draft reports: the list, reading a report, its exports and workflow steps."""

import datetime
import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from reports.models import DraftReport, ReportEvent, ReportSection
from reports.services.sections import save_report_section
from tests.factories import DraftReportFactory, MeetingFactory, ReportSectionFactory
from tests.test_html import check

pytestmark = pytest.mark.django_db

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def section_of(report: DraftReport, key: str, language: str = "zh") -> ReportSection:
    return report.sections.get(key=key, language=language)


def detail(client, report: DraftReport, **params):
    return client.get(reverse("report-detail", args=[report.pk]), params)


def edit_url(section: ReportSection) -> str:
    return reverse("report-section-edit", args=[section.report_id, section.pk])


def history_url(section: ReportSection) -> str:
    return reverse("report-section-history", args=[section.report_id, section.pk])


def between(html: str, start: str, end: str) -> str:
    """The part of a page from the first `start` to the next `end` after it."""
    begin = html.index(start)
    return html[begin : html.index(end, begin)]


def test_an_editor_reads_every_section_and_the_open_items_with_their_paragraphs(
    editor_client, seventh
):
    response = detail(editor_client, seventh, lang="zh")

    assert response.status_code == 200
    html = response.content.decode()
    for section in seventh.sections.filter(language="zh"):
        assert f'id="section-{section.pk}"' in html
        assert section.heading in html
        assert edit_url(section) in html
        assert history_url(section) in html
    panel = between(html, 'class="panel open-items"', "</section>")
    assert re.findall(r"¶(\d+)", panel) == ["11", "11", "16", "20", "21", "22", "23"]
    assert panel.count('<mark class="open-item bracket"') == 2
    assert panel.count('<mark class="open-item placeholder"') == 5
    assert "[第二和第三场]" in panel
    # Each open item links to the paragraph it stands in, which the page shows by that id.
    summary = section_of(seventh, "summary")
    assert f'href="#section-{summary.pk}-para-11"' in panel
    assert f'id="section-{summary.pk}-para-11"' in html


def test_the_page_is_in_the_interface_language_when_the_report_has_it_else_its_first(
    editor_client, seventh
):
    english = ReportSectionFactory(
        report=seventh, language="en", key="adoption", heading="Adoption of the report"
    )

    assert detail(editor_client, seventh).context["language"] == "en"
    assert detail(editor_client, seventh, lang="zh").context["language"] == "zh"
    english.delete()
    assert detail(editor_client, seventh).context["language"] == "zh"


def test_draft_text_is_escaped_and_its_brackets_marked_never_run(editor_client):
    section = ReportSectionFactory(
        text="12. 主席<script>alert(1)</script>宣布[<b>8 日</b>]和[……]。", regenerated=[12]
    )

    html = detail(editor_client, section.report).content.decode()

    assert "<script>alert(1)</script>" not in html
    assert "主席&lt;script&gt;alert(1)&lt;/script&gt;宣布" in html
    assert '<mark class="open-item bracket">[&lt;b&gt;8 日&lt;/b&gt;]</mark>' in html
    assert '<mark class="open-item placeholder">[……]</mark>' in html
    paragraph = between(html, f'id="section-{section.pk}-para-12"', "</div>")
    assert "regenerated" in paragraph


def test_a_paragraph_the_last_regeneration_rewrote_carries_a_badge_the_others_none(
    editor_client,
):
    section = ReportSectionFactory(text="12. 第一段。\n13. 第二段。", regenerated=[13])

    html = detail(editor_client, section.report).content.decode()

    assert 'class="badge"' not in between(html, f'id="section-{section.pk}-para-12"', "</div>")
    assert 'class="badge"' in between(html, f'id="section-{section.pk}-para-13"', "</div>")


def test_the_exports_are_attachments_named_after_the_report(editor_client, seventh):
    def export(fmt: str, **params):
        return editor_client.get(reverse("report-export", args=[seventh.pk, fmt]), params)

    word = export("docx", lang="zh")
    assert (word.status_code, word["Content-Type"]) == (200, DOCX)
    assert word.content.startswith(b"PK")  # a zip, as every .docx is
    assert word["Content-Disposition"] == 'attachment; filename="CTOC-COP-WG.7-7-report-zh.docx"'
    text = export("txt", lang="zh")
    assert text["Content-Type"] == "text/plain; charset=utf-8"
    assert "共举行了四场会议" in text.content.decode()
    data = export("json")
    assert data["Content-Type"] == "application/json"
    assert data["Content-Disposition"].endswith('filename="CTOC-COP-WG.7-7-report.json"')
    assert json.loads(data.content)
    # The report has no English sections.
    assert export("docx", lang="en").status_code == 404


def test_an_export_is_named_after_the_symbol_once_the_report_has_one(editor_client):
    section = ReportSectionFactory(report__document__symbol="CTOC/COP/WG.7/2020/L.1")

    response = editor_client.get(
        reverse("report-export", args=[section.report_id, "txt"]), {"lang": "zh"}
    )

    assert response["Content-Disposition"] == (
        'attachment; filename="CTOC-COP-WG.7-2020-L.1-zh.txt"'
    )


def test_the_list_shows_meetings_newest_first_with_their_report_or_a_button_to_write_one(
    editor_client,
):
    report = DraftReportFactory(meeting__ordinal=7)
    MeetingFactory(ordinal=6, start_date="2019-09-11", end_date="2019-09-13")

    response = editor_client.get(reverse("report-list"))

    html = response.content.decode()
    assert html.index("Meeting 7") < html.index("Meeting 6")
    row = between(html, "Meeting 7", "</tr>")
    assert reverse("report-detail", args=[report.pk]) in row and "Draft" in row
    assert "Generate the draft report" in between(html, "Meeting 6", "</tr>")
    assert "Generate the draft report" not in row


def test_the_list_pages_through_many_meetings_at_the_same_cost(
    editor_client, django_assert_max_num_queries
):
    from reports.views.pages import MEETINGS_PER_PAGE

    body = MeetingFactory(ordinal=1, start_date="2001-01-01", end_date="2001-01-02").body
    for ordinal in range(2, MEETINGS_PER_PAGE + 6):
        MeetingFactory(body=body, ordinal=ordinal, start_date=f"{2000 + ordinal}-01-01",
                       end_date=f"{2000 + ordinal}-01-02")  # fmt: skip

    with django_assert_max_num_queries(8):
        first = editor_client.get(reverse("report-list")).content.decode()
    second = editor_client.get(reverse("report-list"), {"page": 2}).content.decode()

    assert first.count("<tr>") - 1 == MEETINGS_PER_PAGE  # the head's row aside
    assert f"Meeting {MEETINGS_PER_PAGE + 5}" in first and "Meeting 1<" not in first
    assert "Page 2 of 2" in second and "Meeting 1<" in second


def test_a_report_with_open_items_is_not_adopted_and_the_page_lists_them(editor_client, seventh):
    move = reverse("report-move", args=[seventh.pk])
    sent = editor_client.post(move + "?lang=zh", {"to": "under_review", "note": "请审阅"})
    assert sent.status_code == 302

    response = editor_client.post(move, {"to": "adopted"})

    assert response.status_code == 409
    refusal = between(response.content.decode(), 'class="refusal"', "</section>")
    assert refusal.count("<mark") == 7 and "¶11" in refusal and "¶23" in refusal
    seventh.refresh_from_db()
    assert seventh.status == "under_review"
    events = between(response.content.decode(), "Steps so far", "</ol>")
    assert "sent for review, editor-persona (请审阅)" in events


def test_a_step_the_workflow_lacks_is_refused_with_its_reason(editor_client, seventh):
    response = editor_client.post(reverse("report-move", args=[seventh.pk]), {"to": "published"})

    assert response.status_code == 400
    assert "cannot become published" in response.content.decode()
    seventh.refresh_from_db()
    assert seventh.status == "draft"


def test_the_page_offers_only_the_steps_the_report_may_take(editor_client, seventh):
    html = detail(editor_client, seventh).content.decode()
    assert 'value="under_review"' in html and 'value="adopted"' not in html
    assert reverse("report-regenerate", args=[seventh.pk]) in html

    seventh.status = DraftReport.Status.ADOPTED
    seventh.save()
    html = detail(editor_client, seventh).content.decode()
    assert 'value="published"' in html and 'value="under_review"' not in html
    assert reverse("report-regenerate", args=[seventh.pk]) not in html


def test_generating_writes_the_report_of_a_meeting_that_has_none(editor_client, editor, seventh):
    sixth = seventh.meeting.body.meetings.get(ordinal=6)

    response = editor_client.post(reverse("report-generate", args=[sixth.pk]))

    report = DraftReport.objects.get(meeting=sixth)
    assert response["Location"] == reverse("report-detail", args=[report.pk])
    assert report.sections.filter(origin="generated").exists()
    assert report.events.get().action == ReportEvent.Action.GENERATED
    page = editor_client.get(response["Location"]).content.decode()
    assert "Generated the draft report." in page


def test_a_report_is_written_in_the_languages_the_editor_ticks_and_regenerated_in_those(
    editor_client, seventh
):
    sixth = seventh.meeting.body.meetings.get(ordinal=6)
    listing = editor_client.get(reverse("report-list")).content.decode()
    # Every language the writer has wording for, ticked.
    assert listing.count('name="languages"') >= 6 and ' value="ar" ' in listing
    assert 'value="ar" id="id_languages_0-' in listing

    editor_client.post(
        reverse("report-generate", args=[sixth.pk]), {"chosen": "True", "languages": ["zh", "en"]}
    )
    report = DraftReport.objects.get(meeting=sixth)
    assert set(report.sections.values_list("language", flat=True)) == {"zh", "en"}

    page = detail(editor_client, report).content.decode()
    # The regenerate form ticks the report's own languages and offers the others.
    assert re.search(r'value="zh"[^>]*checked', page) and re.search(r'value="en"[^>]*checked', page)
    assert not re.search(r'value="fr"[^>]*checked', page) and 'value="fr"' in page
    editor_client.post(reverse("report-regenerate", args=[report.pk]))
    assert set(report.sections.values_list("language", flat=True)) == {"zh", "en"}
    editor_client.post(
        reverse("report-regenerate", args=[report.pk]),
        {"chosen": "True", "languages": ["zh", "en", "fr"]},
    )
    assert set(report.sections.values_list("language", flat=True)) == {"zh", "en", "fr"}


def test_a_report_without_a_language_ticked_is_refused_and_nothing_is_written(
    editor_client, seventh
):
    sixth = seventh.meeting.body.meetings.get(ordinal=6)

    response = editor_client.post(
        reverse("report-generate", args=[sixth.pk]), {"chosen": "True"}, follow=True
    )

    assert "Choose at least one language for the report." in response.content.decode()
    assert not DraftReport.objects.filter(meeting=sixth).exists()


def test_a_report_generated_without_the_form_is_written_in_all_six_languages(
    editor_client, seventh
):
    sixth = seventh.meeting.body.meetings.get(ordinal=6)

    editor_client.post(reverse("report-generate", args=[sixth.pk]))

    report = DraftReport.objects.get(meeting=sixth)
    assert set(report.sections.values_list("language", flat=True)) == {
        "ar", "zh", "en", "fr", "ru", "es"
    }  # fmt: skip


def test_regenerating_says_how_many_paragraphs_it_rewrote_and_kept(editor_client, seventh):
    sixth = seventh.meeting.body.meetings.get(ordinal=6)
    editor_client.post(reverse("report-generate", args=[sixth.pk]))
    report = DraftReport.objects.get(meeting=sixth)

    response = editor_client.post(reverse("report-regenerate", args=[report.pk]), follow=True)

    assert response.status_code == 200
    assert re.search(
        r"Regenerated \d+ paragraphs?\. Kept \d+ paragraphs?", response.content.decode()
    )
    assert report.events.last().action == ReportEvent.Action.REGENERATED


def test_chapter_five_says_the_meetings_last_day_until_an_editor_sets_another(editor_client):
    meeting = MeetingFactory(
        start_date=datetime.date(2020, 9, 8), end_date=datetime.date(2020, 9, 9)
    )
    editor_client.post(reverse("report-generate", args=[meeting.pk]))
    report = DraftReport.objects.get(meeting=meeting)
    adoption = report.sections.get(language="en", key="adoption")
    assert adoption.text.endswith(
        "On 9 September 2020, the Working Group adopted the report on its meeting."
    )
    assert adoption.open_items.count() == 0
    assert report.adopted_on == datetime.date(2020, 9, 9)  # what adopting it will record
    assert 'name="adopted_on" value="2020-09-09"' in detail(editor_client, report).content.decode()

    response = editor_client.post(
        reverse("report-regenerate", args=[report.pk]), {"adopted_on": "2020-09-10"}
    )

    assert response.status_code == 302
    adoption.refresh_from_db()
    assert "On 10 September 2020, the Working Group adopted the report" in adoption.text
    assert adoption.open_items.count() == 0
    refused = editor_client.post(
        reverse("report-regenerate", args=[report.pk]), {"adopted_on": "9/9/20x"}
    )
    assert refused.status_code == 400
    assert DraftReport.objects.get(pk=report.pk).adopted_on.isoformat() == "2020-09-10"


def test_the_workflow_panel_prints_the_adoption_date_as_the_un_prints_it(editor_client):
    report = DraftReportFactory(adopted_on=datetime.date(2020, 9, 9))
    ReportSectionFactory(report=report, language="en")

    english = detail(editor_client, report, lang="en").content.decode()
    with translation.override("zh-hans"):
        chinese_page = reverse("report-detail", args=[report.pk])
    chinese = editor_client.get(chinese_page).content.decode()

    assert "adopted on 9 September 2020" in between(english, 'class="panel workflow"', "</p>")
    assert "Sept. 9, 2020" not in english
    assert "2020年9月9日" in between(chinese, 'class="panel workflow"', "</p>")


def test_the_report_page_costs_the_same_queries_however_many_sections(editor_client):
    small = DraftReportFactory()
    ReportSectionFactory.create_batch(2, report=small, text="12. 第一段[……]。\n13. 第二段。")
    with CaptureQueriesContext(connection) as queries:
        assert detail(editor_client, small).status_code == 200
    large = DraftReportFactory()
    ReportSectionFactory.create_batch(30, report=large, text="12. 第一段[……]。\n13. 第二段。")

    with CaptureQueriesContext(connection) as more:
        html = detail(editor_client, large).content.decode()

    assert html.count('class="report-section') == 30
    assert len(more) == len(queries)


def test_the_report_page_stays_within_its_query_budget(
    editor_client, seventh, django_assert_max_num_queries
):
    with django_assert_max_num_queries(20):
        assert detail(editor_client, seventh).status_code == 200


def test_the_header_links_to_the_reports_for_editors_only(client, editor_client, delegate):
    link = f'href="{reverse("report-list")}"'
    assert link in editor_client.get(reverse("home")).content.decode()
    client.force_login(delegate)
    assert link not in client.get(reverse("home")).content.decode()
    client.logout()
    assert link not in client.get(reverse("home")).content.decode()


def test_the_editor_pages_keep_the_rules_of_the_public_ones(editor_client, editor, seventh):
    section = section_of(seventh, "summary")
    save_report_section(section=section, text=section.text + "\n12. 新段落。", expected_version=1)
    pages = {
        "list": editor_client.get(reverse("report-list")),
        "detail": detail(editor_client, seventh, lang="zh"),
        "edit": editor_client.get(edit_url(section)),
        "history": editor_client.get(history_url(section)),
        "conflict": editor_client.post(edit_url(section), {"text": "11. 文字。", "version": 1}),
    }

    assert {name: response.status_code for name, response in pages.items()} == {
        "list": 200, "detail": 200, "edit": 200, "history": 200, "conflict": 409,
    }  # fmt: skip
    problems = {name: check(response.content.decode()) for name, response in pages.items()}
    assert {name: found for name, found in problems.items() if found} == {}
