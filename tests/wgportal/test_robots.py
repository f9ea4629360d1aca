"""robots.txt keeps crawlers to what the public may see, and names the sitemap."""

import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db


def test_robots_keeps_crawlers_out_of_the_secretariats_pages_and_names_the_sitemap(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    # The editors' pages, the token page and the switch are under each language's prefix.
    assert [line for line in lines if line.startswith("Disallow:")] == [
        "Disallow: /admin/",
        "Disallow: /api/",
        *(
            f"Disallow: /{language}/{section}/"
            for language in ("ar", "zh-hans", "en", "fr", "ru", "es")
            for section in ("language", "reports", "account")
        ),
    ]
    assert not [line for line in lines if line.startswith("Allow:")]
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_robots_disallows_what_an_editor_reads_at_the_address_it_has_in_each_language(client):
    lines = client.get("/robots.txt").content.decode().splitlines()
    disallowed = [line.removeprefix("Disallow: ") for line in lines if line.startswith("Disallow:")]

    for language in ("en", "ar", "zh-hans"):
        with translation.override(language):
            editors = [reverse("report-list"), reverse("api-token"), reverse("switch-language")]
        for address in editors:
            assert any(address.startswith(path) for path in disallowed), address
