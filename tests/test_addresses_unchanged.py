"""The addresses and the OpenAPI schema, compared with copies committed before the code moved.

Moving code between apps (issue 15) must not change what readers and API clients reach. The
copies in `tests/snapshots/` were written from the code as it stood before the move; a change
to an address or to the schema is made on purpose, by writing them again:

    WRITE_SNAPSHOTS=1 make test PYTEST_ARGS=tests/test_addresses_unchanged.py
"""

import difflib
import io
import json
import os
from pathlib import Path

from django.core.management import call_command
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import translation

SNAPSHOTS = Path(__file__).parent / "snapshots"


def addresses(patterns=None, prefix: str = "", namespace: str = "") -> list[str]:
    """Every route of the URLconf as `route  name`."""
    found = []
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            if route.startswith("admin/"):
                found.append(f"{route}  (the Django admin)")
                continue
            found.extend(addresses(pattern.url_patterns, route, inner))
        elif isinstance(pattern, URLPattern):
            found.append(f"{route}  {namespace}{pattern.name or ''}")
    return found


def schema() -> dict:
    out = io.StringIO()
    # In English, as the copy was written: a test before may leave another language active.
    with translation.override("en"):
        call_command("spectacular", "--format", "openapi-json", stdout=out)
    return json.loads(out.getvalue())


def compare(name: str, now: str) -> None:
    path = SNAPSHOTS / name
    if os.environ.get("WRITE_SNAPSHOTS"):
        path.write_text(now, encoding="utf-8")
    before = path.read_text(encoding="utf-8")
    changes = list(difflib.unified_diff(before.splitlines(), now.splitlines(), lineterm="", n=1))
    assert not changes, f"{name} changed (see the module docstring):\n" + "\n".join(changes[:40])


def test_every_address_is_where_it_was():
    # Sorted: which app's URLconf lists a route first may change, the routes may not. The pages'
    # language prefix is written as English's (`en/meetings/`), whatever a test before left.
    with translation.override("en"):
        found = addresses()
    compare("addresses.txt", "\n".join(sorted(found)) + "\n")


def test_the_openapi_schema_is_what_it_was():
    compare(
        "openapi.json", json.dumps(schema(), indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    )
