"""Lists of participants: imported from a list's text, uploaded as a table, shown and exported
with names only where the meeting publishes them (editors read them always)."""

import csv
import io

import pytest
from openpyxl import Workbook, load_workbook

from documents.models import Document, ImportJob
from documents.services import create_import_job, run_import_job
from meetings.models import Attendance, Entity, Participant
from meetings.withdrawal import set_withdrawn
from tests.documents import participant_lists as lists
from tests.factories import DocumentFactory, MeetingFactory

pytestmark = pytest.mark.django_db

UPLOAD = "/admin/meetings/participant/upload/"
PAGE = "/en/meetings/CTOC/COP/WG.7/7/participants/"


@pytest.fixture
def meeting():
    """The seventh meeting, as announced before its list is imported (8 and 9 September 2020)."""
    return MeetingFactory(ordinal=7)


def imported(text: str, name: str = "INF1_en.txt") -> ImportJob:
    job = create_import_job(name=name, data=text.encode(), queue=False)
    return run_import_job(job=job)


def attendance_of(meeting) -> set[tuple[str, str]]:
    return set(meeting.attendance.values_list("entity__code", "category"))


def test_an_imported_english_list_stores_its_people_by_delegation_and_their_attendance(meeting):
    job = imported(lists.ENGLISH)

    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    assert job.document.type == Document.Type.LIST_OF_PARTICIPANTS
    assert job.document.meeting == meeting
    assert job.counts["participants"] == 9
    people = list(meeting.participants.order_by("order"))
    assert [(p.entity.code, p.category, p.title, p.name) for p in people[:3]] == [
        ("AR", "state_party", "H.E. Mr.", "Rafael Grossi"),
        ("AR", "state_party", "Ms.", "María López"),
        ("AR", "state_party", "Mr.", "Carlos Ruiz"),
    ]
    assert people[0].function == "Ambassador, Permanent Representative"
    assert {p.source for p in people} == {job.document}
    assert attendance_of(meeting) == {
        ("AR", "state_party"),
        ("IT", "state_party"),
        ("MX", "state_party"),
        ("JP", "signatory"),
        ("VA", "non_signatory"),  # under "Observers": a State
        ("EU", "reio"),
        ("UNHCR", "un_entity"),
    }
    assert [w["code"] for w in job.warnings if w["code"] == "unknown-delegation"] == [
        "unknown-delegation"
    ]


@pytest.mark.parametrize(
    ("text", "name", "first"),
    [
        (lists.CHINESE, "INF1_zh.txt", ("AR", "先生阁下", "拉斐尔·格罗西")),
        (lists.FRENCH, "INF1_fr.txt", ("AR", "S. E. M.", "Rafael Grossi")),
        (lists.SPANISH, "INF1_es.txt", ("AR", "Excmo. Sr.", "Rafael Grossi")),
    ],
)
def test_lists_in_chinese_french_and_spanish_are_stored_alike(meeting, text, name, first):
    job = imported(text, name)

    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    person = meeting.participants.order_by("order").first()
    assert (person.entity.code, person.title, person.name) == first
    assert ("AR", "state_party") in attendance_of(meeting)


def test_a_revised_list_replaces_the_rows_of_its_source_and_keeps_what_an_editor_entered(meeting):
    netherlands = Entity.objects.get(code="NL")
    Participant.objects.create(
        meeting=meeting, entity=netherlands, category="state_party", name="Anna de Vries"
    )
    Attendance.objects.create(meeting=meeting, entity=netherlands, category="state_party")
    imported(lists.ENGLISH)

    job = imported(lists.CHINESE, "INF1_zh.txt")  # the same symbol: the same list, revised

    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    assert sorted(meeting.participants.values_list("name", flat=True)) == sorted(
        ["Anna de Vries", "拉斐尔·格罗西", "玛丽亚·洛佩斯", "朱莉娅·罗西", "山田太郎"]
    )
    # Mexico, the Holy See, the EU and UNHCR were only on the first version; the editor's row stays.
    assert attendance_of(meeting) == {
        ("AR", "state_party"),
        ("IT", "state_party"),
        ("JP", "signatory"),
        ("NL", "state_party"),
    }


def test_a_revised_import_keeps_an_editors_withdrawal_of_a_person_listed_again(meeting):
    imported(lists.ENGLISH)
    set_withdrawn(rows=meeting.participants.filter(name="María López"), withdrawn=True)
    revised = lists.ENGLISH.replace("Mr. Carlos Ruiz, First Secretary", "Mr. Carlos Ruiz, Minister")

    job = imported(revised, "INF1_en_rev.txt")

    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    assert list(meeting.participants.filter(withdrawn=True).values_list("name", flat=True)) == [
        "María López"
    ]
    assert meeting.participants.get(name="Carlos Ruiz").function.startswith("Minister")
    assert meeting.participants.count() == 9


def test_a_new_upload_keeps_an_editors_withdrawal_of_a_person_uploaded_again(
    editor_client, meeting
):
    rows = [
        ["Giulia Rossi", "Ms.", "Head of delegation", "IT", "state_party"],
        ["Taro Yamada", "Mr.", "Counsellor", "JP", "signatory"],
    ]
    editor_client.post(UPLOAD, {"meeting": meeting.pk, "file": csv_file(rows)})
    set_withdrawn(rows=meeting.participants.filter(name="Taro Yamada"), withdrawn=True)

    rows[1][2] = "Minister"
    response = editor_client.post(UPLOAD, {"meeting": meeting.pk, "file": csv_file(rows)})

    assert response.status_code == 302
    yamada = meeting.participants.get(name="Taro Yamada")
    assert (yamada.withdrawn, yamada.function) == (True, "Minister")
    assert meeting.participants.count() == 2


def test_an_import_that_fails_while_storing_the_list_stores_nothing(meeting, monkeypatch):
    from documents.services import participants

    def broken(document):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(participants, "FactSource", broken)

    job = imported(lists.ENGLISH)

    assert job.status == ImportJob.Status.FAILED
    assert "nothing was stored" in job.log
    assert Participant.objects.count() == 0
    assert meeting.attendance.count() == 0
    assert not Document.objects.filter(symbol="CTOC/COP/WG.7/2020/INF/1").exists()


def csv_file(rows: list[list[str]], name: str = "list.csv") -> io.BytesIO:
    buffer = io.StringIO()
    csv.writer(buffer).writerows([["name", "title", "function", "delegation", "category"], *rows])
    upload = io.BytesIO(buffer.getvalue().encode())
    upload.name = name
    return upload


def test_an_upload_with_one_bad_row_stores_nothing_and_names_the_row(editor_client, meeting):
    upload = csv_file(
        [
            ["Giulia Rossi", "Ms.", "Head of delegation", "IT", "state_party"],
            ["Rudolf Rassendyll", "Mr.", "Envoy", "Ruritania", "state_party"],
            ["Taro Yamada", "Mr.", "Counsellor", "Japan", "guest"],
        ]
    )

    response = editor_client.post(UPLOAD, {"meeting": meeting.pk, "file": upload})

    assert response.status_code == 200
    problems = [(p.line, p.message) for p in response.context["problems"]]
    assert problems == [
        (3, "“Ruritania” is not a State or organization the portal knows."),
        (4, "“guest” is not a category; use one of " + ", ".join(Attendance.Category.values) + "."),
    ]
    assert "Ruritania" in response.content.decode()
    assert Participant.objects.count() == 0
    assert meeting.attendance.count() == 0


def test_an_xlsx_upload_matches_delegations_by_code_or_name_and_adds_their_attendance(
    editor_client, meeting
):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Delegation", "Name", "Title", "Function", "Category"])
    sheet.append(["IT", "Giulia Rossi", "Ms.", "Head of delegation", "State party"])
    sheet.append(["日本", "Taro Yamada", "Mr.", "Counsellor", "signatory"])
    sheet.append(["International Organization for Migration", "Ana Silva", "Ms.", "", "igo"])
    upload = io.BytesIO()
    workbook.save(upload)
    upload.seek(0)
    upload.name = "list.xlsx"

    response = editor_client.post(UPLOAD, {"meeting": meeting.pk, "file": upload})

    assert response.status_code == 302
    rows = meeting.participants.order_by("order")
    assert [(p.entity.code, p.category, p.name) for p in rows] == [
        ("IT", "state_party", "Giulia Rossi"),
        ("JP", "signatory", "Taro Yamada"),
        ("IOM", "igo", "Ana Silva"),
    ]
    assert {p.source for p in rows} == {None}
    assert attendance_of(meeting) == {("IT", "state_party"), ("JP", "signatory"), ("IOM", "igo")}


def test_a_file_that_is_no_table_is_refused_with_the_reason(editor_client, meeting):
    upload = io.BytesIO(b"PK\x03\x04 not really a workbook")
    upload.name = "list.xlsx"

    response = editor_client.post(UPLOAD, {"meeting": meeting.pk, "file": upload})

    assert response.status_code == 200
    assert response.context["form"].errors["file"] == ["The file is not an Excel workbook (.xlsx)."]


def test_a_delegate_cannot_upload_a_list(client, delegate, meeting):
    client.force_login(delegate)

    response = client.post(UPLOAD, {"meeting": meeting.pk, "file": csv_file([])})

    assert response.status_code == 302  # to the admin's sign-in: not staff
    assert Participant.objects.count() == 0


@pytest.fixture
def listed(meeting):
    job = imported(lists.ENGLISH)
    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    return meeting


def test_the_public_reads_delegations_and_counts_but_no_names_unless_published(client, listed):
    page = client.get(PAGE).content.decode()

    assert "Argentina" in page and "Office of the United Nations High Commissioner" in page
    assert "9 participants in 7 delegations" in page
    assert "Rafael Grossi" not in page and "Ambassador" not in page

    listed.publishes_participant_names = True
    listed.save()
    page = client.get(PAGE).content.decode()

    assert "H.E. Mr. Rafael Grossi, Ambassador, Permanent Representative" in page


def test_editors_read_the_names_even_when_they_are_not_published(editor_client, listed):
    page = editor_client.get(PAGE).content.decode()

    assert "Rafael Grossi" in page


def test_the_meeting_page_links_the_list_and_the_exports(client, listed):
    page = client.get("/en/meetings/CTOC/COP/WG.7/7/").content.decode()

    assert PAGE in page
    assert "/en/meetings/CTOC/COP/WG.7/7/attendance.xlsx" in page
    assert "/en/meetings/CTOC/COP/WG.7/7/participants.csv" in page


def test_the_api_gives_names_only_where_the_meeting_publishes_them(client, editor, listed):
    url = f"/api/v1/participants/?meeting={listed.pk}"

    anonymous = client.get(url).json()["results"]
    client.force_login(editor)
    editors = client.get(url).json()["results"]
    client.logout()

    assert len(anonymous) == len(editors) == 9
    assert {(row["entity"], row["name"]) for row in anonymous if row["entity"] == "IT"} == {
        ("IT", None)
    }
    assert (anonymous[0]["delegation"], anonymous[0]["title"]) == ("Argentina", None)
    assert (editors[0]["title"], editors[0]["name"]) == ("H.E. Mr.", "Rafael Grossi")

    listed.publishes_participant_names = True
    listed.save()

    assert client.get(url).json()["results"][0]["name"] == "Rafael Grossi"


def test_participants_of_an_unannounced_meeting_are_not_public(client, listed):
    listed.published = False
    listed.save()

    assert client.get(PAGE).status_code == 404
    assert client.get(f"/api/v1/participants/?meeting={listed.pk}").json()["results"] == []
    assert client.get("/en/meetings/CTOC/COP/WG.7/7/participants.csv").status_code == 404


def read_csv(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def read_xlsx(response) -> list[list]:
    workbook = load_workbook(io.BytesIO(response.content), read_only=True)
    return [list(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]


def test_the_participants_export_without_names_holds_delegations_and_counts(client, listed):
    rows = read_csv(client.get("/en/meetings/CTOC/COP/WG.7/7/participants.csv"))

    assert rows[0] == ["category", "code", "delegation", "participants"]
    assert rows[1:4] == [
        ["State party", "AR", "Argentina", "3"],
        ["State party", "IT", "Italy", "1"],
        ["State party", "MX", "Mexico", "1"],
    ]
    assert not any("Grossi" in cell for row in rows for cell in row)


def test_the_participants_export_holds_names_once_published(client, listed):
    listed.publishes_participant_names = True
    listed.save()

    rows = read_xlsx(client.get("/en/meetings/CTOC/COP/WG.7/7/participants.xlsx"))

    assert rows[0] == ["category", "code", "delegation", "title", "name", "function"]
    assert rows[1] == [
        "State party",
        "AR",
        "Argentina",
        "H.E. Mr.",
        "Rafael Grossi",
        "Ambassador, Permanent Representative",
    ]
    assert len(rows) == 10


def test_an_editor_exports_the_names_of_an_unpublished_list(editor_client, listed):
    rows = read_csv(editor_client.get("/en/meetings/CTOC/COP/WG.7/7/participants.csv"))

    assert rows[1][3:5] == ["H.E. Mr.", "Rafael Grossi"]


def test_a_name_that_reads_as_a_formula_is_exported_as_text(editor_client, listed):
    # A list is read from a text anyone may have written: "=HYPERLINK(...)" opened in a
    # spreadsheet must stay a name, not become a link that runs.
    formula = '=HYPERLINK("http://example.org","Grossi")'
    listed.participants.filter(name="Rafael Grossi").update(name=formula)

    csv_rows = read_csv(editor_client.get("/en/meetings/CTOC/COP/WG.7/7/participants.csv"))
    workbook = load_workbook(
        io.BytesIO(editor_client.get("/en/meetings/CTOC/COP/WG.7/7/participants.xlsx").content)
    )
    cell = workbook.worksheets[0]["E2"]

    assert csv_rows[1][4] == f"'{formula}"
    assert (cell.value, cell.data_type) == (formula, "s")


def test_the_attendance_export_lists_each_delegation_in_its_category(client, listed):
    csv_rows = read_csv(client.get("/en/meetings/CTOC/COP/WG.7/7/attendance.csv"))
    xlsx_rows = read_xlsx(client.get("/en/meetings/CTOC/COP/WG.7/7/attendance.xlsx?lang=zh"))

    assert csv_rows[0] == ["category", "code", "delegation"]
    assert ["signatory State", "JP", "Japan"] in csv_rows
    assert len(csv_rows) == 8
    assert ["signatory State", "JP", "日本"] in [list(row) for row in xlsx_rows]


def test_an_export_in_another_format_is_no_page(client, listed):
    assert client.get("/en/meetings/CTOC/COP/WG.7/7/participants.pdf").status_code == 404


def test_a_list_whose_meeting_the_portal_lacks_is_stored_as_a_document_with_a_warning(db):
    job = imported(lists.ENGLISH)

    assert job.status == ImportJob.Status.SUCCEEDED, job.log
    assert "participants-without-meeting" in [w["code"] for w in job.warnings]
    assert Participant.objects.count() == 0


def test_people_read_from_a_restricted_list_stay_off_the_public_page(client, meeting):
    restricted = DocumentFactory(
        symbol="CTOC/COP/WG.7/2020/R.1",
        type=Document.Type.LIST_OF_PARTICIPANTS,
        distribution=Document.Distribution.RESTRICTED,
        meeting=meeting,
    )
    Participant.objects.create(
        meeting=meeting,
        entity=Entity.objects.get(code="IT"),
        category="state_party",
        name="Giulia Rossi",
        source=restricted,
    )
    meeting.publishes_participant_names = True
    meeting.save()

    page = client.get(PAGE).content.decode()

    assert "Italy" not in page and "Giulia Rossi" not in page
    assert client.get(f"/api/v1/participants/?meeting={meeting.pk}").json()["results"] == []


def test_a_file_over_the_upload_limit_is_refused_before_it_is_read(
    editor_client, meeting, settings
):
    settings.MAX_UPLOAD_SIZE = 100
    upload = csv_file([["Giulia Rossi", "Ms.", "Head of delegation", "IT", "state_party"]] * 5)

    response = editor_client.post(UPLOAD, {"meeting": meeting.pk, "file": upload})

    assert "the limit is 100" in response.context["form"].errors["file"][0]
    assert Participant.objects.count() == 0
