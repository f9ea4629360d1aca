"""Publication reissues an adopted report as a General document under its own General symbol.

Seeds 004 (the 4th meeting, Vienna, 11-13 September 2017) and 000 (the 7th, 8 and 9 September
2020) are drafts printed without a symbol. Published, each becomes a General document under the
symbol the editor confirms (the portal proposes the next free number of the meeting's year),
titled as the report it is, replacing its draft, which stays Limited and hidden; its
recommendations are public from then on and cite it with their paragraph.
"""

import datetime
import io
import threading
import time

import docx
import pytest
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.urls import reverse

from documents.models import Document, ImportJob
from documents.services import create_import_job, run_import_job
from recommendations.models import Recommendation, Theme
from reports.exports import report_docx, report_structure, report_text
from reports.models import DraftReport, ReportEvent
from reports.services.reissue import proposed_symbol
from reports.services.sections import save_report_section
from reports.services.workflow import move_report
from tests.factories import DocumentFactory
from tests.reports.test_report_import import FOURTH, SEVENTH, imported
from tests.test_backups import OPEN_ITEM

pytestmark = pytest.mark.django_db

REISSUED = "CTOC/COP/WG.7/2017/5"
THEMATIC = "001_e510f4c471b5d7a7.txt"
FOURTH_TITLE_ZH = "2017年9月11日至13日在维也纳举行的偷运移民问题工作组会议报告"
# Paragraph 13 of seed 004, in chapter III.
PARAGRAPH_13 = "《联合国打击跨国有组织犯罪公约"


@pytest.fixture
def fourth(seeds, editor) -> DraftReport:
    """Seed 004 adopted; its meeting, created by the import, awaits its first General document."""
    report = imported(seeds, FOURTH).document.draft_report
    for step in ("under_review", "adopted"):
        move_report(report=report, to=step, user=editor)
    return report


def adopted_seventh(seeds, editor) -> DraftReport:
    """Seed 000 with every open item settled by an editor, then adopted."""
    report = imported(seeds, SEVENTH).document.draft_report
    for section in report.sections.filter(open_items__isnull=False).distinct():
        settled = OPEN_ITEM.sub(lambda item: item.group(1).strip("…. _") or "两", section.text)
        save_report_section(
            section=section, text=settled, expected_version=section.version, user=editor
        )
    for step in ("under_review", "adopted"):
        move_report(report=report, to=step, user=editor)
    return report


def test_the_portal_proposes_the_next_plain_number_of_the_meetings_year(fourth):
    # Seed 004 lists CTOC/COP/WG.7/2017/1 to 4 and INF.1/Rev.1 among its documents.
    assert proposed_symbol(fourth) == REISSUED
    # Other series and an addendum's own number do not count as plain numbers of their own.
    for symbol in ("CTOC/COP/WG.7/2017/INF.9", "CTOC/COP/WG.7/2017/L.12", "CTOC/COP/WG.7/2018/9"):
        DocumentFactory(symbol=symbol, meeting=None)
    assert proposed_symbol(fourth) == REISSUED
    DocumentFactory(symbol="CTOC/COP/WG.7/2017/7/Add.1", meeting=None)
    assert proposed_symbol(fourth) == "CTOC/COP/WG.7/2017/8"


def test_publication_issues_a_general_report_that_replaces_the_draft_which_stays_limited(
    fourth, editor, client
):
    draft = fourth.document

    move_report(report=fourth, to="published", user=editor, symbol="ctoc/cop/wg.7/2017/5")

    reissue = Document.objects.public().get(symbol=REISSUED)
    assert (reissue.type, reissue.distribution, reissue.issue_date) == (
        "report",
        "general",
        datetime.date(2017, 9, 13),  # the day the meeting adopted it
    )
    assert (reissue.replaces, reissue.meeting) == (draft, fourth.meeting)
    draft.refresh_from_db()
    assert (draft.symbol, draft.type, draft.distribution) == (None, "draft_report", "limited")
    assert not Document.objects.public().filter(pk=draft.pk).exists()
    assert list(DraftReport.objects.public()) == [fourth]
    version = reissue.versions.get(language="zh")
    assert version.title == FOURTH_TITLE_ZH
    assert version.paragraphs.get(number=13).text.startswith(PARAGRAPH_13)
    page = client.get(reissue.get_absolute_url()).content.decode()
    assert f'<h1 lang="zh">{FOURTH_TITLE_ZH}</h1>' in page
    assert "工作组于 2017 年 9 月 13 日通过了本次会议报告" in page
    assert "报告草稿" not in page and "Replaces" not in page  # the draft is not named to readers
    meeting_page = client.get(fourth.meeting.get_absolute_url()).content.decode()
    assert f"/en/documents/{REISSUED}/" in meeting_page
    found = client.get("/en/search/", {"q": "通过了本次会议报告"}).content.decode()
    assert f"/en/documents/{REISSUED}/" in found
    event = fourth.events.get(action=ReportEvent.Action.PUBLISHED)
    assert (event.user, event.status) == (editor, "published")


def test_publication_announces_the_meeting_its_drafts_import_created(fourth, editor, client):
    meeting = fourth.meeting
    assert (meeting.published, meeting.awaits_first_document) == (False, True)
    assert client.get("/en/recommendations/").content.decode().count(REISSUED) == 0

    move_report(report=fourth, to="published", user=editor, symbol=REISSUED)

    meeting.refresh_from_db()
    assert (meeting.published, meeting.awaits_first_document) == (True, False)
    assert Recommendation.objects.public().count() == 8
    index = client.get("/en/recommendations/").content.decode()
    assert f'href="/en/documents/{REISSUED}/#para-5"' in index
    page = client.get(f"/en/documents/{REISSUED}/").content.decode()
    assert f'<dt>Meeting</dt><dd><a href="{meeting.get_absolute_url()}">' in page


@pytest.mark.parametrize("editors_choice", ["unannounced", "withdrawn"])
def test_publication_leaves_a_meeting_as_the_editor_left_it(fourth, editor, editors_choice):
    meeting = fourth.meeting
    if editors_choice == "unannounced":
        meeting.awaits_first_document = False  # as for a meeting an editor created
    else:
        meeting.withdrawn = True
    meeting.save()

    move_report(report=fourth, to="published", user=editor, symbol=REISSUED)

    meeting.refresh_from_db()
    assert not meeting.published
    assert not Recommendation.objects.public().exists()
    assert Document.objects.public().filter(symbol=REISSUED).exists()


def test_editors_see_the_draft_and_its_reissue_linked_on_both_pages(fourth, editor, client):
    move_report(report=fourth, to="published", user=editor, symbol=REISSUED)
    client.force_login(editor)

    public_page = client.get(f"/en/documents/{REISSUED}/").content.decode()
    report_page = client.get(reverse("report-detail", args=[fourth.pk])).content.decode()

    report_url = reverse("report-detail", args=[fourth.pk])
    assert f'<dt>Replaces</dt><dd><a href="{report_url}">Draft report</a> (Limited)</dd>' in (
        public_page
    )
    assert f'as <a href="/en/documents/{REISSUED}/">{REISSUED}</a>' in report_page
    assert 'id="publish-symbol"' not in report_page


@pytest.mark.parametrize(
    ("symbol", "said"),
    [
        ("", "Give the General symbol the report is reissued under, such as " + REISSUED),
        ("CTOC/COP/WG.7/2017/L.5", "limited or restricted distribution"),
        ("CTOC/COP/WG.4/2017/5", "is not a symbol of CTOC/COP/WG.7"),
        ("CTOC/COP/WG.7/2017/3", "already the symbol of another document (background paper)"),
        ("CTOC/COP/WG.7/2017/5/Corr.1", "is not a plain number of the series"),
        ("CTOC/COP//5", "is not a UN document symbol"),
    ],
)
def test_a_refused_symbol_stores_nothing_and_says_why(fourth, editor, client, symbol, said):
    documents = list(Document.objects.order_by("pk").values_list("pk", "symbol", "type"))

    with pytest.raises(ValidationError, match="such as") as refused:
        move_report(report=fourth, to="published", user=editor, symbol=symbol)

    assert said in refused.value.messages[0]
    assert list(Document.objects.order_by("pk").values_list("pk", "symbol", "type")) == documents
    fourth.refresh_from_db()
    assert fourth.status == "adopted"
    assert not fourth.events.filter(action=ReportEvent.Action.PUBLISHED).exists()
    assert not Recommendation.objects.public().exists()


def test_the_editor_confirms_or_corrects_the_proposed_symbol_on_the_report_page(
    fourth, editor, editor_client
):
    url = reverse("report-detail", args=[fourth.pk])
    move = reverse("report-move", args=[fourth.pk])

    proposed = editor_client.get(url).content.decode()
    refused = editor_client.post(move, {"to": "published", "symbol": "CTOC/COP/WG.7/2017/2"})
    confirmed = editor_client.post(move, {"to": "published", "symbol": REISSUED})

    assert f'name="symbol" value="{REISSUED}"' in proposed
    assert refused.status_code == 400
    html = refused.content.decode()
    assert "CTOC/COP/WG.7/2017/2 is already the symbol of another document" in html
    assert 'name="symbol" value="CTOC/COP/WG.7/2017/2"' in html  # what the editor typed
    assert confirmed.status_code == 302
    assert Document.objects.get(symbol=REISSUED).replaces == fourth.document


def test_the_seventh_meeting_draft_without_a_symbol_is_reissued_after_2020_1_to_3(
    seeds, editor, client
):
    report = adopted_seventh(seeds, editor)
    assert proposed_symbol(report) == "CTOC/COP/WG.7/2020/4"

    move_report(report=report, to="published", user=editor, symbol=proposed_symbol(report))

    reissue = Document.objects.public().get(symbol="CTOC/COP/WG.7/2020/4")
    assert reissue.replaces == report.document
    title = reissue.versions.get(language="zh").title
    assert title == "2020年9月8日和9日在维也纳举行的偷运移民问题工作组会议报告"
    assert client.get(reissue.get_absolute_url()).status_code == 200


def test_the_published_reports_exports_print_its_general_symbol_and_title(fourth, editor):
    move_report(report=fourth, to="published", user=editor, symbol=REISSUED)

    published = DraftReport.objects.get(pk=fourth.pk)
    text = report_text(published, "zh")
    word = docx.Document(io.BytesIO(report_docx(published, "zh")))
    structure = report_structure(published)

    head = text.split("一.", 1)[0]
    assert REISSUED in head and "Distr.: General" in head and FOURTH_TITLE_ZH in head
    assert "报告草稿" not in head and "Limited" not in head
    printed = [paragraph.text for paragraph in word.paragraphs[:12]]
    assert FOURTH_TITLE_ZH in printed and "报告草稿" not in printed
    assert any(REISSUED in cell.text for table in word.tables for cell in table._cells)
    assert (structure["symbol"], structure["distribution"], structure["draft_symbol"]) == (
        REISSUED,
        "general",
        None,
    )


def test_the_reissued_report_imported_again_is_a_general_document_not_refused_as_final(
    fourth, editor, seeds
):
    move_report(report=fourth, to="published", user=editor, symbol=REISSUED)
    reissue = Document.objects.get(symbol=REISSUED)
    # The secretariat's corrected file of the General document, as the export printed it.
    exported = report_text(DraftReport.objects.get(pk=fourth.pk), "zh")
    paragraph = reissue.versions.get(language="zh").paragraphs.get(number=13).text
    assert exported.count(paragraph) == 1
    corrected = exported.replace(paragraph, paragraph + "（更正）")

    job = run_import_job(
        job=create_import_job(name="report-4.txt", data=corrected.encode(), queue=False)
    )

    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    assert job.document == reissue
    reissue.refresh_from_db()
    assert (reissue.type, reissue.distribution, reissue.replaces) == (
        "report",
        "general",
        fourth.document,
    )
    paragraph = reissue.versions.get(language="zh").paragraphs.get(number=13)
    assert "（更正）" in paragraph.text
    assert set(
        Recommendation.objects.filter(meeting=fourth.meeting).values_list("report", "status")
    ) == {(reissue.pk, "adopted")}
    # The draft's own file is still refused, pointing at the General symbol.
    draft = run_import_job(
        job=create_import_job(
            name=FOURTH, data=(seeds / FOURTH).read_text().replace("。", "。 ", 1).encode()
        )
    )
    assert draft.status == ImportJob.Status.FAILED and REISSUED in draft.log


def test_a_general_report_imported_before_publication_is_the_reissue_and_keeps_its_text(
    fourth, editor, seeds
):
    general = (
        (seeds / FOURTH)
        .read_text()
        .replace("Distr.: Limited", f"{REISSUED}\nDistr.: General")
        .replace("报告草稿", "工作组第四次会议报告")
    )
    imported_general = run_import_job(
        job=create_import_job(name="report-4.txt", data=general.encode(), queue=False)
    )
    assert imported_general.status == ImportJob.Status.SUCCEEDED, imported_general.log
    version = imported_general.document.versions.get(language="zh")

    assert proposed_symbol(fourth) == REISSUED
    move_report(report=fourth, to="published", user=editor, symbol=REISSUED)

    reissue = Document.objects.get(symbol=REISSUED)
    assert reissue.replaces == fourth.document
    assert list(reissue.versions.all()) == [version]  # the secretariat's file, not rewritten
    assert reissue.versions.get().title == version.title


def test_the_themes_page_shows_the_published_report_under_the_theme_of_its_papers(
    seeds, editor, client
):
    # Seed 001 files the 4th meeting's papers CTOC/COP/WG.7/2017/3 and 4 under one theme; seed
    # 004 lists 2017/3 as the paper of agenda item 2, under which its recommendations stand.
    imported(seeds, THEMATIC)
    report = imported(seeds, FOURTH).document.draft_report
    theme = Theme.objects.get(papers__symbol="CTOC/COP/WG.7/2017/3")
    for step in ("under_review", "adopted"):
        move_report(report=report, to=step, user=editor)
    before = client.get("/en/themes/").content.decode()
    assert client.get(f"/api/v1/themes/{theme.code}/").json()["reports"] == []

    move_report(report=report, to="published", user=editor, symbol=REISSUED)

    after = client.get("/en/themes/?lang=zh").content.decode()
    api = client.get(f"/api/v1/themes/{theme.code}/").json()
    assert api["reports"] == [REISSUED]
    assert {"CTOC/COP/WG.7/2017/3", "CTOC/COP/WG.7/2017/4"} <= set(api["papers"])
    assert REISSUED not in before and "Reports and their recommendations" not in before
    section = after.split(f'id="theme-{theme.code}"', 1)[1].split("</section>", 1)[0]
    assert "CTOC/COP/WG.7/2017/4" in section
    assert f'<a class="symbol" href="/en/documents/{REISSUED}/">{REISSUED}</a>' in section
    assert f'<span lang="zh">{FOURTH_TITLE_ZH}</span>:' in section
    # Recommendations 1 to 8 are all under agenda item 2, cited at paragraph 5.
    links = [f'<a href="/en/documents/{REISSUED}/#para-5">{n}</a>' for n in range(1, 9)]
    assert ", ".join(links) in section
    assert after.count(f'href="/en/documents/{REISSUED}/"') == 1  # under that theme alone


def test_a_symbol_known_only_from_a_citation_is_the_reissue_and_may_be_taken(fourth, editor):
    # A later document cited the report by its General symbol before the portal published it.
    cited, _created = Document.objects.get_or_create_cited(REISSUED, defaults={})

    move_report(report=fourth, to="published", user=editor, symbol=REISSUED)

    cited.refresh_from_db()
    assert (cited.replaces, cited.type, cited.meeting) == (
        fourth.document,
        "report",
        fourth.meeting,
    )
    assert cited.versions.get(language="zh").title == FOURTH_TITLE_ZH


@pytest.mark.django_db(transaction=True)
def test_a_symbol_another_publication_takes_meanwhile_is_refused_and_stores_nothing(seeds, editor):
    report = imported(seeds, FOURTH).document.draft_report
    for step in ("under_review", "adopted"):
        move_report(report=report, to=step, user=editor)
    holding, refused = threading.Event(), []

    def another_publication() -> None:
        # Holds the symbol uncommitted, as a publication of another report a moment before.
        with transaction.atomic():
            Document.objects.create(symbol=REISSUED, type="report")
            holding.set()
            time.sleep(2)
        connection.close()

    def publication() -> None:
        try:
            move_report(report=report, to="published", user=editor, symbol=REISSUED)
        except ValidationError as error:
            refused.append(error.messages[0])
        finally:
            connection.close()

    first = threading.Thread(target=another_publication)
    first.start()
    holding.wait(5)
    second = threading.Thread(target=publication)
    second.start()
    for thread in (first, second):
        thread.join(10)

    assert refused and "taken meanwhile" in refused[0]
    report.refresh_from_db()
    assert report.status == "adopted" and report.reissue is None
    assert Document.objects.get(symbol=REISSUED).replaces is None


def test_recommendations_a_general_report_made_public_stay_public_through_the_adoption(
    seeds, editor, client
):
    report = imported(seeds, FOURTH).document.draft_report
    # The secretariat's General report, imported before the draft is adopted in the portal.
    general = (
        (seeds / FOURTH)
        .read_text()
        .replace("Distr.: Limited", f"{REISSUED}\nDistr.: General")
        .replace("报告草稿", "工作组第四次会议报告")
    )
    job = run_import_job(
        job=create_import_job(name="report-4.txt", data=general.encode(), queue=False)
    )
    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    assert Recommendation.objects.public().count() == 8

    for step in ("under_review", "adopted"):
        move_report(report=report, to=step, user=editor)

    cited = Recommendation.objects.public().values_list("report__symbol", "paragraph_number")
    assert set(cited) == {(REISSUED, 5)}
    move_report(report=report, to="published", user=editor, symbol=proposed_symbol(report))
    assert Document.objects.get(symbol=REISSUED).replaces == report.document
    assert set(cited) == {(REISSUED, 5)}
