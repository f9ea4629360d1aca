"""Editors and importers upload a meeting's documents in several languages at once.

The provisional agenda, a background paper and the list of participants of a ninth meeting, in
Chinese, English and French, uploaded together through the admin or the API: each file is a job,
and the versions of one symbol become one document, public at once as General documents are.
"""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from rest_framework.test import APIClient

from documents.models import Document, ImportJob
from documents.services import run_import_job
from meetings.models import Meeting
from tests.factories import BodyFactory, MeetingFactory
from wgportal.languages import LANGUAGE_CODES

pytestmark = pytest.mark.django_db

PAPER_ZH = """\
联合国 CTOC/COP/WG.7/2031/2
联合国打击跨国有组织犯罪公约缔约方会议
Distr.: General
2031年7月1日
Chinese
Original: English

偷运移民问题工作组
2031年9月8日和9日，维也纳
临时议程项目2

调查偷运移民案件的良好做法

秘书处编写的背景文件

一. 导言
1. 本背景文件由秘书处编写，旨在便利偷运移民问题工作组第九次会议的各项讨论。
2. 本文件借鉴了各国对调查问卷的答复。
"""
PAPER_EN = """\
United Nations CTOC/COP/WG.7/2031/2
Conference of the Parties to the United Nations Convention against Transnational Organized Crime
Distr.: General
1 July 2031
Original: English

Working Group on the Smuggling of Migrants
Vienna, 8 and 9 September 2031
Item 2 of the provisional agenda

Good practices in the investigation of migrant smuggling

Background paper prepared by the Secretariat

I. Introduction
1. This background paper was prepared by the Secretariat to facilitate discussions at the
ninth meeting of the Working Group on the Smuggling of Migrants.
2. It draws on the replies of States to a questionnaire.
"""
PAPER_FR = """\
Nations Unies CTOC/COP/WG.7/2031/2
Conférence des Parties à la Convention des Nations Unies contre la criminalité
transnationale organisée
Distr. générale
1er juillet 2031
Français
Original : anglais

Groupe de travail sur le trafic illicite de migrants
Vienne, 8 et 9 septembre 2031
Point 2 de l'ordre du jour provisoire

Bonnes pratiques en matière d'enquêtes sur le trafic illicite de migrants

Document d'information établi par le Secrétariat

I. Introduction
1. Le présent document d'information a été établi par le Secrétariat pour faciliter les
débats de la neuvième réunion du Groupe de travail.
2. Il s'appuie sur les réponses des États à un questionnaire.
"""
AGENDA_EN = """\
United Nations CTOC/COP/WG.7/2031/1
Conference of the Parties to the United Nations Convention against Transnational Organized Crime
Distr.: General
2 July 2031
Original: English

Working Group on the Smuggling of Migrants
Vienna, 8 and 9 September 2031

Provisional agenda
1. Organizational matters:
(a) Opening of the meeting;
(b) Adoption of the agenda and organization of work.
2. Good practices in the investigation of migrant smuggling.
3. Adoption of the report.
"""
AGENDA_ZH = """\
联合国 CTOC/COP/WG.7/2031/1
联合国打击跨国有组织犯罪公约缔约方会议
Distr.: General
2031年7月2日
Chinese
Original: English

偷运移民问题工作组
2031年9月8日和9日，维也纳

临时议程
1. 组织事项：
(a) 会议开幕；
(b) 通过议程和工作安排。
2. 调查偷运移民案件的良好做法。
3. 通过报告。
"""
PARTICIPANTS_EN = """\
United Nations CTOC/COP/WG.7/2031/INF/1
Conference of the Parties to the United Nations Convention against Transnational Organized Crime
Distr.: General
9 September 2031
English, French and Spanish only

Working Group on the Smuggling of Migrants
Vienna, 8 and 9 September 2031

List of participants

States parties
Austria
Italy
Mexico
"""

# The paper first: it names its meeting ("the ninth meeting"), which the agenda and the list,
# dated only, are then found by.
FILES = {
    "paper_zh.txt": PAPER_ZH,
    "paper_en.txt": PAPER_EN,
    "paper_fr.txt": PAPER_FR,
    "agenda_en.txt": AGENDA_EN,
    "agenda_zh.txt": AGENDA_ZH,
    "participants_en.txt": PARTICIPANTS_EN,
}
STORED = {
    "CTOC/COP/WG.7/2031/1": ("provisional_agenda", ["zh", "en"]),
    "CTOC/COP/WG.7/2031/2": ("background_paper", ["zh", "en", "fr"]),
    "CTOC/COP/WG.7/2031/INF/1": ("list_of_participants", ["en"]),
}


def uploads() -> list[SimpleUploadedFile]:
    return [SimpleUploadedFile(name, text.encode()) for name, text in FILES.items()]


def run_jobs(user) -> list[ImportJob]:
    """What the worker does, in the order the files were uploaded."""
    jobs = list(ImportJob.objects.filter(created_by=user).order_by("pk"))
    assert len(jobs) == len(FILES)
    return [run_import_job(job=job) for job in jobs]


def stored() -> dict[str, tuple[str, list[str]]]:
    """Each document of the upload: its type and its languages, in UN order."""
    return {
        document.symbol: (
            document.type,
            sorted((v.language for v in document.versions.all()), key=LANGUAGE_CODES.index),
        )
        for document in Document.objects.filter(symbol__startswith="CTOC/COP/WG.7/2031/")
    }


def numbered() -> dict[str, list[int]]:
    paper = Document.objects.get(symbol="CTOC/COP/WG.7/2031/2")
    return {
        version.language: sorted(
            version.paragraphs.filter(number__isnull=False).values_list("number", flat=True)
        )
        for version in paper.versions.all()
    }


def ninth() -> Meeting:
    return Meeting.objects.get(body__symbol_prefix="CTOC/COP/WG.7", ordinal=9)


def test_an_editor_uploads_the_documents_of_an_announced_meeting_through_the_api(
    editor, client, django_capture_on_commit_callbacks
):
    meeting = MeetingFactory(
        body=BodyFactory(),
        ordinal=9,
        start_date=datetime.date(2031, 9, 8),
        end_date=datetime.date(2031, 9, 9),
    )
    api = APIClient()
    api.force_authenticate(editor)
    with django_capture_on_commit_callbacks(execute=False):
        response = api.post("/api/v1/import-jobs/", {"files": uploads()}, format="multipart")

    assert response.status_code == 201, response.json()
    assert [job["created_by"] for job in response.json()] == [editor.username] * len(FILES)
    assert [job.status for job in run_jobs(editor)] == ["succeeded"] * len(FILES)
    assert stored() == STORED
    assert numbered() == {"zh": [1, 2], "en": [1, 2], "fr": [1, 2]}
    assert set(Document.objects.filter(symbol__in=STORED).values_list("meeting", flat=True)) == {
        meeting.pk
    }
    for symbol in STORED:
        assert client.get(f"/en/documents/{symbol}/").status_code == 200, symbol
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert all(f"/en/documents/{symbol}/" in page for symbol in STORED)


@pytest.mark.parametrize("persona", ["editor", "importer"])
def test_editors_and_importers_upload_several_languages_at_once_in_the_admin(
    client, request, persona, django_capture_on_commit_callbacks
):
    user = request.getfixturevalue(persona)
    client.force_login(user)
    with django_capture_on_commit_callbacks(execute=False):
        response = client.post(
            reverse("admin:documents_importjob_add"), {"files": uploads(), "language": ""}
        )

    assert response.status_code == 302, response.content.decode()[:2000]
    assert [job.status for job in run_jobs(user)] == ["succeeded"] * len(FILES)
    assert stored() == STORED
    # No meeting was in the portal: the paper's import created the ninth and announced it.
    assert ninth().published
    client.logout()
    for symbol in STORED:
        assert client.get(f"/api/v1/documents/{symbol}/").status_code == 200, symbol


def test_a_delegate_cannot_upload_in_the_admin(client, delegate):
    client.force_login(delegate)
    response = client.post(reverse("admin:documents_importjob_add"), {"files": uploads()})
    assert response.status_code == 302  # to the admin's sign-in: no staff role
    assert not ImportJob.objects.exists()
