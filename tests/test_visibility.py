"""Anonymous readers never see Limited or Restricted documents, drafts or unpublished rows."""

import pytest

from documents.models import Document, Footnote, ImportJob, LanguageVersion, Paragraph
from meetings.models import AgendaItem, Attendance, Body, Entity, Meeting, MeetingRole, Statement
from recommendations.models import Recommendation, Theme
from reports.models import DraftReport, ReportSection
from tests.factories import (
    AgendaItemFactory,
    BodyFactory,
    DocumentFactory,
    DraftReportFactory,
    FootnoteFactory,
    MeetingFactory,
    ParagraphFactory,
    RecommendationFactory,
    ReportSectionFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


def test_it_hides_limited_and_restricted_documents_from_the_public():
    general = DocumentFactory(symbol="CTOC/COP/WG.7/2020/2")
    DocumentFactory(symbol="CTOC/COP/WG.7/2020/L.1", distribution=Document.Distribution.LIMITED)
    DocumentFactory(symbol="CTOC/COP/WG.7/2020/R.1", distribution=Document.Distribution.RESTRICTED)
    assert list(Document.objects.public()) == [general]


def test_it_hides_unpublished_documents_and_draft_reports_even_of_general_distribution():
    DocumentFactory(published=False)
    DocumentFactory(type=Document.Type.DRAFT_REPORT)
    assert not Document.objects.public().exists()


def test_a_general_document_is_public_whatever_its_meetings_state():
    unannounced = DocumentFactory(meeting=MeetingFactory(published=False))
    withdrawn = DocumentFactory(meeting=MeetingFactory(withdrawn=True))
    assert set(Document.objects.public()) == {unannounced, withdrawn}
    assert not Meeting.objects.public().exists()


def test_documents_of_a_body_an_editor_unpublished_stay_hidden():
    hidden_body = BodyFactory(symbol_prefix="CTOC/COP/WG.4", published=False)
    DocumentFactory(meeting=MeetingFactory(body=hidden_body))
    assert not Document.objects.public().exists()
    assert not Meeting.objects.public().exists()
    assert hidden_body not in Body.objects.public()
    assert BodyFactory() in Body.objects.public()


def test_withdrawn_rows_leave_every_public_list_with_their_children():
    meeting = MeetingFactory()
    document = DocumentFactory(meeting=meeting)
    paragraph = ParagraphFactory(version__document=document)
    item = AgendaItemFactory(meeting=meeting)
    recommendation = RecommendationFactory(meeting=meeting)
    for row in (document, item, recommendation):
        row.withdrawn = True
        row.save()
    assert not Document.objects.public().exists()
    assert not LanguageVersion.objects.public().filter(pk=paragraph.version_id).exists()
    assert not Paragraph.objects.public().exists()
    assert not AgendaItem.objects.public().exists()
    assert not Recommendation.objects.public().exists()
    assert list(Meeting.objects.public()) == [meeting]
    meeting.withdrawn = True
    meeting.save()
    assert not Meeting.objects.public().exists()


def test_a_document_without_a_meeting_is_public_when_published_and_general():
    resolution = DocumentFactory(symbol="A/RES/73/195", meeting=None)
    assert list(Document.objects.public()) == [resolution]


def test_versions_paragraphs_and_footnotes_follow_their_document():
    limited = DocumentFactory(distribution=Document.Distribution.LIMITED)
    general = DocumentFactory()
    for document in (limited, general):
        paragraph = ParagraphFactory(version__document=document)
        FootnoteFactory(version=paragraph.version, paragraph=paragraph)
    assert {v.document for v in LanguageVersion.objects.public()} == {general}
    assert {p.version.document for p in Paragraph.objects.public()} == {general}
    assert {f.version.document for f in Footnote.objects.public()} == {general}


def test_agenda_attendance_roles_and_statements_follow_their_meeting():
    hidden = MeetingFactory(published=False)
    shown = MeetingFactory()
    italy = Entity.objects.get(code="IT")
    for meeting in (hidden, shown):
        AgendaItemFactory(meeting=meeting)
        Attendance.objects.create(meeting=meeting, entity=italy, category="state_party")
        Statement.objects.create(meeting=meeting, entity=italy, capacity="party")
    for model in (AgendaItem, Attendance, Statement, MeetingRole):
        assert {row.meeting for row in model.objects.public()} <= {shown}, model
    assert AgendaItem.objects.public().get().meeting == shown


def test_a_fact_read_from_a_document_is_public_only_while_that_document_is():
    meeting = MeetingFactory()
    italy = Entity.objects.get(code="IT")
    draft = DocumentFactory(
        symbol="CTOC/COP/WG.7/2020/L.1", meeting=meeting, distribution="limited", published=False
    )
    restricted = DocumentFactory(symbol="CTOC/COP/WG.7/2020/R.1", distribution="restricted")
    general = DocumentFactory(symbol="CTOC/COP/WG.7/2020/5", meeting=meeting)
    by_editor = Attendance.objects.create(meeting=meeting, entity=italy, category="state_party")
    Attendance.objects.create(meeting=meeting, entity=italy, category="signatory", source=general)
    for source in (draft, restricted):
        Statement.objects.create(meeting=meeting, entity=italy, capacity="party", source=source)
    assert {row.source for row in Attendance.objects.public()} == {None, general}
    assert not Statement.objects.public().exists()
    Document.objects.filter(pk=general.pk).update(published=False)
    assert list(Attendance.objects.public()) == [by_editor]


def test_draft_reports_and_their_sections_are_never_public_until_published():
    section = ReportSectionFactory()
    report = section.report
    for status in ("draft", "under_review", "adopted"):
        DraftReport.objects.filter(pk=report.pk).update(status=status)
        assert not DraftReport.objects.public().exists()
        assert not ReportSection.objects.public().exists()
    DraftReport.objects.filter(pk=report.pk).update(status="published")
    # Published is not enough: the report is public as the General document it is reissued as.
    assert not ReportSection.objects.public().exists()
    DocumentFactory(meeting=report.meeting, symbol="CTOC/COP/WG.7/2020/4", replaces=report.document)
    assert list(ReportSection.objects.public()) == [section]


def test_draft_recommendations_and_those_of_hidden_meetings_are_not_public():
    adopted = RecommendationFactory()
    RecommendationFactory(status=Recommendation.Status.DRAFT)
    RecommendationFactory(meeting=MeetingFactory(published=False))
    # Adopted with its report, which is still the Limited draft: it waits for the reissue.
    draft = DocumentFactory(symbol="CTOC/COP/WG.7/2020/L.1", distribution="limited")
    waiting = RecommendationFactory(report=draft)
    assert list(Recommendation.objects.public()) == [adopted]
    reissue = DocumentFactory(symbol="CTOC/COP/WG.7/2020/4", type="report", replaces=draft)
    Recommendation.objects.filter(pk=waiting.pk).update(report=reissue)
    assert set(Recommendation.objects.public()) == {adopted, waiting}


def test_unpublished_themes_and_all_import_jobs_are_hidden():
    shown = ThemeFactory()
    ThemeFactory(published=False)
    ImportJob.objects.create(file="imports/x.txt")
    assert list(Theme.objects.public()) == [shown]
    assert not ImportJob.objects.public().exists()


def test_the_home_page_lists_public_documents_but_never_a_limited_one(client):
    DocumentFactory(symbol="CTOC/COP/WG.7/2020/2")
    DraftReportFactory(document__symbol="CTOC/COP/WG.7/2020/L.1")
    DocumentFactory(symbol="CTOC/COP/WG.7/2020/CRP.1", published=False)
    response = client.get("/en/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "CTOC/COP/WG.7/2020/2" in page
    assert "L.1" not in page
    assert "CRP.1" not in page
