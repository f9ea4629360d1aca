"""An entity's printed name is one rule (Entity.printed_name): the report generator and the demo's
lists print a State or an organization as the seeds print them."""

from types import SimpleNamespace

import pytest

from meetings.models import Entity
from reports.services.generation.record import printed_name as generated_name

pytestmark = pytest.mark.django_db


def entity(code: str) -> Entity:
    return Entity.objects.get(code=code)


def test_a_chinese_list_prints_an_organization_with_its_short_form_as_seed_000_does():
    assert entity("IOM").printed_name("zh") == "国际移民组织（移民组织）"


def test_an_english_list_prints_an_organization_and_a_state_by_name_alone():
    assert entity("IOM").printed_name("en") == "International Organization for Migration"
    assert entity("DZ").printed_name("en") == "Algeria"


def test_a_chinese_list_prints_a_state_and_the_european_union_without_a_short_form():
    assert entity("DZ").printed_name("zh") == "阿尔及利亚"
    assert entity("EU").printed_name("zh") == entity("EU").name_zh


def test_an_organization_whose_short_form_is_its_name_is_printed_once():
    iom = entity("IOM")
    iom.acronym_zh = iom.name_zh
    assert iom.printed_name("zh") == "国际移民组织"


def test_the_generator_prints_a_row_read_as_values_by_the_same_rule():
    for code in ("IOM", "DZ", "EU"):
        row = Entity.objects.filter(code=code).values().get()
        for language in ("zh", "en"):
            assert generated_name(SimpleNamespace(**row), language) == entity(code).printed_name(
                language
            )
