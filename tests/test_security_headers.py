"""Every answer tells the browser what it may load and use, the API's and the 404s included."""

import re

import pytest

pytestmark = pytest.mark.django_db

# A script element without a src: its code is inline, whatever its other attributes.
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>")


@pytest.mark.parametrize(
    "url", ["/en/", "/en/meetings/", "/api/v1/bodies/", "/no-such-page/", "/admin/login/"]
)
def test_every_answer_carries_the_policy_and_refuses_camera_microphone_and_location(client, url):
    response = client.get(url)

    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "object-src 'none'" in policy and "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy
    features = response["Permissions-Policy"]
    assert {"camera=()", "microphone=()", "geolocation=()"} <= set(features.split(", "))


def test_only_redoc_may_style_inline_and_no_page_may_run_inline_script(client):
    redoc = client.get("/api/redoc/")
    swagger = client.get("/api/docs/")

    assert "style-src 'self' 'unsafe-inline'" in redoc["Content-Security-Policy"]
    assert "script-src" not in redoc["Content-Security-Policy"]  # default-src 'self' holds
    assert "unsafe-inline" not in swagger["Content-Security-Policy"]
    assert not INLINE_SCRIPT.search(swagger.content.decode())
    assert not INLINE_SCRIPT.search(redoc.content.decode())
