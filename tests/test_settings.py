"""The settings read the environment: embedded mode by default, servers when configured."""

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import database_url

ROOT = Path(__file__).resolve().parents[1]
VARIABLES = (
    "DATABASE_URL",
    "REDIS_URL",
    "CELERY_BROKER_URL",
    "DEBUG",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "CELERY_TASK_ALWAYS_EAGER",
    "STATICFILES_BACKEND",
)
PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": "k7#Qv9!m2Lx$Wp4@Zr8^Tn6&Yb3*Hd5(Jc1)Fg0-Se7+Ua2=Ri9?Oe4",
    "ALLOWED_HOSTS": "wgportal.example.org",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/wgportal",
    "REDIS_URL": "redis://127.0.0.1:6379/15",
}


def manage(*args: str, **environment: str) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key not in VARIABLES}
    env.update(environment)
    env["DJANGO_SETTINGS_MODULE"] = "wgportal.settings"
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def settings_seen(**environment: str) -> dict:
    script = (
        "import json; from django.conf import settings as s; print(json.dumps({"
        "'engine': s.DATABASES['default']['ENGINE'], 'eager': s.CELERY_TASK_ALWAYS_EAGER, "
        "'broker': s.CELERY_BROKER_URL, 'cache': s.CACHES['default']['BACKEND'], "
        "'debug': s.DEBUG}))"
    )
    result = manage("shell", "-c", script, **environment)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_with_nothing_set_the_portal_runs_embedded_on_sqlite_with_in_process_tasks():
    seen = settings_seen()
    assert seen["engine"] == "django.db.backends.sqlite3"
    assert seen["eager"] is True
    assert seen["cache"].endswith("LocMemCache")


def test_with_servers_configured_it_uses_postgresql_and_a_redis_broker():
    seen = settings_seen(**PRODUCTION)
    assert seen["engine"] == "django.db.backends.postgresql"
    assert seen["eager"] is False
    assert seen["broker"] == "redis://127.0.0.1:6379/15"
    assert seen["cache"].endswith("RedisCache")
    assert seen["debug"] is False


def test_deploy_check_reports_nothing_with_production_values(
    transactional_db, django_db_serialized_rollback, settings
):
    # The test database: the deploy checks read the accounts (none has the demo password here).
    production = {**PRODUCTION, "DATABASE_URL": database_url()}
    result = manage("check", "--deploy", "--fail-level", "WARNING", **production)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_deploy_check_fails_while_an_account_still_has_the_demo_password(
    transactional_db, django_db_serialized_rollback, settings
):
    from django.contrib.auth.hashers import PBKDF2PasswordHasher

    from tests.factories import UserFactory
    from wgportal.demo import DEMO_PASSWORD

    # Hashed as production hashes it: the suite's own hasher (MD5) is not one production reads.
    user = UserFactory(username="editor")
    user.password = PBKDF2PasswordHasher().encode(DEMO_PASSWORD, "demo-salt")
    user.save()
    production = {**PRODUCTION, "DATABASE_URL": database_url()}
    result = manage("check", "--deploy", "--fail-level", "WARNING", **production)
    assert result.returncode != 0
    assert "(wgportal.W001) These active accounts still have the demo password: editor." in (
        result.stdout + result.stderr
    )


def test_it_refuses_to_start_without_a_secret_key_when_debug_is_off():
    environment = {key: value for key, value in PRODUCTION.items() if key != "SECRET_KEY"}
    result = manage("check", **environment)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_the_suite_refuses_to_run_on_sqlite_instead_of_passing_there():
    env = {key: value for key, value in os.environ.items() if key not in VARIABLES}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "tests/test_celery.py"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 3
    assert "needs PostgreSQL" in result.stdout + result.stderr


def test_the_embedded_mode_migrates_loads_the_demo_and_serves_its_pages(tmp_path):
    # The first README command on a fresh machine: every migration must run on SQLite too.
    database = {"DATABASE_URL": f"sqlite:///{tmp_path / 'embedded.sqlite3'}"}
    for command in (("migrate", "--noinput", "-v0"), ("load_demo",)):
        result = manage(*command, **database)
        assert result.returncode == 0, result.stdout + result.stderr
    script = (
        "from django.test import Client; c = Client(HTTP_HOST='localhost'); "
        "print([c.get(u).status_code for u in ('/en/', '/en/meetings/', '/en/search/?q=smuggling', "
        "'/en/search/?q=偷运移民', '/en/recommendations/')])"
    )
    result = manage("shell", "-c", script, **database)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[200, 200, 200, 200, 200]"
