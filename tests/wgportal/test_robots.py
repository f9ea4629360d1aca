"""robots.txt keeps crawlers to what the public may see, and names the sitemap."""

import pytest

pytestmark = pytest.mark.django_db


def test_robots_keeps_crawlers_out_of_the_secretariats_pages_and_names_the_sitemap(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert [line for line in lines if line.startswith("Disallow:")] == [
        "Disallow: /admin/",
        "Disallow: /api/",
        "Disallow: /language/",
        "Disallow: /editor/",
        "Disallow: /reports/",
        "Disallow: /account/",
    ]
    assert not [line for line in lines if line.startswith("Allow:")]
    assert "Sitemap: http://testserver/sitemap.xml" in lines
