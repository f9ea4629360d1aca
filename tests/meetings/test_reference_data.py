"""The shipped reference data: every State and organization the seeds name, in UN order."""

import re
from pathlib import Path

import pytest

from documents.parsing.name_lists import split_names
from meetings.models import Entity, EntityAlias, RegionalGroup
from meetings.names import EntityNames
from meetings.reference.build import build_rows
from meetings.reference.loading import HERE, read_rows
from meetings.services import load_reference_data
from tests.conftest import SHARED

pytestmark = pytest.mark.django_db

# Lists of States in the seed draft reports (shared/reference/README.md): attendance,
# signatories, observers and speakers, plus paragraphs that name a single State.
STATE_LISTS = [
    ("000", 16),
    ("000", 20),
    ("000", 21),
    ("000", 22),
    ("004", 10),
    ("004", 13),
    ("004", 15),
    ("004", 16),
]
SINGLE_NAMES = [("000", 17, "伊朗伊斯兰共和国"), ("004", 11, "哥伦比亚"), ("004", 14, "欧洲联盟")]
# The two lists the README found with one adjacent pair out of UN order in the source itself.
SWAPPED_IN_SOURCE = {("000", 22): ("以色列", "伊朗伊斯兰共和国"), ("004", 13): ("捷克", "古巴")}
PARAGRAPH_START = re.compile(r"^\s*(\d{1,3})\.\s")
HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+|[A-H])\.\s")


def paragraph(seeds: Path, seed: str, number: int) -> str:
    """Paragraph `number` of a seed, its wrapped lines joined (Chinese needs no spaces)."""
    lines = next(seeds.glob(f"{seed}_*.txt")).read_text(encoding="utf-8").splitlines()
    collected: list[str] = []
    for line in lines:
        start = PARAGRAPH_START.match(line)
        if collected and (start or HEADING.match(line)):
            break
        if collected or (start and int(start.group(1)) == number):
            collected.append(line.strip())
    assert collected, f"paragraph {number} not found in seed {seed}"
    return "".join(collected)


def names_listed(text: str, names: EntityNames) -> list[str]:
    """The names after the colon, split as the import splits them, against the shipped names."""
    return list(split_names(text.split("：", 1)[1], is_known_name=names.__contains__))


@pytest.fixture
def names() -> EntityNames:
    return EntityNames.load()


def test_every_member_and_observer_state_and_the_european_union_are_shipped():
    assert Entity.objects.filter(kind=Entity.Kind.MEMBER_STATE).count() == 193
    observers = Entity.objects.filter(kind=Entity.Kind.OBSERVER_STATE)
    assert sorted(observers.values_list("name_en", flat=True)) == ["Holy See", "State of Palestine"]
    assert Entity.objects.get(code="EU").kind == Entity.Kind.REIO


def test_every_member_state_sits_in_one_of_the_five_regional_groups():
    assert RegionalGroup.objects.count() == 5
    members = Entity.objects.filter(kind=Entity.Kind.MEMBER_STATE)
    assert not members.filter(regional_group__isnull=True).exists()
    assert members.get(code="ZA").regional_group.name_zh == "非洲国家组"
    assert members.get(code="AR").regional_group.code == "latin_american_caribbean"


def test_every_state_named_in_the_seeds_resolves_to_exactly_one_entity(seeds, names):
    occurrences = []
    for seed, number in STATE_LISTS:
        occurrences += names_listed(paragraph(seeds, seed, number), names)
    for seed, number, name in SINGLE_NAMES:
        assert name in paragraph(seeds, seed, number)
        occurrences.append(name)
    unresolved = [name for name in occurrences if name not in names]
    assert unresolved == []
    # The count the reference README gives for these lists and single names.
    assert len(occurrences) == 187
    assert {names.resolve(name).kind for name in occurrences} <= {
        Entity.Kind.MEMBER_STATE,
        Entity.Kind.OBSERVER_STATE,
        Entity.Kind.REIO,
    }


def test_european_union_resolves_to_an_organization_not_a_country(names):
    eu = names.resolve("欧洲联盟")
    assert (eu.code, eu.kind, eu.name_en) == ("EU", Entity.Kind.REIO, "European Union")
    assert eu.iso2 == ""


def test_turkiye_carries_its_current_un_short_name_and_the_old_one_as_alias(names):
    turkiye = names.resolve("土耳其")
    assert turkiye.name_en == "Türkiye"
    assert names.resolve("Turkey") == turkiye
    assert names.resolve("Turquie") == turkiye


@pytest.mark.parametrize(
    ("printed", "code"),
    [
        ("国际移民组织（移民组织）", "IOM"),
        ("国际移民组织", "IOM"),
        ("欧洲联盟刑事司法合作署（欧警署）", "EUROJUST"),
        ("联合国儿童基金会（儿基会）", "UNICEF"),
        ("马耳他主权教团", "SMOM"),
        ("欧洲安全与合作组织（欧安组织）", "OSCE"),
        ("联合国毒品和犯罪问题办公室（毒品和犯罪问题办公室）", "UNODC"),
        ("Côte d'Ivoire", "CI"),
    ],
)
def test_organizations_named_in_the_seeds_resolve_with_or_without_their_short_form(
    names, printed, code
):
    assert names.resolve(printed).code == code


def test_lists_print_in_un_order_for_each_language(seeds, names):
    for seed, number in STATE_LISTS:
        printed = names_listed(paragraph(seeds, seed, number), names)
        entities = [names.resolve(name) for name in printed]
        in_un_order = [e.name_zh for e in sorted(entities, key=lambda e: e.sort_zh)]
        expected = [e.name_zh for e in entities]
        if (seed, number) in SWAPPED_IN_SOURCE:
            first, second = SWAPPED_IN_SOURCE[(seed, number)]
            i = expected.index(first)
            assert expected[i + 1] == second
            expected[i], expected[i + 1] = second, first
        assert in_un_order == expected, (seed, number)


def test_french_and_russian_lists_sort_by_their_own_names_ignoring_accents():
    def order(language):
        return list(
            Entity.objects.filter(code__in=["EG", "EC", "SV", "AE"])
            .in_un_order(language)
            .values_list("code", flat=True)
        )

    # Égypte, El Salvador, Émirats arabes unis, Équateur: accents do not count in French.
    assert order("fr") == ["EG", "SV", "AE", "EC"]
    assert order("en") == ["EC", "EG", "SV", "AE"]
    assert order("zh") == order("en")
    # Египет, Объединенные Арабские Эмираты, Сальвадор, Эквадор.
    assert order("ru") == ["EG", "AE", "SV", "EC"]


def test_arabic_lists_file_names_without_their_article_and_russian_files_short_i_apart():
    def order(language, codes):
        return list(
            Entity.objects.filter(code__in=codes)
            .in_un_order(language)
            .values_list("code", flat=True)
        )

    # As UN Arabic lists print them: الاتحاد الروسي، إثيوبيا، أذربيجان، الأرجنتين، الأردن، ألمانيا،
    # الإمارات العربية المتحدة، … الجمهورية العربية السورية، جنوب أفريقيا.
    arabic = ["RU", "ET", "AZ", "AR", "JO", "DE", "AE", "SY", "ZA"]
    assert order("ar", arabic) == arabic
    # Израиль, Индия, Ирак, Йемен, Казахстан: Й is a letter of its own after И.
    russian = ["IL", "IN", "IQ", "YE", "KZ"]
    assert order("ru", russian) == russian


def test_loading_the_reference_data_twice_creates_no_duplicates():
    before = (Entity.objects.count(), EntityAlias.objects.count(), RegionalGroup.objects.count())
    first = load_reference_data()
    second = load_reference_data()
    after = (Entity.objects.count(), EntityAlias.objects.count(), RegionalGroup.objects.count())
    assert after == before
    assert first.entities_created == second.entities_created == 0
    assert second.entities_updated == before[0]


def test_committed_entities_file_is_exactly_what_the_builder_makes_from_the_un_names():
    country_csv = SHARED / "reference" / "un_country_names.csv"
    if not country_csv.exists():
        pytest.skip(f"{country_csv} is absent (../shared is not beside the project)")
    assert build_rows(country_csv) == read_rows("entities.csv")
    assert (HERE / "entities.csv").read_bytes().count(b"\r\n") == 0


def test_an_editor_can_file_an_entity_under_another_word_and_a_reload_keeps_it():
    holy_see = Entity.objects.get(code="VA")
    holy_see.filed_under_en = "Vatican"
    holy_see.save()
    load_reference_data()
    holy_see.refresh_from_db()
    assert holy_see.filed_under_en == "Vatican"
    assert holy_see.sort_zh == holy_see.sort_en == "vatican"
    codes = list(Entity.objects.states().in_un_order("zh").values_list("code", flat=True))
    assert codes[codes.index("VU") : codes.index("VU") + 3] == ["VU", "VA", "VE"]
