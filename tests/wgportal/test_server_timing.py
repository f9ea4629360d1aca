"""Every response says how long the server spent on it; /healthz answers without the database."""

import re

import pytest


def test_the_health_check_answers_ok_without_a_query(client):
    # No django_db mark: a query would fail the test ("Database access not allowed").
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"


def test_it_reports_server_time_on_the_health_check(client):
    response = client.get("/healthz")
    assert re.fullmatch(r"app;dur=\d+\.\d", response["Server-Timing"])


@pytest.mark.django_db
def test_it_reports_server_time_on_a_page_and_a_not_found(client):
    assert re.fullmatch(r"app;dur=\d+\.\d", client.get("/en/meetings/")["Server-Timing"])
    missing = client.get("/en/meetings/NO/SUCH/1/")
    assert missing.status_code == 404
    assert missing["Server-Timing"].startswith("app;dur=")
