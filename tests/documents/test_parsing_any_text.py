"""Whatever text an importer uploads, the parser reads it; only a blank text is refused.

The texts are made of the characters and pieces the reader reacts to in all six scripts:
mastheads run together, Arabic and Russian numbering, tables of contents, alignment pages, and
the lines of the seeds and of the development corpus out of order.
"""

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from documents.parsing.lines import normalize_characters
from documents.parsing.results import ParsedText, ParseError
from documents.parsing.structure import parse_text

SHARED = Path(__file__).resolve().parents[3] / "shared"
SEEDS = SHARED / "seeds"
CORPUS = SHARED / "corpus"

# The characters the parser reacts to: Chinese, digits, marks, full- and half-width punctuation.
CHARACTERS = (
    "偷运移民问题工作组第七次会议建议关键议题一二三四五六年月日至和"
    "0123456789ABCIVXabci"
    "。，、；：？！（）《》“”．.,;:()-–•·*#_/ \t\n\uf02a\f\r"
    # Arabic, Cyrillic and the Latin letters of French and Spanish, with their punctuation.
    "إن الجمعية العامة، البند من جدول الأعمال أولا ثانيا ألف باء ١٢٣"
    "Организация Объединенных Наций сессия Пункт повестки дня"
    "éèêàçôÉÈÀÇñáíóúü¿¡«»’…"
    "⼀⼆⺠⽉ﬁ０１２ＡＢ\u00ad\u3000"
)
# Pieces that open or end a structure: rules, links, symbols, page footers, double spacing.
PIECES = (
    " \n\n",
    "__________________\n",
    "http://undocs.org/",
    "CTOC/COP/WG.7/",
    "5/14 V.20-03080\n",
    "\n一. 导言 \n",
    "\n1. ",
    "\n (a) ",
    # The masthead facts and marks of the six languages, to be run together.
    "Distr.: General ",
    "Distr. générale ",
    "Distr.: Limited",
    "16 July 2020",
    "1 er novembre 2018 ",
    "15 de junio de 2007",
    "2 июля 2018 года",
    "16 كانون الأول/ديسمبر 1985",
    "2018年7月2日",
    "Original: English",
    "Original : anglais ",
    "Fifty-eighth session ",
    "Шестьдесят девятая сессия\n",
    "الدورة الحادية والسبعون\n",
    "Agenda item 121 ",
    "Пункт 118 повестки дня\n",
    "A/RES/54/254 ",
    "UNEP/OzL.Pro.27/1/Add.1 ",
    "Contents ",
    "Table des matières\nPage\n",
    "I. Introduction ...... 13 ",
    "The General Assembly, ",
    "إن الجمعية العامة،\n",
    "1 - ",
    "\n1.\n",
    "Annex\n",
    "Size: px\nTranscription\n",
    "![]() Retour |\n",
    "General Assemblyالجمعية العامة\n",
    "54/254. ",
    "[sans renvoi à une grande commission]",
)
ANY_TEXT = st.one_of(
    st.text(alphabet=CHARACTERS, max_size=400),
    st.lists(st.sampled_from(PIECES) | st.text(alphabet=CHARACTERS, max_size=12)).map("".join),
)


def seed_lines() -> list[str]:
    if not SEEDS.is_dir():
        return ["1. 本文件由秘书处编写。", " 一. 导言 ", "__________________ ", " 1 同上。"]
    paths = [*sorted(SEEDS.glob("*.txt")), *sorted(CORPUS.glob("*.txt"))]
    return [line for path in paths for line in path.read_text(encoding="utf-8").split("\n")]


SEED_LINES = seed_lines()
# Seed lines in any order, some cut short: wraps, notes and headings out of their places.
SEED_FRAGMENTS = st.lists(
    st.tuples(st.sampled_from(SEED_LINES), st.integers(min_value=0, max_value=80)).map(
        lambda line_and_cut: line_and_cut[0][: line_and_cut[1]] or line_and_cut[0]
    ),
    max_size=80,
).map("\n".join)


def assert_consistent(parsed: ParsedText) -> None:
    """Every index in the result points at something that is there, above the part."""
    count = len(parsed.headings) + len(parsed.paragraphs)
    orders = sorted([h.order for h in parsed.headings] + [p.order for p in parsed.paragraphs])
    assert orders == list(range(count))
    for index, heading in enumerate(parsed.headings):
        assert heading.parent is None or heading.parent < index
    for index, paragraph in enumerate(parsed.paragraphs):
        assert paragraph.parent is None or paragraph.parent < index
        assert paragraph.heading is None or paragraph.heading < len(parsed.headings)
    for note in parsed.footnotes:
        assert note.paragraph is None or note.paragraph < len(parsed.paragraphs)
    for reference in parsed.references:
        assert reference.paragraph is None or reference.paragraph < len(parsed.paragraphs)
        assert reference.footnote is None or reference.footnote < len(parsed.footnotes)
    # What the database holds unique: one numbered paragraph per number and part, one note
    # per marker.
    numbered = [(p.part, p.number) for p in parsed.paragraphs if p.kind == "numbered"]
    assert len(numbered) == len(set(numbered))
    markers = [note.marker for note in parsed.footnotes]
    assert len(markers) == len(set(markers))
    assert parsed.masthead.language in ("ar", "zh", "en", "fr", "ru", "es")


def read_or_refuse_only_blank(text: str) -> None:
    try:
        parsed = parse_text(text)
    except ParseError:
        # Never a real text: only one with nothing to read is refused.
        assert not normalize_characters(text).strip()
        return
    assert_consistent(parsed)


@settings(max_examples=400, deadline=None)
@given(ANY_TEXT)
def test_any_text_in_the_six_scripts_is_read_consistently(text: str) -> None:
    read_or_refuse_only_blank(text)


@settings(max_examples=300, deadline=None)
@given(SEED_FRAGMENTS)
def test_shuffled_lines_of_the_seeds_and_corpus_are_read_consistently(text: str) -> None:
    read_or_refuse_only_blank(text)


@settings(max_examples=200, deadline=None)
@given(SEED_FRAGMENTS.map(lambda text: " ".join(text.split("\n"))))
def test_lines_run_together_as_a_web_copy_prints_them_are_read_consistently(text: str) -> None:
    read_or_refuse_only_blank(text)
