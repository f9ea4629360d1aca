"""The editor pages of draft reports: reading a report, saving a section, its history, exports."""

import datetime
import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from reports.models import DraftReport, ReportEvent, ReportSection
from reports.services.sections import save_report_section
from tests.factories import DraftReportFactory, MeetingFactory, ReportSectionFactory, UserFactory
from tests.reports.test_report_import import SEVENTH, imported
from tests.test_html import check

pytestmark = pytest.mark.django_db

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture
def seventh(seeds) -> DraftReport:
    """The draft report of the seventh meeting (seed 000), in Chinese, as the import stored it."""
    return imported(seeds, SEVENTH).document.draft_report


@pytest.fixture
def other_editor(db):
    return UserFactory(username="second-editor", groups=["Editors"], is_staff=True)


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


def test_saving_a_section_bumps_its_version_and_returns_to_it(editor_client, editor, seventh):
    section = section_of(seventh, "adoption")
    form = editor_client.get(edit_url(section))
    assert form.status_code == 200
    assert 'name="version" value="1"' in form.content.decode()

    response = editor_client.post(
        edit_url(section), {"text": "27. 工作组于 2020 年 9 月 9 日通过了报告。\r\n", "version": 1}
    )

    assert response.status_code == 302
    assert response["Location"] == (
        f"{reverse('report-detail', args=[seventh.pk])}?lang=zh#section-{section.pk}"
    )
    section.refresh_from_db()
    assert section.text == "27. 工作组于 2020 年 9 月 9 日通过了报告。"
    assert (section.version, section.origin, section.updated_by) == (2, "edited", editor)
    page = editor_client.get(response["Location"]).content.decode()
    assert "as version 2" in page


def test_a_stale_save_is_refused_with_both_texts_and_overwrites_nothing(
    editor_client, other_editor, seventh
):
    section = section_of(seventh, "organization-opening")
    theirs = section.text.replace("四场", "五场")
    save_report_section(section=section, text=theirs, expected_version=1, user=other_editor)
    mine = section.text.replace("维也纳", "纽约")

    response = editor_client.post(edit_url(section), {"text": mine, "version": 1})

    assert response.status_code == 409
    html = response.content.decode()
    assert between(html, 'id="current-text"', "</div>").endswith(theirs)
    assert between(html, 'id="submitted-text"', "</div>").endswith(mine)
    assert "second-editor" in html  # who saved the text that stands
    assert "<del>五</del><ins>四</ins>" in html and "<del>维也纳</del><ins>纽约</ins>" in html
    # The form holds the editor's own text over the current version: saving again is deliberate.
    assert f">\n{mine}</textarea>" in html
    assert 'name="version" value="2"' in html
    section.refresh_from_db()
    assert (section.text, section.version) == (theirs, 2)


def test_a_save_without_a_usable_version_is_refused_and_keeps_the_text(editor_client, seventh):
    section = section_of(seventh, "adoption")

    for version in ("", "two"):
        response = editor_client.post(
            edit_url(section), {"text": "27. 新的文字。", "version": version}
        )

        assert response.status_code == 400
        html = response.content.decode()
        assert "The version you started from is" in html
        assert ">\n27. 新的文字。</textarea>" in html
    section.refresh_from_db()
    assert section.version == 1


def test_the_history_lists_versions_newest_first_with_a_diff_by_character_in_chinese(
    editor_client, editor, seventh
):
    section = section_of(seventh, "organization-opening")
    save_report_section(
        section=section, text=section.text.replace("四场", "五场"), expected_version=1, user=editor
    )

    response = editor_client.get(history_url(section))

    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("Version 2") < html.index("Version 1")
    newest = between(html, "Version 2", "</li>")
    assert "<del>四</del><ins>五</ins>" in newest
    assert "editor-persona" in newest and "Edited" in newest
    assert "Imported" in between(html, "Version 1", "</li>")


def test_an_english_section_is_diffed_word_by_word(editor_client, editor):
    section = ReportSectionFactory(
        language="en", text="12. The Working Group held four meetings.", heading="Opening"
    )
    save_report_section(
        section=section, text=section.text.replace("four", "five"), expected_version=1, user=editor
    )

    html = editor_client.get(history_url(section)).content.decode()

    assert "<del>four </del><ins>five </ins>" in html


def test_restoring_an_old_version_saves_its_text_as_a_new_version(editor_client, editor, seventh):
    section = section_of(seventh, "adoption")
    original = section.text
    save_report_section(section=section, text="27. 改过的文字。", expected_version=1, user=editor)
    first = section.history.get(version=1)

    response = editor_client.post(
        reverse("report-section-restore", args=[seventh.pk, section.pk]),
        {"history_id": first.history_id, "version": 2},
    )

    assert response.status_code == 302
    section.refresh_from_db()
    assert (section.text, section.version) == (original, 3)
    assert section.history.count() == 3
    assert (
        "Restored the text of version 1 as version 3."
        in editor_client.get(response["Location"]).content.decode()
    )


def test_restoring_over_a_version_someone_saved_since_shows_the_conflict(
    editor_client, other_editor, seventh
):
    section = section_of(seventh, "adoption")
    original = section.text
    save_report_section(
        section=section, text="27. 改过的文字。", expected_version=1, user=other_editor
    )
    save_report_section(section=section, text="27. 又改了。", expected_version=2, user=other_editor)

    response = editor_client.post(
        reverse("report-section-restore", args=[seventh.pk, section.pk]),
        {"history_id": section.history.get(version=1).history_id, "version": 2},
    )

    assert response.status_code == 409
    assert between(response.content.decode(), 'id="submitted-text"', "</div>").endswith(original)
    section.refresh_from_db()
    assert (section.text, section.version) == ("27. 又改了。", 3)


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
    chinese = editor_client.get(
        reverse("report-detail", args=[report.pk]), HTTP_ACCEPT_LANGUAGE="zh-hans"
    ).content.decode()

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


# Every editor page, as (method, name, its arguments for a report and one of its sections).
PAGES = [
    ("get", "report-list", lambda report, section: []),
    ("get", "report-detail", lambda report, section: [report.pk]),
    ("post", "report-generate", lambda report, section: [report.meeting_id]),
    ("post", "report-regenerate", lambda report, section: [report.pk]),
    ("post", "report-move", lambda report, section: [report.pk]),
    ("get", "report-export", lambda report, section: [report.pk, "docx"]),
    ("get", "report-export", lambda report, section: [report.pk, "txt"]),
    ("get", "report-export", lambda report, section: [report.pk, "json"]),
    ("get", "report-section-edit", lambda report, section: [report.pk, section.pk]),
    ("post", "report-section-edit", lambda report, section: [report.pk, section.pk]),
    ("get", "report-section-history", lambda report, section: [report.pk, section.pk]),
    ("post", "report-section-restore", lambda report, section: [report.pk, section.pk]),
]


def page_ids(page) -> str:
    method, name, _args = page
    return f"{method}-{name}"


@pytest.fixture
def one_section() -> ReportSection:
    return ReportSectionFactory()


@pytest.mark.parametrize("page", PAGES, ids=[page_ids(page) for page in PAGES])
def test_anonymous_readers_are_sent_to_sign_in(client, one_section, page):
    method, name, args = page
    url = reverse(name, args=args(one_section.report, one_section))

    response = getattr(client, method)(url, {"text": "x", "version": 1, "to": "under_review"})

    assert response.status_code == 302
    assert response["Location"].startswith(f"{reverse('admin:login')}?next=")
    one_section.refresh_from_db()
    assert one_section.version == 1


# The list names no draft: it refuses (403) rather than hides (see the next test).
REPORT_PAGES = [page for page in PAGES if page[1] != "report-list"]


@pytest.mark.parametrize("page", REPORT_PAGES, ids=[page_ids(page) for page in REPORT_PAGES])
def test_a_signed_in_delegate_is_told_the_pages_do_not_exist(client, delegate, one_section, page):
    method, name, args = page
    client.force_login(delegate)
    url = reverse(name, args=args(one_section.report, one_section))

    response = getattr(client, method)(url, {"text": "x", "version": 1, "to": "under_review"})

    assert response.status_code == 404
    one_section.refresh_from_db()
    assert (one_section.version, one_section.report.status) == (1, "draft")
    assert not one_section.report.events.exists()


@pytest.mark.parametrize("persona", ["importer", "delegate"])
def test_the_report_list_refuses_a_signed_in_importer_or_delegate_with_403(
    client, request, persona
):
    client.force_login(request.getfixturevalue(persona))

    response = client.get(reverse("report-list"))

    assert response.status_code == 403
    client.logout()
    anonymous = client.get(reverse("report-list"))
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith(f"{reverse('admin:login')}?next=")


@pytest.mark.parametrize("name", ["report-list", "report-detail", "report-section-edit"])
def test_editor_pages_are_never_cached(editor_client, one_section, name):
    args = {"report-list": [], "report-detail": [one_section.report_id]}.get(
        name, [one_section.report_id, one_section.pk]
    )

    response = editor_client.get(reverse(name, args=args))

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


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


def test_a_section_of_an_adopted_report_is_not_saved_and_the_page_says_why(editor_client):
    report = DraftReportFactory(status=DraftReport.Status.ADOPTED)
    section = ReportSectionFactory(report=report, language="en", text="1. Adopted text.")

    response = editor_client.post(
        edit_url(section), {"text": "1. Changed after adoption.", "version": section.version}
    )

    assert response.status_code == 400
    assert "its text is final" in response.content.decode()
    section.refresh_from_db()
    assert section.text == "1. Adopted text."
