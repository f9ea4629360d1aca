"""The Celery app takes its broker from the settings: Redis in tests and production."""

from django.conf import settings

from wgportal.celery import app


def test_under_test_tasks_go_through_the_real_redis_broker_not_in_process():
    assert app.conf.broker_url == settings.REDIS_URL
    assert app.conf.task_always_eager is False
    with app.connection_for_write() as connection:
        connection.ensure_connection(max_retries=1)
        assert connection.connected
