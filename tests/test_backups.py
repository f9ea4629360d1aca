"""A backup restores the whole record: on the real PostgreSQL into a database made for the test,
and on the embedded SQLite through `manage.py` in a process without DATABASE_URL.

The record is built as the secretariat builds it: seeds 002, 004 and 000 imported (their files
in the storage), the seventh meeting's draft edited until no open item remains and adopted, the
fourth meeting's report edited, adopted and published. After the restore every table holds the
same rows, column by column, history and permissions included, and every file the same bytes.
"""

import io
import json
import os
import re
import sqlite3
import subprocess
import sys
import tarfile
import uuid
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection

from tests.conftest import SEEDS, database_url
from tests.reports.test_report_import import FOURTH, SEVENTH

ROOT = Path(__file__).resolve().parents[1]
PAPER = "002_34c4a39df3e2a875.txt"
# An open item as the drafts print it: `[8 日和 9 日]`, `[……]`, full-width brackets too.
OPEN_ITEM = re.compile(r"[\[［]([^\[\]［］]*)[\]］]")


def build_record(seeds: Path = SEEDS) -> None:
    """The record a backup must keep: imports, edits with their history, adoption, publication.

    Run in the test's process on PostgreSQL and through `manage.py shell` on SQLite.
    """
    from django.contrib.auth.models import Group, User
    from rest_framework.authtoken.models import Token

    from documents.models import ImportJob
    from documents.services import create_import_job, run_import_job
    from reports.models import DraftReport
    from reports.services.sections import save_report_section
    from reports.services.workflow import move_report

    for name in (PAPER, FOURTH, SEVENTH):
        job = run_import_job(
            job=create_import_job(name=name, data=(seeds / name).read_bytes(), queue=False)
        )
        assert job.status == ImportJob.Status.SUCCEEDED, job.log
    editor = User.objects.create_user("backup-editor", password="x", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    Token.objects.create(user=editor)

    seventh = DraftReport.objects.get(meeting__ordinal=7)
    for section in seventh.sections.filter(open_items__isnull=False).distinct():
        settled = OPEN_ITEM.sub(lambda item: item.group(1).strip("…. _") or "两", section.text)
        save_report_section(
            section=section, text=settled, expected_version=section.version, user=editor
        )
    for step in ("under_review", "adopted"):
        move_report(report=seventh, to=step, user=editor)

    fourth = DraftReport.objects.get(meeting__ordinal=4)
    section = fourth.sections.get(language="zh", key="organization-documentation")
    save_report_section(
        section=section,
        text=section.text + "\n(e) 秘书处的说明（CTOC/COP/WG.7/2017/5）。",
        expected_version=section.version,
        user=editor,
    )
    for step in ("under_review", "adopted"):
        move_report(report=fourth, to=step, user=editor)
    move_report(
        report=fourth,
        to="published",
        user=editor,
        note="issued as General",
        symbol="CTOC/COP/WG.7/2017/5",
    )


def manage(*arguments: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def files_under(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def rewritten(archive: Path, target: Path, change) -> Path:
    """A copy of the archive with `change(name, data)` applied to each member's bytes."""
    with tarfile.open(archive) as source, tarfile.open(target, "w:gz") as copy:
        for member in source.getmembers():
            data = change(member.name, source.extractfile(member).read())
            member.size = len(data)
            copy.addfile(member, io.BytesIO(data))
    return target


# PostgreSQL -----------------------------------------------------------------------------------


def params(database: str) -> dict:
    return {
        **{
            key: value
            for key, value in connection.get_connection_params().items()
            if key not in ("cursor_factory", "context")
        },
        "dbname": database,
    }


def tables_of(database: str) -> dict[str, list[tuple]]:
    """Every row of every table, ordered by primary key: what a restore must bring back."""
    with psycopg.connect(**params(database)) as reader, reader.cursor() as cursor:
        names = [
            name
            for (name,) in cursor.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"
            )
        ]
        rows = {}
        for name in names:
            rows[name] = cursor.execute(f'SELECT * FROM "{name}" ORDER BY 1').fetchall()
        return rows


def query(database: str, sql: str) -> list[tuple]:
    with psycopg.connect(**params(database)) as reader:
        return reader.execute(sql).fetchall()


def execute(database: str, sql: str) -> None:
    with psycopg.connect(**params(database)) as writer:
        writer.execute(sql)


@pytest.fixture
def committed_db(transactional_db, django_db_serialized_rollback):
    """Rows committed (pg_dump reads only what other sessions see), on the migrations' rows."""


@pytest.fixture
def record(committed_db, seeds):
    """The record, committed."""
    build_record(seeds)
    connection.close()
    return settings.DATABASES["default"]["NAME"]


@pytest.fixture
def small_record(committed_db, seeds):
    """One imported paper on what the migrations wrote: enough for the refusals."""
    from documents.services import create_import_job, run_import_job

    run_import_job(
        job=create_import_job(name=PAPER, data=(seeds / PAPER).read_bytes(), queue=False)
    )
    connection.close()
    return settings.DATABASES["default"]["NAME"]


@pytest.fixture
def fresh_database():
    """An empty database, made as an operator makes one for a restore, dropped afterwards."""
    name = f"{settings.DATABASES['default']['NAME']}_restored_{uuid.uuid4().hex[:8]}"
    admin = {**params("postgres"), "autocommit": True}
    with psycopg.connect(**admin) as server:
        server.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
    try:
        yield name
    finally:
        with psycopg.connect(**admin) as server:
            server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def portal_on(database: str, media: Path) -> dict[str, str]:
    """The environment of a portal process on `database`, with its own file storage."""
    return {
        **os.environ,
        "DATABASE_URL": database_url(database),
        "REDIS_URL": settings.REDIS_URL,
        "MEDIA_ROOT": str(media),
    }


def backed_up(tmp_path: Path) -> Path:
    path = tmp_path / "backups" / "wgportal.tar.gz"
    call_command("backup", str(path), stdout=io.StringIO())
    return path


@pytest.fixture
def archive(record, tmp_path) -> Path:
    return backed_up(tmp_path)


@pytest.fixture
def small_archive(small_record, tmp_path) -> Path:
    return backed_up(tmp_path)


HISTORY = (
    "SELECT h.version, h.history_type, u.username, right(h.text, 25) "
    "FROM reports_historicalreportsection h "
    "JOIN reports_draftreport r ON r.id = h.report_id "
    "JOIN meetings_meeting m ON m.id = r.meeting_id "
    "LEFT JOIN auth_user u ON u.id = h.updated_by_id "
    "WHERE m.ordinal = 4 AND h.key = 'organization-documentation' AND h.language = 'zh' "
    "ORDER BY h.history_id"
)
ROLES = (
    "SELECT g.name, ct.app_label, p.codename FROM auth_group g "
    "JOIN auth_group_permissions gp ON gp.group_id = g.id "
    "JOIN auth_permission p ON p.id = gp.permission_id "
    "JOIN django_content_type ct ON ct.id = p.content_type_id ORDER BY 1, 2, 3"
)
REPORTS = (
    "SELECT m.ordinal, r.status, d.symbol, d.distribution, d.published, g.symbol "
    "FROM reports_draftreport r JOIN meetings_meeting m ON m.id = r.meeting_id "
    "JOIN documents_document d ON d.id = r.document_id "
    "LEFT JOIN documents_document g ON g.replaces_id = d.id ORDER BY m.ordinal"
)
TOKENS = "SELECT u.username, t.key FROM authtoken_token t JOIN auth_user u ON u.id = t.user_id"


def test_a_backup_restored_into_a_fresh_database_holds_every_row_history_permission_and_file(
    record, archive, fresh_database, tmp_path, media_root
):
    restored_media = tmp_path / "restored-media"

    done = manage("restore", str(archive), env=portal_on(fresh_database, restored_media))

    assert done.returncode == 0, done.stderr
    files = files_under(media_root)
    assert f"each table's count as backed up; {len(files)} files, {len(files)} written" in (
        done.stdout
    )
    before, after = tables_of(record), tables_of(fresh_database)
    assert list(after) == list(before)
    for table, rows in before.items():
        assert after[table] == rows, f"{table} differs after the restore"
    assert files_under(restored_media) == files
    assert len(files) >= 3  # each import job's file at least
    # What the secretariat would look for first, read back from the restored database:
    history = query(fresh_database, HISTORY)
    assert history == query(record, HISTORY)
    assert history[-1][1:] == ("~", "backup-editor", "说明（CTOC/COP/WG.7/2017/5）。")
    assert query(fresh_database, ROLES) == query(record, ROLES)
    assert ("Editors", "reports", "change_reportsection") in query(fresh_database, ROLES)
    assert query(fresh_database, REPORTS) == [
        # The draft stays Limited; the report is reissued under its General symbol.
        (4, "published", None, "limited", False, "CTOC/COP/WG.7/2017/5"),
        (7, "adopted", None, "limited", False, None),
    ]
    assert query(fresh_database, TOKENS) == query(record, TOKENS) != []


def test_the_restored_portal_is_migrated_and_imports_again_without_clashing_ids(
    small_archive, fresh_database, tmp_path
):
    env = portal_on(fresh_database, tmp_path / "restored-media")
    assert manage("restore", str(small_archive), env=env).returncode == 0
    paper = tmp_path / "paper.txt"
    paper.write_text(
        "CTOC/COP/WG.7/2031/9\n偷运移民问题工作组\n2031 年 6 月 3 日和 4 日，维也纳\n"
        "秘书处编写的背景文件\n一. 导言\n1. 本段讨论缔约国在打击偷运移民方面的执法合作。\n"
    )

    assert manage("migrate", "--check", env=env).returncode == 0
    imported = manage("import_texts", "--here", str(paper), env=env)

    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert "CTOC/COP/WG.7/2031/9" in imported.stdout
    assert query(fresh_database, "SELECT count(*) FROM documents_importjob") == [(2,)]


def test_a_database_that_holds_tables_is_refused_unless_forced(
    small_record, small_archive, fresh_database, tmp_path
):
    rows = query(small_record, "SELECT count(*) FROM documents_paragraph")

    with pytest.raises(CommandError, match=r"already holds \d+ tables"):
        call_command("restore", str(small_archive), stdout=io.StringIO())

    assert query(small_record, "SELECT count(*) FROM documents_paragraph") == rows
    env = portal_on(fresh_database, tmp_path / "restored-media")
    assert manage("restore", str(small_archive), env=env).returncode == 0
    execute(fresh_database, "UPDATE documents_languageversion SET title = 'changed'")
    again = manage("restore", str(small_archive), env=env)
    assert again.returncode != 0 and "pass --force" in again.stderr
    assert query(fresh_database, "SELECT DISTINCT title FROM documents_languageversion") == [
        ("changed",)
    ]
    forced = manage("restore", "--force", str(small_archive), env=env)
    assert forced.returncode == 0, forced.stderr
    assert tables_of(fresh_database) == tables_of(small_record)


def test_a_damaged_tampered_or_newer_archive_is_refused_before_anything_is_written(
    small_record, small_archive, tmp_path
):
    truncated = tmp_path / "truncated.tar.gz"
    truncated.write_bytes(small_archive.read_bytes()[: small_archive.stat().st_size // 2])
    tampered = rewritten(
        small_archive,
        tmp_path / "tampered.tar.gz",
        lambda name, data: (
            data.replace("偷运移民".encode(), "偷运人口".encode())
            if name.startswith("media/")
            else data
        ),
    )
    latest = b'"0011_languageversion_fingerprint"'
    newer = rewritten(
        small_archive,
        tmp_path / "newer.tar.gz",
        lambda name, data: (
            data.replace(latest, latest + b', "9999_future"') if name == "manifest.json" else data
        ),
    )
    before = tables_of(small_record)

    refusals = {}
    for path in (truncated, tampered, newer, tmp_path / "absent.tar.gz"):
        # Into the test's own database, which holds tables: the archive is refused first.
        with pytest.raises(CommandError) as refused:
            call_command("restore", "--force", str(path), stdout=io.StringIO())
        refusals[path.name] = str(refused.value)

    assert "is not a readable backup archive" in refusals["truncated.tar.gz"]
    assert "its checksum differs" in refusals["tampered.tar.gz"]
    assert "newer portal" in refusals["newer.tar.gz"]
    assert "documents.9999_future" in refusals["newer.tar.gz"]
    assert "There is no backup archive" in refusals["absent.tar.gz"]
    assert tables_of(small_record) == before


def test_a_backup_names_the_files_rows_point_at_that_the_storage_lost(
    small_record, media_root, tmp_path
):
    from documents.models import ImportJob

    lost = ImportJob.objects.get().file.name
    (media_root / lost).unlink()
    warnings = io.StringIO()

    call_command("backup", str(tmp_path / "b.tar.gz"), stdout=io.StringIO(), stderr=warnings)

    assert f"a row names {lost}, which the storage does not hold" in warnings.getvalue()
    with tarfile.open(tmp_path / "b.tar.gz") as archive:
        manifest = json.load(archive.extractfile("manifest.json"))
    assert manifest["missing_files"] == [lost]
    assert f"media/{lost}" not in {file["name"] for file in manifest["files"]}


def test_a_restore_whose_rows_disagree_with_the_manifest_rolls_back_and_leaves_the_database_empty(
    small_archive, fresh_database, tmp_path
):
    miscounted = rewritten(
        small_archive,
        tmp_path / "miscounted.tar.gz",
        lambda name, data: (
            data.replace(b'"documents_paragraph": ', b'"documents_paragraph": 1')
            if name == "manifest.json"
            else data
        ),
    )
    media = tmp_path / "restored-media"

    refused = manage("restore", str(miscounted), env=portal_on(fresh_database, media))

    assert refused.returncode != 0
    assert "rolled back" in refused.stderr and "documents_paragraph" in refused.stderr
    tables = "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
    assert query(fresh_database, tables) == [(0,)]
    assert not media.exists()


# SQLite, the embedded mode ---------------------------------------------------------------------


def embedded(folder: Path) -> dict[str, str]:
    """A portal process in the embedded mode: no DATABASE_URL, no Redis, an SQLite file."""
    env = {
        key: value for key, value in os.environ.items() if key not in ("DATABASE_URL", "REDIS_URL")
    }
    return {**env, "SQLITE_PATH": str(folder / "db.sqlite3"), "MEDIA_ROOT": str(folder / "media")}


def sqlite_tables(path: Path) -> dict[str, list[tuple]]:
    database = sqlite3.connect(path)
    try:
        names = [
            name
            for (name,) in database.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {
            name: database.execute(f'SELECT * FROM "{name}" ORDER BY 1').fetchall()
            for name in names
        }
    finally:
        database.close()


def test_the_embedded_sqlite_portal_backs_up_and_restores_the_whole_record(seeds, tmp_path):
    source, target = embedded(tmp_path / "source"), embedded(tmp_path / "target")
    (tmp_path / "source").mkdir()
    (tmp_path / "target").mkdir()
    archive = tmp_path / "embedded.tar.gz"
    assert manage("migrate", "-v0", env=source).returncode == 0
    built = manage(
        "shell",
        "-c",
        f"from tests.test_backups import build_record; from pathlib import Path; "
        f"build_record(Path({str(seeds)!r}))",
        env=source,
    )
    assert built.returncode == 0, built.stderr

    backed_up = manage("backup", str(archive), env=source)
    restored = manage("restore", str(archive), env=target)

    assert backed_up.returncode == 0, backed_up.stderr
    assert "of the sqlite database and" in backed_up.stdout
    assert restored.returncode == 0, restored.stderr
    before = sqlite_tables(Path(source["SQLITE_PATH"]))
    after = sqlite_tables(Path(target["SQLITE_PATH"]))
    assert after == before
    reports = sqlite3.connect(target["SQLITE_PATH"])
    assert reports.execute("SELECT status FROM reports_draftreport ORDER BY 1").fetchall() == [
        ("adopted",),
        ("published",),
    ]
    reports.close()
    assert files_under(Path(target["MEDIA_ROOT"])) == files_under(Path(source["MEDIA_ROOT"]))
    assert manage("migrate", "--check", env=target).returncode == 0
    again = manage("restore", str(archive), env=target)
    assert again.returncode != 0 and "already holds" in again.stderr


def test_an_embedded_backup_older_than_the_code_is_restored_then_migrated(tmp_path):
    source, target = embedded(tmp_path / "source"), embedded(tmp_path / "target")
    (tmp_path / "source").mkdir()
    (tmp_path / "target").mkdir()
    archive = tmp_path / "older.tar.gz"
    assert manage("migrate", "-v0", env=source).returncode == 0
    assert manage("migrate", "-v0", "documents", "0010_paragraph_part", env=source).returncode == 0
    upload = Path(source["MEDIA_ROOT"]) / "imports" / "2020" / "09" / "paper.txt"
    upload.parent.mkdir(parents=True)
    upload.write_text("CTOC/COP/WG.7/2020/2\n偷运移民问题工作组\n")
    assert manage("backup", str(archive), env=source).returncode == 0
    clash = Path(target["MEDIA_ROOT"]) / "imports" / "2020" / "09" / "paper.txt"
    clash.parent.mkdir(parents=True)
    clash.write_text("another text under the same name")

    refused = manage("restore", str(archive), env=target)
    clash.unlink()
    restored = manage("restore", str(archive), env=target)

    assert refused.returncode != 0 and "imports/2020/09/paper.txt" in refused.stderr
    assert restored.returncode == 0, restored.stderr
    assert "Migrated to this code: documents.0011_languageversion_fingerprint" in restored.stdout
    assert manage("migrate", "--check", env=target).returncode == 0
    assert clash.read_text() == "CTOC/COP/WG.7/2020/2\n偷运移民问题工作组\n"
