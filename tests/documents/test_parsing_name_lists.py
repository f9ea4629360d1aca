"""A printed name and its short form in brackets read alike by the parser and the entity index.

Parsers import no app, so the parser reads short forms itself; meetings, below documents, keeps
its own reading for the entity index. The two must agree on every printed name.
"""

import pytest

from documents.parsing.name_lists import has_short_form, without_short_form
from meetings.collation import split_short_form

PRINTED = [
    "国际移民组织（移民组织）",
    "欧洲安全与合作组织（欧安组织）",
    "European Union Agency for Criminal Justice Cooperation (Eurojust)",
    "Organization for Security and Co-operation in Europe(OSCE)",
    "联合国儿童基金会（儿基会，纽约）",
    "Italy",
    "博纳尔，圣俄斯塔休斯和萨巴",
    "(OSCE)",
]


@pytest.mark.parametrize("name", PRINTED)
def test_the_parser_and_the_entity_index_read_a_short_form_alike(name: str) -> None:
    parts = split_short_form(name)

    assert has_short_form(name) == (parts is not None)
    assert without_short_form(name) == (parts[0] if parts else name)
