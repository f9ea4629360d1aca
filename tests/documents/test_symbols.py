"""UN document symbols as the seed texts and the UN's own documents write them."""

import re
import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from documents.parsing.symbols import (
    Symbol,
    SymbolError,
    is_valid,
    normalize,
    parse,
    undocs_url,
)

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
WG7 = "CTOC/COP/WG.7"

# Every symbol the seed texts cite: the working group's documents and one General Assembly
# resolution. test_the_seed_texts_cite_no_symbol_missing_from_this_list keeps it complete.
SEED_SYMBOLS = [
    "CTOC/COP/WG.7/2012/2",
    "CTOC/COP/WG.7/2012/3",
    "CTOC/COP/WG.7/2012/4",
    "CTOC/COP/WG.7/2012/5",
    "CTOC/COP/WG.7/2013/2",
    "CTOC/COP/WG.7/2013/3",
    "CTOC/COP/WG.7/2013/4",
    "CTOC/COP/WG.7/2015/2",
    "CTOC/COP/WG.7/2015/3",
    "CTOC/COP/WG.7/2015/4",
    "CTOC/COP/WG.7/2017/1",
    "CTOC/COP/WG.7/2017/2",
    "CTOC/COP/WG.7/2017/3",
    "CTOC/COP/WG.7/2017/4",
    "CTOC/COP/WG.7/2017/INF.1/Rev.1",
    "CTOC/COP/WG.7/2018/2",
    "CTOC/COP/WG.7/2019/2",
    "CTOC/COP/WG.7/2019/3",
    "CTOC/COP/WG.7/2019/4",
    "CTOC/COP/WG.7/2020/1",
    "CTOC/COP/WG.7/2020/2",
    "CTOC/COP/WG.7/2020/3",
    "CTOC/COP/WG.7/2020/INF/1/Rev.1",
    "A/RES/73/195",
]


def wg7(year: int, number: str, **parts) -> Symbol:
    return Symbol(body=WG7, year=year, number=number, **parts)


REAL_SYMBOLS = [
    pytest.param(text, expected, id=text)
    for text, expected in [
        (f"{WG7}/2012/2", wg7(2012, "2")),
        (f"{WG7}/2012/3", wg7(2012, "3")),
        (f"{WG7}/2012/4", wg7(2012, "4")),
        (f"{WG7}/2012/5", wg7(2012, "5")),
        (f"{WG7}/2013/2", wg7(2013, "2")),
        (f"{WG7}/2013/3", wg7(2013, "3")),
        (f"{WG7}/2013/4", wg7(2013, "4")),
        (f"{WG7}/2015/2", wg7(2015, "2")),
        (f"{WG7}/2015/3", wg7(2015, "3")),
        (f"{WG7}/2015/4", wg7(2015, "4")),
        (f"{WG7}/2017/1", wg7(2017, "1")),
        (f"{WG7}/2017/2", wg7(2017, "2")),
        (f"{WG7}/2017/3", wg7(2017, "3")),
        (f"{WG7}/2017/4", wg7(2017, "4")),
        (
            f"{WG7}/2017/INF.1/Rev.1",
            wg7(2017, "1", nature="INF", modifiers=(("Rev", 1),)),
        ),
        (f"{WG7}/2018/2", wg7(2018, "2")),
        (f"{WG7}/2019/2", wg7(2019, "2")),
        (f"{WG7}/2019/3", wg7(2019, "3")),
        (f"{WG7}/2019/4", wg7(2019, "4")),
        (f"{WG7}/2020/1", wg7(2020, "1")),
        (f"{WG7}/2020/2", wg7(2020, "2")),
        (f"{WG7}/2020/3", wg7(2020, "3")),
        (
            f"{WG7}/2020/INF/1/Rev.1",
            wg7(2020, "1", nature="INF", modifiers=(("Rev", 1),), inf_with_slash=True),
        ),
        ("A/RES/73/195", Symbol(body="A", session=73, nature="RES", number="195")),
        ("A/RES/55/25", Symbol(body="A", session=55, nature="RES", number="25")),
        ("A/RES/55/255", Symbol(body="A", session=55, nature="RES", number="255")),
        ("A/RES/70/1", Symbol(body="A", session=70, nature="RES", number="1")),
        ("A/RES/71/1", Symbol(body="A", session=71, nature="RES", number="1")),
        ("A/73/L.66", Symbol(body="A", session=73, nature="L", number="66")),
        ("A/CONF.231/3", Symbol(body="A/CONF.231", number="3")),
        ("S/RES/1325 (2000)", Symbol(body="S", nature="RES", number="1325", year=2000)),
        ("S/RES/2240 (2015)", Symbol(body="S", nature="RES", number="2240", year=2015)),
        ("S/RES/2467 (2019)", Symbol(body="S", nature="RES", number="2467", year=2019)),
        (
            "E/CN.15/2019/L.3/Rev.1",
            Symbol(body="E/CN.15", year=2019, nature="L", number="3", modifiers=(("Rev", 1),)),
        ),
        ("ST/SGB/2018/1", Symbol(body="ST/SGB", year=2018, number="1")),
        ("ST/SGB/2019/8", Symbol(body="ST/SGB", year=2019, number="8")),
        ("A/HRC/RES/43/6", Symbol(body="A/HRC", session=43, nature="RES", number="6")),
        ("CTOC/COP/2020/10", Symbol(body="CTOC/COP", year=2020, number="10")),
        ("CTOC/COP/WG.4/2021/2", Symbol(body="CTOC/COP/WG.4", year=2021, number="2")),
    ]
]


def compact(text: str) -> str:
    return re.sub(r"\s+", "", text).rstrip(".")


@pytest.fixture(scope="module")
def seed_text() -> str:
    if not SEEDS.is_dir():
        pytest.skip(f"the seed texts are not checked out at {SEEDS}")
    # Joined with a space, so a footnote number on the next line stays apart from the symbol.
    return " ".join(
        line.strip()
        for path in sorted(SEEDS.glob("*.txt"))
        for line in path.read_text().split("\n")
    )


@pytest.fixture(scope="module")
def symbols_cited_in_seeds(seed_text: str) -> set[str]:
    # Whitespace may follow a slash, where the PDF wrapped "CTOC/COP/WG.7/" onto the next line.
    hits = re.findall(r"(?:CTOC/COP/WG\.7|A/RES)(?:/\s*[0-9A-Za-z.]+)+", seed_text)
    return {compact(hit) for hit in hits}


@pytest.mark.parametrize(("text", "expected"), REAL_SYMBOLS)
def test_it_reads_the_parts_of_real_symbols(text: str, expected: Symbol) -> None:
    symbol = parse(text)

    assert symbol == expected
    assert str(symbol) == text


@pytest.mark.parametrize(("text", "expected"), REAL_SYMBOLS)
def test_it_links_every_real_symbol_to_undocs(text: str, expected: Symbol) -> None:
    assert undocs_url(text) == "https://undocs.org/" + text.replace(" ", "")


@pytest.mark.parametrize("text", SEED_SYMBOLS)
def test_the_seed_texts_cite_each_symbol_of_the_table(
    text: str, symbols_cited_in_seeds: set[str]
) -> None:
    assert text in symbols_cited_in_seeds
    assert normalize(text) == text


def test_the_seed_texts_cite_no_symbol_missing_from_this_list(
    symbols_cited_in_seeds: set[str],
) -> None:
    assert symbols_cited_in_seeds - set(SEED_SYMBOLS) == set()


def test_it_reads_the_list_of_participants_symbol_with_inf_dot() -> None:
    symbol = parse("CTOC/COP/WG.7/2017/INF.1/Rev.1")

    assert (symbol.nature, symbol.number, symbol.is_revision) == ("INF", "1", True)
    assert symbol.undocs_url == "https://undocs.org/CTOC/COP/WG.7/2017/INF.1/Rev.1"


def test_it_keeps_the_list_of_participants_symbol_with_inf_slash_as_written() -> None:
    symbol = parse("CTOC/COP/WG.7/2020/INF/1/Rev.1")

    assert str(symbol) == "CTOC/COP/WG.7/2020/INF/1/Rev.1"
    assert symbol.undocs_url == "https://undocs.org/CTOC/COP/WG.7/2020/INF/1/Rev.1"


def test_inf_dot_and_inf_slash_of_the_same_document_share_a_key() -> None:
    dotted = parse("CTOC/COP/WG.7/2020/INF.1/Rev.1")
    slashed = parse("CTOC/COP/WG.7/2020/INF/1/Rev.1")

    assert dotted != slashed
    assert dotted.key == slashed.key == "CTOC/COP/WG.7/2020/INF.1/Rev.1"
    assert dotted.key != parse("CTOC/COP/WG.7/2017/INF.1/Rev.1").key


def test_a_reissued_document_shares_the_key_of_the_original() -> None:
    reissued = parse("A/73/L.66*")

    assert (reissued.reissue, str(reissued)) == (True, "A/73/L.66*")
    assert reissued.key == parse("A/73/L.66").key
    assert reissued.undocs_url == "https://undocs.org/A/73/L.66"


def test_a_security_council_resolution_is_written_with_one_space_before_its_year() -> None:
    assert normalize("S/RES/2240(2015)") == "S/RES/2240 (2015)"
    assert normalize("s/res/2240   (2015)") == "S/RES/2240 (2015)"
    assert undocs_url("S/RES/2240 (2015)") == "https://undocs.org/S/RES/2240(2015)"


def test_a_security_council_resolution_matches_with_or_without_its_year() -> None:
    assert parse("S/RES/2240").key == parse("S/RES/2240 (2015)").key == "S/RES/2240"
    assert parse("S/RES/2240").year is None


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("A/73/L.66", "limited"),
        ("E/CN.15/2019/L.3/Rev.1", "limited"),
        ("CTOC/COP/WG.7/2020/R.1", "restricted"),
        ("CTOC/COP/WG.7/2020/2", "general"),
        ("CTOC/COP/WG.7/2020/INF/1/Rev.1", "general"),
        ("A/RES/73/195", "general"),
    ],
)
def test_the_symbol_hints_at_the_distribution(text: str, hint: str) -> None:
    assert parse(text).distribution_hint == hint


def test_it_reads_modifiers_in_their_written_order() -> None:
    symbol = parse("A/HRC/43/3/Add.1/Corr.2/Summary")

    assert symbol.modifiers == (("Add", 1), ("Corr", 2), ("Summary", None))
    assert (symbol.is_addendum, symbol.is_corrigendum, symbol.is_revision) == (True, True, False)
    assert str(symbol.base) == "A/HRC/43/3"


def test_it_reads_an_amendment_to_a_bulletin() -> None:
    symbol = parse("ST/SGB/2018/1/Amend.1")

    assert (symbol.series, symbol.modifiers) == ("ST", (("Amend", 1),))


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("CTOC/COP/WG.7/ 2013/4", "CTOC/COP/WG.7/2013/4"),
        ("CTOC/COP/WG.7/ \n\n2020/3", "CTOC/COP/WG.7/2020/3"),
        ("  A/RES/73/195\t", "A/RES/73/195"),
        ("ＣＴＯＣ／ＣＯＰ／ＷＧ．７／２０２０／２", "CTOC/COP/WG.7/2020/2"),
        ("CTOC／COP／WG.7／2012／2", "CTOC/COP/WG.7/2012/2"),
        ("ctoc/cop/wg.7/2020/2/rev.1", "CTOC/COP/WG.7/2020/2/Rev.1"),
        ("Ctoc/Cop/Wg.7/2017/inf.1/REV.1", "CTOC/COP/WG.7/2017/INF.1/Rev.1"),
        ("a/hrc/res/43/6", "A/HRC/RES/43/6"),
        ("CTOC/COP/WG.7/2012/2）。", "CTOC/COP/WG.7/2012/2"),
        ("CTOC/COP/WG.7/2017/1）；", "CTOC/COP/WG.7/2017/1"),
        ("CTOC/COP/WG.7/2020/1，", "CTOC/COP/WG.7/2020/1"),
        ("A/73/L.66.", "A/73/L.66"),
        ("A/RES/55/25;", "A/RES/55/25"),
        ("S/RES/2240 (2015)).", "S/RES/2240 (2015)"),
        ("S/RES/2467（2019）", "S/RES/2467 (2019)"),
        ("A/73/L.066", "A/73/L.66"),
    ],
)
def test_it_normalizes_symbols_as_texts_write_them(text: str, normalized: str) -> None:
    assert normalize(text) == normalized


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "'' is empty"),
        ("  \n", "'  \\n' is empty"),
        ("CTOC/COP/WG.7/20x0/2", "'CTOC/COP/WG.7/20x0/2' has no valid year or session: '20x0'"),
        ("A/1945/1", "'A/1945/1' has no valid year: 1945 is outside 1946..2100"),
        ("CTOC/COP/WG.7/2101/1", "has no valid year: 2101 is outside 1946..2100"),
        ("S/RES/2240 (1900)", "has no valid year: 1900 is outside"),
        ("A/73/L.66/Rev", "'A/73/L.66/Rev' has 'Rev' without its number"),
        ("A/73/L.66/add/Rev.1", "has 'Add' without its number"),
        ("A/RES/73/", "'A/RES/73/' has a dangling slash"),
        ("/A/RES/73/195", "has a dangling slash"),
        ("CTOC/COP//2020/1", "has a dangling slash"),
        ("CTOC/COP/WG7x/2020/1", "has no valid body: 'WG7x' is not letters"),
        ("CTOC/COP/WG.7a/2020/1", "has no valid body: 'WG.7a'"),
        ("A/Rev.1/73/1", "has no valid body: 'Rev.1' belongs after"),
        ("CTOC/COP/WG.7/2019/4）中", "contains '中', which no UN symbol uses"),
        ("V.20-03080", "'V.20-03080' contains '-'"),
        ("5/14", "'5/14' has no body"),
        ("A/73/L", "'A/73/L' has no valid document number: 'L'"),
        ("(CTOC/COP/WG.7/2012/2)", "has parentheses that are not a year"),
        ("S/2015/1 (2015)", "has a year in parentheses, which only S/RES symbols have"),
        ("S/RES/2015/2240", "should write its year in parentheses"),
        ("A/RES/73/L.1", "is a resolution and 'L' at once"),
        ("A/73/L.66**", "'*' that is not the one reissue mark"),
    ],
)
def test_it_rejects_what_is_not_a_symbol_and_says_why(text: str, message: str) -> None:
    with pytest.raises(SymbolError, match=re.escape(message)):
        parse(text)
    assert not is_valid(text)


@pytest.mark.parametrize("text", ["V.20-03080", "5/14", "5/14 V.20-03080", "2020/20", "7/1"])
def test_job_numbers_and_page_headers_are_not_symbols(text: str) -> None:
    assert not is_valid(text)


def test_a_real_symbol_is_valid() -> None:
    assert is_valid("CTOC/COP/WG.7/2020/3")


# Words that would be read as a nature or modifier, so no body component is one of them.
NOT_BODY_WORDS = {"RES", "INF", "ADD", "CORR", "REV", "AMEND", "SUMMARY"}

body_components = st.builds(
    lambda word, number: word if number is None else f"{word}.{number}",
    st.text(string.ascii_uppercase, min_size=1, max_size=5).filter(
        lambda word: word not in NOT_BODY_WORDS
    ),
    st.none() | st.integers(1, 300),
)
bodies = st.just("S") | st.lists(body_components, min_size=1, max_size=4).map("/".join)
modifiers = st.sampled_from(["Add", "Corr", "Rev", "Amend", "Summary"]).flatmap(
    lambda kind: (
        st.just((kind, None)) if kind == "Summary" else st.tuples(st.just(kind), st.integers(1, 20))
    )
)


@st.composite
def symbols(draw: st.DrawFn) -> Symbol:
    nature = draw(st.sampled_from([None, "INF", "L", "CRP", "R", "WP", "RES"]))
    dating = draw(st.sampled_from(["year", "session", "none"]))
    return Symbol(
        body=draw(bodies),
        year=draw(st.integers(1946, 2100)) if dating == "year" else None,
        session=draw(st.integers(1, 999)) if dating == "session" else None,
        nature=nature,
        number=str(draw(st.integers(1, 99_999))),
        modifiers=tuple(draw(st.lists(modifiers, max_size=3))),
        reissue=draw(st.booleans()),
        inf_with_slash=nature == "INF" and draw(st.booleans()),
    )


def full_width(text: str) -> str:
    return "".join(chr(ord(char) + 0xFEE0) if "!" <= char <= "~" else char for char in text)


@settings(database=None)
@given(symbols())
def test_a_written_symbol_reads_back_as_the_same_symbol(symbol: Symbol) -> None:
    assert parse(str(symbol)) == symbol
    assert normalize(normalize(str(symbol))) == str(symbol)


@settings(database=None)
@given(symbols(), st.sampled_from([str.lower, full_width, lambda text: text.replace("/", "/ \n")]))
def test_a_symbol_as_a_text_mangles_it_reads_back_the_same(symbol: Symbol, mangle) -> None:
    assert parse(mangle(str(symbol))) == symbol


@pytest.mark.parametrize(("text", "expected"), REAL_SYMBOLS)
def test_normalizing_a_real_symbol_twice_changes_nothing(text: str, expected: Symbol) -> None:
    assert normalize(normalize(text)) == normalize(text) == text
