"""Whatever text an importer uploads, the parser answers with a result or a ParseError."""

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from documents.parsing.results import ParsedText, ParseError
from documents.parsing.structure import parse_text

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"

# The characters the parser reacts to: Chinese, digits, marks, full- and half-width punctuation.
CHARACTERS = (
    "偷运移民问题工作组第七次会议建议关键议题一二三四五六年月日至和"
    "0123456789ABCIVXabci"
    "。，、；：？！（）《》“”．.,;:()-–•·*#_/ \t\n\uf02a\f\r"
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
)
ANY_TEXT = st.one_of(
    st.text(alphabet=CHARACTERS, max_size=400),
    st.lists(st.sampled_from(PIECES) | st.text(alphabet=CHARACTERS, max_size=12)).map("".join),
)


def seed_lines() -> list[str]:
    if not SEEDS.is_dir():
        return ["1. 本文件由秘书处编写。", " 一. 导言 ", "__________________ ", " 1 同上。"]
    return [
        line
        for path in sorted(SEEDS.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").split("\n")
    ]


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


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_any_text_gives_a_consistent_result_or_a_parse_error(text: str) -> None:
    try:
        parsed = parse_text(text)
    except ParseError:
        return
    assert_consistent(parsed)


@settings(max_examples=300, deadline=None)
@given(SEED_FRAGMENTS)
def test_shuffled_seed_lines_give_a_consistent_result_or_a_parse_error(text: str) -> None:
    try:
        parsed = parse_text(text)
    except ParseError:
        return
    assert_consistent(parsed)
