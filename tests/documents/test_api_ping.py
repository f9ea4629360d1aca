"""The API's trivial view: the yardstick manage.py bench_api measures the others against."""

from rest_framework.test import APIClient

PING = "/api/v1/ping/"


def test_it_answers_ok_without_touching_the_database(db, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = APIClient().get(PING)
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_it_reads_no_session_of_a_signed_in_reader(delegate, django_assert_num_queries):
    client = APIClient()
    client.force_login(delegate)
    with django_assert_num_queries(0):
        response = client.get(PING)
    assert response.json() == {"status": "ok"}
