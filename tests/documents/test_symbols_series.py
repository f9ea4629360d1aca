"""Symbols of every UN series, read by the grammar, and found where the corpus texts print them."""

import re
import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from documents.parsing.lines import clean_text
from documents.parsing.references import Found, find_references, spans
from documents.parsing.results import ParseError
from documents.parsing.structure import parse_text
from documents.parsing.symbols import Symbol, SymbolError, normalize, parse

SHARED = Path(__file__).resolve().parents[3] / "shared"


def symbol(body: str, number: str, **parts) -> Symbol:
    return Symbol(body=body, number=number, **parts)


# Real symbols of every series, each as the UN writes it, and what it is made of.
SERIES = [
    pytest.param(text, expected, id=text)
    for text, expected in [
        # Summary and verbatim records.
        ("A/C.3/57/SR.39", symbol("A/C.3", "39", session=57, nature="SR")),
        ("CRC/C/SR.2165", symbol("CRC/C", "2165", nature="SR")),
        ("A/BUR/52/SR.1", symbol("A/BUR", "1", session=52, nature="SR")),
        ("A/74/PV.12", symbol("A", "12", session=74, nature="PV")),
        ("S/PV.8000", symbol("S", "8000", nature="PV")),
        ("E/2019/SR.5", symbol("E", "5", year=2019, nature="SR")),
        (
            "A/C.5/73/SR.2/Corr.1",
            symbol("A/C.5", "2", session=73, nature="SR", modifiers=(("Corr", 1),)),
        ),
        # Treaty bodies: communications, general comments, concluding observations.
        ("CCPR/C/129/D/2337/2014", symbol("CCPR/C", "2337/2014", session=129, nature="D")),
        ("CAT/C/GC/4", symbol("CAT/C/GC", "4")),
        ("CEDAW/C/GC/37", symbol("CEDAW/C/GC", "37")),
        ("CRC/C/GBR/CO/5", symbol("CRC/C/GBR/CO", "5")),
        ("E/C.12/GC/24", symbol("E/C.12/GC", "24")),
        ("CERD/C/GBR/CO/21-23", symbol("CERD/C/GBR/CO", "21-23")),
        # Conventions' bodies, some in mixed case with dotted components.
        ("UNEP/OzL.Pro.27/1/Add.1", symbol("UNEP/OzL.Pro.27", "1", modifiers=(("Add", 1),))),
        ("UNEP/OzL.Pro.27/2", symbol("UNEP/OzL.Pro.27", "2")),
        ("UNEP/OzL.Pro.WG.1/41/2", symbol("UNEP/OzL.Pro.WG.1", "2", session=41)),
        ("BWC/MSP/2004/MX/3", symbol("BWC/MSP", "3", year=2004, subseries=("MX",))),
        ("FCCC/CP/1998/1", symbol("FCCC/CP", "1", year=1998)),
        ("FCCC/SBSTA/2019/INF.1", symbol("FCCC/SBSTA", "1", year=2019, nature="INF")),
        ("FCCC/SBSTA/2019/MISC.1", symbol("FCCC/SBSTA", "1", year=2019, nature="MISC")),
        ("CAC/COSP/2015/1", symbol("CAC/COSP", "1", year=2015)),
        ("HSP/GC/26/2", symbol("HSP/GC", "2", session=26)),
        ("UNEP/CBD/COP/14/1", symbol("UNEP/CBD/COP", "1", session=14)),
        ("E/CN.4/Sub.2/1998/13", symbol("E/CN.4/Sub.2", "13", year=1998)),
        # Other organs, their committees and conferences, the Secretariat.
        ("A/BUR/52/1", symbol("A/BUR", "1", session=52)),
        ("A/CONF.222/INF/1", symbol("A/CONF.222", "1", nature="INF", inf_with_slash=True)),
        ("A/CONF.222/L.6", symbol("A/CONF.222", "6", nature="L")),
        ("A/INF/73/4", symbol("A/INF", "4", session=73)),
        ("A/HRC/WG.6/33/AFG/1", symbol("A/HRC/WG.6", "1", session=33, subseries=("AFG",))),
        ("E/CN.15/2019/1", symbol("E/CN.15", "1", year=2019)),
        ("ST/SGB/2019/1", symbol("ST/SGB", "1", year=2019)),
        ("ST/AI/2019/1", symbol("ST/AI", "1", year=2019)),
        ("S/2020/123", symbol("S", "123", year=2020)),
        ("A/65", symbol("A", "65")),
        # Early resolutions, special and emergency special sessions.
        (
            "A/RES/169(II)",
            symbol("A", "169", nature="RES", session=2, session_after_number=True),
        ),
        (
            "A/RES/3363(XXX)",
            symbol("A", "3363", nature="RES", session=30, session_after_number=True),
        ),
        (
            "E/RES/1296(XLIV)",
            symbol("E", "1296", nature="RES", session=44, session_after_number=True),
        ),
        (
            "A/RES/997(ES-I)",
            symbol(
                "A", "997", nature="RES", session=1, special_session="ES", session_after_number=True
            ),
        ),
        ("A/RES/S-27/2", symbol("A", "2", nature="RES", session=27, special_session="S")),
        ("A/RES/ES-10/1", symbol("A", "1", nature="RES", session=10, special_session="ES")),
        ("A/ES-10/PV.1", symbol("A", "1", nature="PV", session=10, special_session="ES")),
        # Volumes and other parts, reissues, modifiers in any combination.
        ("A/63/49 (Vol. III)", symbol("A", "49", session=63, part="Vol. III")),
        ("A/72/6 (Sect. 29A)", symbol("A", "6", session=72, part="Sect. 29A")),
        ("A/59/100*", symbol("A", "100", session=59, reissue=True)),
        (
            "A/58/50/Rev.1/Corr.1",
            symbol("A", "50", session=58, modifiers=(("Rev", 1), ("Corr", 1))),
        ),
        (
            "E/CN.15/2019/L.3/Rev.1/Add.2",
            symbol("E/CN.15", "3", year=2019, nature="L", modifiers=(("Rev", 1), ("Add", 2))),
        ),
    ]
]
SERIES_TEXTS = [param.values[0] for param in SERIES]


@pytest.mark.parametrize(("text", "expected"), SERIES)
def test_it_reads_the_symbols_of_every_series_by_the_grammar(text: str, expected: Symbol) -> None:
    symbol = parse(text)

    assert symbol == expected
    assert str(symbol) == normalize(str(symbol)) == text


@pytest.mark.parametrize(("text", "expected"), SERIES)
def test_every_series_fits_the_symbol_columns_of_a_document(text: str, expected: Symbol) -> None:
    symbol = parse(text)

    # Document.save stores these parts in columns of 80, 8, 20 and 60 characters.
    assert len(symbol.body) <= 80
    assert len(symbol.nature or "") <= 8
    assert len(symbol.number) <= 20
    assert len(symbol.modifiers_text) <= 60


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("A/C.3/57/SR.39", "https://undocs.org/A/C.3/57/SR.39"),
        ("UNEP/OzL.Pro.27/1/Add.1", "https://undocs.org/UNEP/OzL.Pro.27/1/Add.1"),
        ("A/63/49 (Vol. III)", "https://undocs.org/A/63/49(Vol.III)"),
        ("A/RES/3363(XXX)", "https://undocs.org/A/RES/3363(XXX)"),
        ("A/RES/ES-10/1", "https://undocs.org/A/RES/ES-10/1"),
        ("CCPR/C/129/D/2337/2014", "https://undocs.org/CCPR/C/129/D/2337/2014"),
        ("A/59/100*", "https://undocs.org/A/59/100"),
    ],
)
def test_every_series_links_to_undocs_without_spaces(text: str, url: str) -> None:
    assert parse(text).undocs_url == url


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("A/63/49(Vol.III)", "A/63/49 (Vol. III)"),
        ("A/63/49 (vol. iii)", "A/63/49 (Vol. III)"),
        ("A/54/L.81/Rev.l", "A/54/L.81/Rev.1"),
        ("A/54/L.81/Rev.l).", "A/54/L.81/Rev.1"),
        ("a/res/3363 (xxx)", "A/RES/3363(XXX)"),
        ("A/RES/169 (II)", "A/RES/169(II)"),
        ("a/res/es-10/1", "A/RES/ES-10/1"),
        ("a/c.3/57/sr.39", "A/C.3/57/SR.39"),
        ("ccpr/c/129/d/2337/2014", "CCPR/C/129/D/2337/2014"),
        ("CERD/C/GBR/CO/021-023", "CERD/C/GBR/CO/21-23"),
        ("UNEP/OzL.Pro.27/1/add.1", "UNEP/OzL.Pro.27/1/Add.1"),
        ("unep/OzL.Pro.27/2", "UNEP/OzL.Pro.27/2"),
    ],
)
def test_it_normalizes_every_series_as_texts_write_it(text: str, normalized: str) -> None:
    assert normalize(text) == normalized


def test_a_mixed_case_body_typed_in_small_letters_keeps_the_key_of_the_document() -> None:
    typed = parse("unep/ozl.pro.27/1/add.1")

    assert str(typed) == "UNEP/OZL.PRO.27/1/Add.1"
    assert typed.key == parse("UNEP/OzL.Pro.27/1/Add.1").key


def test_a_volume_is_part_of_the_documents_identity() -> None:
    third = parse("A/63/49 (Vol. III)")

    assert third.key == parse("A/63/49(Vol.III)").key != parse("A/63/49 (Vol. I)").key
    assert third.key != parse("A/63/49").key
    assert str(parse("HRI/GEN/1/Rev.9 (Vol. I)").base) == "HRI/GEN/1 (Vol. I)"


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("A/CONF.222/L.6", "limited"),
        ("A/ES-10/L.22", "limited"),
        ("A/C.3/57/SR.39", "general"),
        ("S/PV.8000", "general"),
        ("CCPR/C/129/D/2337/2014", "general"),
        ("A/RES/3363(XXX)", "general"),
    ],
)
def test_records_and_decisions_are_general_and_l_stays_limited(text: str, hint: str) -> None:
    assert parse(text).distribution_hint == hint


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("A/52/250(1)", "has parentheses that are not a year like '(2015)', a session"),
        ("A/47/277-S/24111", "contains '-', which UN symbols only use in special sessions"),
        ("A/RES/73/195(XXX)", "has a session in parentheses and a date before its number"),
        ("A/RES/1(IIII)", "has no valid session in Roman numerals: 'IIII'"),
        ("CCPR/C/129/D/2337/1900", "has no valid year: 1900 is outside"),
        ("BWC/MSP/2004/MX", "has no valid document number: 'MX'"),
        ("A/RES/S-27x/2", "contains '-'"),
        ("A/63/49 (Vol. 3B5)", "has parentheses that are not a year"),
    ],
)
def test_it_rejects_what_breaks_the_grammar_and_says_why(text: str, message: str) -> None:
    with pytest.raises(SymbolError, match=re.escape(message)):
        parse(text)


# Lines as the corpus texts print them, and the symbols a reader sees in each.
CORPUS_LINES = [
    (
        "Las deliberaciones de la Comisión se resumen en las actas resumidas pertinentes"
        " (A/C.3/57/SR.39, 47, 50, 52, 53, 55 y 57). 3.",
        ["A/C.3/57/SR.39"],
    ),
    (
        "figurera dans les comptes rendus analytiques de ces séances (A/BUR/52/SR.1",
        ["A/BUR/52/SR.1"],
    ),
    ("l'ordre du jour (A/BUR/52/1). Le résumé des débats", ["A/BUR/52/1"]),
    ("the Montreal Protocol (UNEP/OzL.Pro.27/2, para. 4). As the meeting", ["UNEP/OzL.Pro.27/2"]),
    (
        "1 UNITED NATIONS EP UNEP/OzL.Pro.27/1/Add.1 Distr.: General 6 October 2015",
        ["UNEP/OzL.Pro.27/1/Add.1"],
    ),
    (
        "issued on 13 March 2003 (A/58/50/Rev.1), and a corrigendum on 24 April 2003"
        " (A/58/50/Rev.1/Corr.1). 1 In accordance with resolution 56/509 of 8 July 2002,",
        ["A/58/50/Rev.1", "A/58/50/Rev.1/Corr.1"],
    ),
    ("回顾其1994年12月9日第49/35 A号决议和以往所有关于这个问题的决议,包括第194(III)号决议,", []),
    (
        "[根据未经发交主要委员会而通过的决议(A/54/L.81/Rev.l)] 54/254.联合国千年",
        ["A/54/L.81/Rev.1"],
    ),
    (
        "[sans renvoi à une grande commission (A/54/L.81/Rev.1)] 54/254. Le Sommet",
        ["A/54/L.81/Rev.1"],
    ),
    ("1 Nations Unies A/CONF.222/INF/1 Treizième Congrès des Nations Unies", ["A/CONF.222/INF/1"]),
    ("A/63/49 (Vol. III)", ["A/63/49 (Vol. III)"]),
    ("Дополнение № 49 (A/63/49)", ["A/63/49"]),
    ("A/52/250(1)", ["A/52/250"]),
    ("A/71/1007 1713515E.docx (ENGLISH)A/71/1007 1713515A.docx (ARABIC)", ["A/71/1007"]),
    ("A/71/1007A/71/1007", ["A/71/1007"]),
    ("A/74/L.75 2009399E.docx (ENGLISH)A/74/L.75 2009399A.docx (ARABIC)", ["A/74/L.75"]),
    ("A_71_1007_EA", []),
    ("Correct misalignment Corrected by eryan.gurgas on 9/20/2017 4:21:51 PM", []),
    ("20-09399 (E) 170720170720 140720 20-09399 (A)", []),
    ("20-09399/3", []),
    ("conférence des parties à distr. générale la …...ctoc/cop/2018/13 i. v.18-07400 3/48...", []),
    ("Nations Unies CTOC/COP/2018/13 Conférence des Parties", ["CTOC/COP/2018/13"]),
    ("sur la page congress13#!/, configurée pour les appareils de poche.", []),
    ("Размер, km/h and/or 1/2 в 3/48 случаях", []),
    ("2. Notes decision XXVI/9 of the Twenty-Sixth Meeting of the Parties", []),
    ("resolution 3363 (XXX) and decision 1/CP.21", []),
    ("the letter (A/47/277-S/24111) of 17 June 1992", ["A/47/277", "S/24111"]),
    ("见 https://undocs.org/A/C.3/57/SR.39 。", ["A/C.3/57/SR.39"]),
]


@pytest.mark.parametrize(("line", "cited"), CORPUS_LINES)
def test_the_finder_reads_the_symbols_corpus_lines_print(line: str, cited: list[str]) -> None:
    found, problems = find_references(line)

    assert [f.target for f in found if f.kind == "symbol"] == cited
    assert problems == []


@pytest.mark.parametrize("text", SERIES_TEXTS)
def test_every_series_is_found_whole_in_a_sentence_without_a_warning(text: str) -> None:
    found, problems = find_references(
        f"See the document ({text}), para. 4, and 第3281(XXIX)号决议。"
    )

    assert found == [Found("symbol", text)]
    assert problems == []


def test_a_symbol_the_wrap_cut_after_its_slash_is_still_read_whole() -> None:
    found, _ = find_references("les comptes rendus (A/BUR/52/ SR.1 et 2) et (UNEP/OzL.Pro.27/ 2)")

    assert [f.target for f in found] == ["A/BUR/52/SR.1", "UNEP/OzL.Pro.27/2"]


def test_no_note_call_hides_inside_a_volume_or_a_dotted_body() -> None:
    text = "Voir A/63/49 (Vol. III) et UNEP/OzL.Pro.27/1/Add.1."

    assert [text[start:end] for start, end in spans(text)] == [
        "A/63/49 (Vol. III)",
        "UNEP/OzL.Pro.27/1/Add.1",
    ]


def test_a_symbol_that_breaks_the_grammar_is_still_reported() -> None:
    found, problems = find_references("见 A/C.3/57/SR 号文件和 CCPR/C/129/D/2337/1900。")

    assert found == []
    assert len(problems) == 2
    assert "'A/C.3/57/SR' looks like a UN symbol but is not one" in problems[0]


@pytest.mark.parametrize(
    ("line", "header"),
    [
        ("A/63/49 (Vol. III)", "A/63/49 (Vol. III)"),
        ("A/52/250(1)", "A/52/250"),
        ("A/71/1007A/71/1007", "A/71/1007"),
        ("UNEP/OzL.Pro.27/1/Add.1", "UNEP/OzL.Pro.27/1/Add.1"),
        ("A/CONF.222/INF/1", "A/CONF.222/INF/1"),
        ("CCPR/C/129/D/2337/2014", "CCPR/C/129/D/2337/2014"),
        ("A/RES/3363(XXX)", "A/RES/3363(XXX)"),
        ("A/59/100*", "A/59/100*"),
        ("S/RES/2240 (2015)", "S/RES/2240 (2015)"),
    ],
)
def test_a_symbol_alone_on_its_line_is_a_page_header(line: str, header: str) -> None:
    cleaned = clean_text(f"{line}\nРезолюции и решения\n")

    assert cleaned.header_symbols == (header,)
    assert [line.text for line in cleaned.lines if not line.blank] == ["Резолюции и решения"]


@pytest.mark.parametrize("line", ["3/48", "9/20/2017", "A/71/1007S/2020/1", "XXVI/9", "km/h"])
def test_a_line_that_is_no_single_symbol_stays_in_the_text(line: str) -> None:
    cleaned = clean_text(f"{line}\nTexte\n")

    assert cleaned.header_symbols == ()
    assert [line.text for line in cleaned.lines if not line.blank] == [line, "Texte"]


def shared_texts() -> list[Path]:
    return sorted((SHARED / "corpus").glob("*.txt")) + sorted((SHARED / "seeds").glob("*.txt"))


@pytest.mark.parametrize("path", shared_texts(), ids=lambda path: path.name)
def test_the_corpus_and_seed_texts_cite_only_real_symbols_and_warn_of_none(path: Path) -> None:
    try:
        parsed = parse_text(path.read_text(encoding="utf-8"))
    except ParseError:
        pytest.skip("the structure parser does not read this text yet")

    assert [w.message for w in parsed.warnings if w.code == "bad-symbol"] == []
    for reference in parsed.references:
        if reference.kind == "symbol":
            assert normalize(reference.target) == reference.target


@pytest.mark.parametrize(
    ("name", "symbols_printed"),
    [
        ("fr_A_52_250.txt", ["A/52/250", "A/BUR/52/1", "A/BUR/52/SR.1"]),
        ("en_UNEP_OzL.Pro.27_1_Add.1.txt", ["UNEP/OzL.Pro.27/1/Add.1", "UNEP/OzL.Pro.27/2"]),
        ("es_A_57_551.txt", ["A/57/551", "A/C.3/57/SR.39"]),
        ("zh_A_RES_54_254.txt", ["A/54/L.81/Rev.1"]),
        ("zh_A_RES_50_28.txt", ["A/50/605"]),
        ("ru_A_63_49(Vol.III).txt", ["A/63/49 (Vol. III)", "A/63/49"]),
        ("ar_A_71_1007.txt", ["A/71/1007"]),
    ],
)
def test_each_corpus_text_gives_the_symbols_it_prints(
    name: str, symbols_printed: list[str]
) -> None:
    path = SHARED / "corpus" / name
    if not path.exists():
        pytest.skip(f"the corpus is not at {path.parent}")
    found, problems = find_references(path.read_text(encoding="utf-8"))

    assert [f.target for f in found if f.kind == "symbol"] == symbols_printed
    assert problems == []


# Symbols built from the grammar: a series in capitals (no Roman numeral, which would be a
# decision like "XXVI/9"), sub-bodies dotted or in mixed case, a date, letters after it, a
# number with its nature, the session in parentheses of early resolutions, modifiers, a part.
NOT_WORDS = {"RES", "INF", "D", "ADD", "CORR", "REV", "AMEND", "SUMMARY"}
words = st.text(string.ascii_uppercase, min_size=1, max_size=5).filter(
    lambda word: word not in NOT_WORDS
)
series = words.filter(lambda word: word.strip("IVX") != "")
mixed_words = st.builds(
    lambda first, middle, last: first + middle + last,
    st.sampled_from(string.ascii_uppercase),
    st.text(string.ascii_lowercase, min_size=1, max_size=3),
    st.sampled_from(string.ascii_uppercase),
).filter(lambda word: word.upper() not in NOT_WORDS)


def dotted(first: st.SearchStrategy[str], then: list[str]) -> st.SearchStrategy[str]:
    return st.builds(
        lambda word, more, number: ".".join([word, *more, *([] if number is None else [number])]),
        first,
        st.lists(st.sampled_from(then), max_size=2),
        st.none() | st.integers(1, 300).map(str),
    )


# "CONF.222", "WG.7"; in mixed case only after a word with a capital inside: "OzL.Pro.27".
body_components = dotted(words, ["WG", "CONF"]) | dotted(mixed_words, ["Pro", "WG", "Sub"])
bodies = st.builds(
    lambda first, rest: "/".join([first, *rest]), series, st.lists(body_components, max_size=3)
)
modifiers = st.sampled_from(["Add", "Corr", "Rev", "Amend", "Summary"]).flatmap(
    lambda kind: (
        st.just((kind, None)) if kind == "Summary" else st.tuples(st.just(kind), st.integers(1, 20))
    )
)
parts = st.builds(
    lambda kind, value: f"{kind} {value}",
    st.sampled_from(["Vol.", "Part", "Sect.", "Prog."]),
    st.sampled_from(["I", "II", "III", "IV", "XII", "1", "29A"]),
)


@st.composite
def grammar_symbols(draw: st.DrawFn) -> Symbol:
    body = draw(bodies)
    nature = draw(st.sampled_from([None, "INF", "L", "CRP", "R", "WP", "SR", "PV", "RES", "D"]))
    dating = draw(st.sampled_from(["year", "session", "special", "in parentheses", "none"]))
    # Letters follow a date printed before the number, which a Council resolution's year is not.
    council_year = body == "S" and nature == "RES" and dating == "year"
    dated = dating in ("year", "session", "special") and not council_year
    if nature == "D":
        number = f"{draw(st.integers(1, 9999))}/{draw(st.integers(1977, 2100))}"
    elif nature is None and draw(st.booleans()):
        first = draw(st.integers(1, 30))
        number = f"{first}-{first + draw(st.integers(1, 3))}"
    else:
        number = str(draw(st.integers(1, 99_999)))
    return Symbol(
        body=body,
        number=number,
        year=draw(st.integers(1946, 2100)) if dating == "year" else None,
        session=(
            draw(st.integers(1, 999 if dating == "session" else 89))
            if dating in ("session", "special", "in parentheses")
            else None
        ),
        special_session=(
            draw(st.sampled_from(["S", "ES"]))
            if dating == "special" or (dating == "in parentheses" and draw(st.booleans()))
            else None
        ),
        session_after_number=dating == "in parentheses",
        subseries=tuple(draw(st.lists(words, max_size=2))) if dated else (),
        nature=nature,
        modifiers=tuple(draw(st.lists(modifiers, max_size=3))),
        part=draw(st.none() | parts),
        reissue=draw(st.booleans()),
        inf_with_slash=nature == "INF" and draw(st.booleans()),
    )


def full_width(text: str) -> str:
    return "".join(chr(ord(char) + 0xFEE0) if "!" <= char <= "~" else char for char in text)


@settings(database=None)
@given(grammar_symbols())
def test_a_symbol_of_any_series_reads_back_as_itself(symbol: Symbol) -> None:
    written = str(symbol)

    assert parse(written) == symbol
    assert normalize(normalize(written)) == normalize(written) == written
    assert parse(str(parse(written))) == parse(written)


@settings(database=None)
@given(grammar_symbols(), st.sampled_from([full_width, lambda text: text.replace("/", "/ \n")]))
def test_a_symbol_of_any_series_as_a_text_mangles_it_reads_back_the_same(
    symbol: Symbol, mangle
) -> None:
    assert parse(mangle(str(symbol))) == symbol


@settings(database=None)
@given(grammar_symbols())
def test_a_symbol_of_any_series_typed_in_small_letters_keeps_its_key(symbol: Symbol) -> None:
    assert parse(str(symbol).lower()).key == symbol.key


@settings(database=None)
@given(grammar_symbols())
def test_a_symbol_of_any_series_is_found_whole_in_running_text(symbol: Symbol) -> None:
    found, problems = find_references(f"见 {symbol} 号文件和第194(III)号决议。")

    assert found == [Found("symbol", str(symbol))]
    assert problems == []


@settings(database=None)
@given(grammar_symbols())
def test_a_symbol_of_any_series_alone_on_its_line_is_a_page_header(symbol: Symbol) -> None:
    assert clean_text(f"{symbol}\nText\n").header_symbols == (str(symbol),)
