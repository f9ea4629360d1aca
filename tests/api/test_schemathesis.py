"""Schemathesis against the API's own OpenAPI schema, as the live server serves it.

Every operation under /api/v1/ gets generated requests, valid and invalid ones: the reads as
an anonymous reader and as an editor, the writes as an editor, with a token. Whatever is sent,
the API must never answer 5xx, and every answer must be one the schema documents: its status
code, its content type, its headers and its body. What the schema says needs credentials must
refuse a request without them.

The server holds a public paper with its meeting and body, an agenda item, a role, attendance,
a participant, a recommendation, a theme and a draft report section. Half the requests to a row
name one of these and half the write bodies refer to them, so rows are read, created, updated
and found stale (409), not only refused.

Schemathesis' own pytest loader for a schema known only at run time
(`schemathesis.pytest.from_fixture`) cannot run under pytest 9.2: schemathesis 4.32.5 renames
each operation's test through `Node._nodeid`, which pytest 9.2 no longer has. So each operation
is fuzzed with the strategy Schemathesis gives it (`APIOperation.as_strategy`, meant for `@given`)
in a subtest of its own; a failure names the operation and shows the request to replay.
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rest_framework.authtoken.models import Token
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.result import Err
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    ignored_auth,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.factories import (
    AgendaItemFactory,
    RecommendationFactory,
    ReportSectionFactory,
    ThemeFactory,
)

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    # The schema's security holds too: what it says needs credentials refuses a request without.
    ignored_auth,
]
# Per operation: enough to reach the odd values (huge ids, empty and non-ASCII strings, NULs,
# wrong types) while the module runs in well under a minute on two cores. Every request goes
# over the network, hence no deadline; no example database is written into the project.
EXAMPLES = settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
# The API proper. The schema also describes /api/schema/, drf-spectacular's view that serves it,
# which answers an unknown `?format=` with DRF's 404 in YAML, nothing the schema could promise.
API = "^/api/v1/"
# Uploads to import jobs are left out: each would be stored and queued as a text to import, and
# an editor may not import anyway; tests/documents/test_import_api.py covers them.
UPLOADS = "/api/v1/import-jobs/"


@pytest.fixture
def api_content(api_server, public_paper) -> dict:
    """Rows for every endpoint, as the path parameters and body fields that name them.

    `paths`: for each path with parameters, the parameters of rows that exist (a draft report
    section and an import job among them, which only editors see). `fields`: for each body
    field that refers to a row, a row that exists; `version` is the one every row starts at.
    """
    from documents.services import create_import_job
    from meetings.models import Attendance, Entity, MeetingRole, Participant, Person

    meeting = public_paper.meeting
    item = AgendaItemFactory(meeting=meeting, number=90)
    # A chair of the whole meeting, of no country: the nulls of a role.
    MeetingRole.objects.create(
        meeting=meeting, person=Person.objects.create(name="Amanda Ledwaba"), role="chair"
    )
    theme = ThemeFactory()
    theme.papers.add(public_paper)
    theme.key_topics.create(name_en="Financial investigations", name_zh="金融调查")
    recommendation = RecommendationFactory(meeting=meeting, agenda_item=item, report=public_paper)
    recommendation.themes.add(theme)
    italy = Entity.objects.get(code="IT")
    attendance = Attendance.objects.create(meeting=meeting, entity=italy, category="state_party")
    # Names unpublished: anonymous readers get the nulls of a participant.
    participant = Participant.objects.create(
        meeting=meeting, entity=italy, category="state_party", name="Giulia Rossi"
    )
    section = ReportSectionFactory(report__meeting=meeting)
    # Queued from the command line: no user, no document yet (public_paper's job has both).
    job = create_import_job(name="notes.txt", data=b"1. Text.", queue=False)
    language = public_paper.versions.first().language
    return {
        "paths": {
            "/api/v1/bodies/{symbol_prefix}/": [{"symbol_prefix": meeting.body.symbol_prefix}],
            "/api/v1/meetings/{id}/": [{"id": meeting.pk}],
            "/api/v1/agenda-items/{id}/": [{"id": item.pk}],
            "/api/v1/attendance/{id}/": [{"id": attendance.pk}],
            "/api/v1/participants/{id}/": [{"id": participant.pk}],
            "/api/v1/entities/{code}/": [{"code": italy.code}],
            "/api/v1/documents/{address}/": [{"address": public_paper.symbol}],
            "/api/v1/documents/{address}/versions/{language}/paragraphs/": [
                {"address": public_paper.symbol, "language": language}
            ],
            "/api/v1/documents/{address}/versions/{language}/footnotes/": [
                {"address": public_paper.symbol, "language": language}
            ],
            "/api/v1/report-sections/{id}/": [{"id": section.pk}],
            "/api/v1/recommendations/{id}/": [{"id": recommendation.pk}],
            "/api/v1/themes/{code}/": [{"code": theme.code}],
            "/api/v1/import-jobs/{id}/": [{"id": job.pk}],
        },
        "fields": {
            "meeting": meeting.pk,
            "body": meeting.body.symbol_prefix,
            "agenda_item": item.pk,
            "entity": "FR",
            "themes": [theme.code],
            "report": public_paper.symbol,
            "version": 1,
        },
    }


@pytest.fixture
def api_schema(api_server, api_content):
    """The schema the live server serves, loaded as a client would load it.

    Half the bodies generated for it have their references (`meeting`, `body`, `version` ...)
    set to rows that exist: random ones are all refused, and the writes would never succeed.
    """
    schema = schemathesis.openapi.from_url(f"{api_server}/api/schema/?format=json")

    @schema.hook
    def flatmap_body(context, body):
        if not isinstance(body, dict):
            return st.just(body)
        existing = {name: row for name, row in api_content["fields"].items() if name in body}
        return st.sampled_from([body, {**body, **existing}])

    return schema


@pytest.fixture
def editor_token(editor) -> str:
    return Token.objects.get_or_create(user=editor)[0].key


def operations(schema) -> list:
    """The schema's operations; one that Schemathesis cannot read fails the test with its error."""
    found = []
    for result in schema.get_all_operations():
        if isinstance(result, Err):
            raise result.err()
        found.append(result.ok())
    return found


def fuzz(operation, existing: list[dict], headers: dict | None) -> None:
    """Send the operation's generated requests, valid and invalid, and check every answer.

    With `existing` path parameters, half the requests name one of those rows instead.
    """
    modes = (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
    generated = [operation.as_strategy(generation_mode=mode) for mode in modes]
    named = [
        operation.as_strategy(generation_mode=mode, path_parameters=parameters)
        for parameters in existing
        for mode in modes
    ]
    strategy = st.one_of(st.one_of(generated), st.one_of(named)) if named else st.one_of(generated)

    @EXAMPLES
    @given(case=strategy)
    def run(case) -> None:
        case.call_and_validate(headers=headers, checks=CHECKS)

    run()


def fuzz_each(schema, api_content: dict, subtests, headers: dict | None = None) -> None:
    """Fuzz every operation of `schema`, each in a subtest named after it."""
    for operation in operations(schema):
        with subtests.test(operation.label):
            fuzz(operation, api_content["paths"].get(operation.path, []), headers)


def test_every_read_gets_an_answer_the_schema_documents(api_schema, api_content, subtests):
    fuzz_each(api_schema.include(method="GET", path_regex=API), api_content, subtests)


def test_every_read_by_an_editor_gets_an_answer_the_schema_documents(
    api_schema, api_content, editor_token, subtests
):
    """Editors read what the public never sees too: a draft report section, import jobs."""
    reads = api_schema.include(method="GET", path_regex=API)
    fuzz_each(reads, api_content, subtests, {"Authorization": f"Token {editor_token}"})


def test_every_write_by_an_editor_gets_an_answer_the_schema_documents(
    api_schema, api_content, editor_token, subtests
):
    writes = api_schema.include(method=["POST", "PUT", "PATCH"], path_regex=API)
    fuzz_each(
        writes.exclude(path=UPLOADS),
        api_content,
        subtests,
        {"Authorization": f"Token {editor_token}"},
    )
