"""The editor pages of a draft report's section: saving it, a conflict, its history, a restore."""

import pytest
from django.urls import reverse

from reports.models import DraftReport
from reports.services.sections import save_report_section
from tests.factories import DraftReportFactory, ReportSectionFactory
from tests.reports.test_report_pages import between, edit_url, history_url, section_of

pytestmark = pytest.mark.django_db


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
