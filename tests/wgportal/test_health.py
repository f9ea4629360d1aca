"""/readyz asks the database, the cache, the broker and the storage, and names what is down."""

import pytest

pytestmark = pytest.mark.django_db


def test_it_is_ready_when_every_part_answers(client):
    response = client.get("/readyz")

    assert response.status_code == 200
    body = response.json()
    assert body["ready"] is True and body["down"] == []
    assert set(body["checks"]) == {"database", "cache", "broker", "storage"}
    assert all(check["ok"] for check in body["checks"].values())
    assert "no-cache" in response["Cache-Control"]


def test_it_names_the_broker_when_the_broker_is_down(client, spare_redis, broker_at):
    broker_at(spare_redis.url())
    spare_redis.stop()

    response = client.get("/readyz")

    assert response.status_code == 503
    assert response.json()["down"] == ["broker"]
    assert response.json()["checks"]["broker"]["ms"] < 3000


def test_it_names_the_storage_when_files_cannot_be_written(client, settings, tmp_path):
    (tmp_path / "not-a-folder").write_text("a file where the media folder should be")
    settings.MEDIA_ROOT = tmp_path / "not-a-folder"

    response = client.get("/readyz")

    assert response.status_code == 503
    assert response.json()["down"] == ["storage"]


def test_it_writes_nothing_to_the_storage(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    (tmp_path / "media").mkdir()

    assert client.get("/readyz").status_code == 200
    assert list((tmp_path / "media").iterdir()) == []
