"""Moving draft reports from documents to their own app loses no row (documents.0019 and
reports.0001): on a database holding the four seeds imported and a report an editor edited,
migrating back to before the move and forwards again keeps every row of the reports' tables,
their history, the groups' permissions and the admin's log, under the same ids."""

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from reports.models import ReportSection
from reports.services.sections import save_report_section
from tests.factories import UserFactory
from tests.reports.test_report_import import imported

BEFORE_THE_MOVE = [("documents", "0018_editors_upload_import_jobs")]
MOVED = [
    "draftreport",
    "historicaldraftreport",
    "reportsection",
    "historicalreportsection",
    "sectionproposal",
    "openitem",
    "reportevent",
]


def rows_of(app_label: str) -> dict[str, tuple[list[str], list[tuple]]]:
    """Every row of the moved tables, as the database holds them under `app_label`'s names."""
    tables = {}
    with connection.cursor() as cursor:
        for model in MOVED:
            table = f"{app_label}_{model}"
            key = connection.introspection.get_primary_key_column(cursor, table)
            cursor.execute(f'SELECT * FROM "{table}" ORDER BY "{key}"')
            tables[model] = ([column.name for column in cursor.description], cursor.fetchall())
    return tables


def grants() -> list[tuple]:
    """The groups' permissions on the moved models: group, permission id, codename, content type."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT g.name, p.id, p.codename, ct.id, ct.app_label, ct.model"
            " FROM auth_group_permissions gp"
            " JOIN auth_group g ON g.id = gp.group_id"
            " JOIN auth_permission p ON p.id = gp.permission_id"
            " JOIN django_content_type ct ON ct.id = p.content_type_id"
            " WHERE ct.model = ANY(%s) ORDER BY g.name, p.id",
            [MOVED],
        )
        return cursor.fetchall()


def log_entries() -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, content_type_id, object_id FROM django_admin_log ORDER BY id")
        return cursor.fetchall()


def migrate(targets: list[tuple[str, str]] | None = None) -> None:
    executor = MigrationExecutor(connection)
    executor.migrate(targets or executor.loader.graph.leaf_nodes())
    # The process's own cache still names the content types as they were before.
    ContentType.objects.clear_cache()


def in_app(rows: list[tuple], app_label: str) -> list[tuple]:
    return [(*row[:4], app_label, row[5]) for row in rows]


@pytest.mark.django_db(transaction=True)
def test_moving_draft_reports_back_and_forth_keeps_every_row_and_every_grant(seeds):
    for name in sorted(path.name for path in seeds.glob("*.txt")):
        imported(seeds, name)
    editor = UserFactory(username="editor-persona", groups=["Editors"], is_staff=True)
    section = ReportSection.objects.filter(key="organization-opening").order_by("pk").first()
    edited = save_report_section(
        section=section,
        text=section.text + "\n99. 工作组主席宣布会议开幕。",
        expected_version=section.version,
        user=editor,
    )
    reviewers = Group.objects.create(name="Report reviewers")
    reviewers.permissions.add(
        Permission.objects.get(content_type__app_label="reports", codename="view_sectionproposal")
    )
    LogEntry.objects.create(
        user=editor,
        content_type=ContentType.objects.get_for_model(ReportSection),
        object_id=str(edited.pk),
        object_repr=str(edited),
        action_flag=CHANGE,
        change_message="[]",
    )
    rows, granted, logged = rows_of("reports"), grants(), log_entries()
    assert edited.history.count() == 2
    assert {row[0] for row in granted} == {"Editors", "Report reviewers"}
    assert {row[4] for row in granted} == {"reports"}

    try:
        migrate(BEFORE_THE_MOVE)
        assert rows_of("documents") == rows
        assert grants() == in_app(granted, "documents")
        assert log_entries() == logged
    finally:
        migrate()

    assert rows_of("reports") == rows
    assert grants() == granted
    assert log_entries() == logged
    again = ReportSection.objects.get(pk=edited.pk)
    assert (again.text, again.version) == (edited.text, edited.version)
    assert LogEntry.objects.get().get_edited_object() == again
    # The editors keep their rights, and their next save is a new version with its history row.
    assert UserFactory._meta.model.objects.get(pk=editor.pk).has_perm(
        "reports.change_reportsection"
    )
    saved = save_report_section(
        section=again, text=again.text + "\n100. 再一段。", expected_version=again.version
    )
    assert (saved.version, saved.history.count()) == (edited.version + 1, 3)
