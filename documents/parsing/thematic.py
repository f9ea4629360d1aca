"""The secretariat's thematic summary of background papers: `read_thematic_summary`.

Seed `001` summarizes every background paper since the first meeting of the Working Group,
grouped by theme. Chapter 二 (II) holds one named heading per theme (`刑事司法对策`), a
`关键议题` ("Key topics") label over the theme's key topics separated by `；`, and then one run of
numbered paragraphs per paper. A run opens with the paragraph that introduces the paper:

    4. 2018 年，秘书处为工作组第五次会议草拟了一份背景文件，以给工作组就……提供依据
    （CTOC/COP/WG.7/2018/2）。

    2. In 2018, the secretariat prepared a background paper for the fifth meeting of the
    Working Group … (CTOC/COP/WG.7/2018/2).

and goes on until the next paper or theme. This module reads that from what `parse_text` made
of the text; it only decides which headings are themes and which paragraphs introduce papers.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from . import symbols
from .lines import join_wrapped
from .numerals import chinese_number, ordinal_word
from .results import Paragraph, ParsedText, ParseError, ParseWarning

__all__ = ["SummarizedPaper", "ThematicSummary", "Theme", "read_thematic_summary"]

# The label over a theme's key topics, alone on its line or in front of the topics: English
# texts without trailing spaces join "Key topics" and the wrapped list under it into one block.
KEY_TOPICS = re.compile(r"(?:关键议题|key\s+topics\b)\s*[:：]?\s*", re.IGNORECASE)
# Topics are separated by semicolons, and twice in seed `001` by full-width colons typed in
# their place: "空中偷运：偷运路线；机场的作用：欺诈性证件：腐败；非法收益：正常的移民途径。"
# lists "smuggling by air", "smuggling routes", "role of airports" ..., not "air: routes".
TOPIC_SEPARATORS = re.compile(r"[；;：]")
TOPICS_END = "。.;；"

# "2018 年，秘书处为工作组第五次会议草拟了一份背景文件", "秘书处还在 2013 年为工作组第二次会议
# 草拟了一份背景文件"; "一份" (one paper) keeps out sentences about background papers in general:
# "为偷运移民问题工作组的每一次会议提供了……背景文件".
CHINESE_INTRODUCTION = re.compile(r"秘书处[^。]*?一份背景文件")
ENGLISH_INTRODUCTION = re.compile(
    r"\bsecretariat\b[^.]*?\bprepared\b[^.]*?\ba\s+background\s+(?:paper|document)\b",
    re.IGNORECASE,
)
# "为工作组第五次会议", "第 7 次会议"; "for the fifth meeting", "at its 5th meeting".
CHINESE_MEETING = re.compile(r"第\s*([〇零一二两三四五六七八九十百\d]+)\s*次\s*会议")
ENGLISH_MEETING = re.compile(r"\b([A-Za-z]+|\d{1,3}(?:st|nd|rd|th))\s+meeting\b", re.IGNORECASE)
# "2018 年，", "In 2018,", and "2012，秘书处" (seed `001`, paragraph 36, without its 年).
YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
# The paper's symbol closes the paragraph in parentheses: "……提供依据（CTOC/COP/WG.7/2018/2）。".
PARENTHESIZED = re.compile(r"[（(]([^（）()]*)[）)]")

NOT_A_SUMMARY = (
    "This text is not a thematic summary of background papers: no paragraph introduces a "
    'background paper the secretariat prepared ("2018 年，秘书处为工作组第五次会议草拟了一份'
    '背景文件" or "In 2018, the secretariat prepared a background paper") and no theme lists '
    "key topics (关键议题 or Key topics)."
)


@dataclass(frozen=True)
class Theme:
    """A theme of the summary, as its heading names it, with the key topics listed under it."""

    name: str  # as printed: "刑事司法对策"
    key_topics: tuple[str, ...]
    order: int  # position among the themes, from 0
    heading: int  # index into ParsedText.headings


@dataclass(frozen=True)
class SummarizedPaper:
    """A background paper as the summary presents it: which, for which meeting, where."""

    symbol: str | None  # normalized; None when the paper's symbol is missing or does not parse
    year: int | None  # the year the secretariat prepared it, as the summary says
    meeting_ordinal: int | None  # the meeting of the Working Group it was prepared for
    theme: int | None  # index into ThematicSummary.themes
    paragraph_numbers: tuple[int, ...]  # the numbered paragraphs summarizing it
    paragraph: int  # index into ParsedText.paragraphs of the paragraph introducing it


@dataclass(frozen=True)
class ThematicSummary:
    """The thematic summary of background papers prepared for one meeting."""

    meeting_start: date | None
    meeting_end: date | None
    themes: tuple[Theme, ...]
    papers: tuple[SummarizedPaper, ...]
    warnings: tuple[ParseWarning, ...] = ()


def read_thematic_summary(parsed: ParsedText) -> ThematicSummary:
    """Read the themes and summarized papers of `parsed`; raise ParseError if it has neither."""
    warnings: list[ParseWarning] = []
    introductions = [
        index for index, paragraph in enumerate(parsed.paragraphs) if _introduces_paper(paragraph)
    ]
    labels = [index for index, heading in enumerate(parsed.headings) if _is_label(heading.text)]
    # "Key topics: advertising; trading systems.": the topics after the label, by paragraph.
    labelled_paragraphs = {
        index: topics
        for index, paragraph in enumerate(parsed.paragraphs)
        if paragraph.kind == "text" and (topics := _after_label(paragraph.text))
    }
    if not introductions and not labels and not labelled_paragraphs:
        raise ParseError(NOT_A_SUMMARY)

    theme_headings = sorted(
        {
            heading
            for index in labels
            if (heading := _theme_heading(parsed, parsed.headings[index].parent)) is not None
        }
        | {
            heading
            for index in [*labelled_paragraphs, *introductions]
            if (heading := _theme_heading(parsed, parsed.paragraphs[index].heading)) is not None
        },
        key=lambda index: parsed.headings[index].order,
    )
    themes: list[Theme] = []
    for order, heading in enumerate(theme_headings):
        key_topics = _key_topics(parsed, heading, labels, labelled_paragraphs)
        name = parsed.headings[heading].text
        if not key_topics:
            warnings.append(
                ParseWarning("no-key-topics", f"The theme {name!r} lists no key topics.")
            )
        themes.append(Theme(name=name, key_topics=key_topics, order=order, heading=heading))

    papers = [
        _paper(parsed, index, introductions, theme_headings, warnings) for index in introductions
    ]
    if parsed.masthead.meeting_start is None:
        warnings.append(
            ParseWarning(
                "no-meeting-dates",
                "The text does not say the dates of the meeting the summary was prepared for.",
            )
        )
    return ThematicSummary(
        meeting_start=parsed.masthead.meeting_start,
        meeting_end=parsed.masthead.meeting_end,
        themes=tuple(themes),
        papers=tuple(papers),
        warnings=tuple(warnings),
    )


def _introduces_paper(paragraph: Paragraph) -> bool:
    if paragraph.kind not in ("numbered", "text"):
        return False
    return bool(
        CHINESE_INTRODUCTION.search(paragraph.text) or ENGLISH_INTRODUCTION.search(paragraph.text)
    )


def _is_label(text: str) -> bool:
    return KEY_TOPICS.fullmatch(text.strip()) is not None


def _after_label(text: str) -> str:
    """The topics after a key-topics label the paragraph starts with, or ""."""
    match = KEY_TOPICS.match(text.strip())
    return text.strip()[match.end() :] if match else ""


def _ancestors(parsed: ParsedText, heading: int | None) -> Iterator[int]:
    while heading is not None:
        yield heading
        heading = parsed.headings[heading].parent


def _theme_heading(parsed: ParsedText, heading: int | None) -> int | None:
    """The theme a paragraph under `heading` belongs to: the nearest heading that is not a
    key-topics label. Themes are named headings in seed `001` and may be sections ("A.") in
    another version; a paragraph right under a chapter belongs to no theme."""
    for index in _ancestors(parsed, heading):
        if _is_label(parsed.headings[index].text):
            continue
        return index if parsed.headings[index].kind != "chapter" else None
    return None


def _key_topics(
    parsed: ParsedText, theme: int, labels: list[int], labelled_paragraphs: dict[int, str]
) -> tuple[str, ...]:
    texts: list[str] = []
    for label in labels:
        if _theme_heading(parsed, parsed.headings[label].parent) != theme:
            continue
        under = [p.text for p in parsed.paragraphs if p.heading == label and p.kind == "text"]
        if not under:
            under = _topics_read_as_heading(parsed, label)
        texts += under
    for index, topics in labelled_paragraphs.items():
        if _theme_heading(parsed, parsed.paragraphs[index].heading) == theme:
            texts.append(topics)
    joined = join_wrapped(texts).strip().rstrip(TOPICS_END)
    return tuple(topic.strip() for topic in TOPIC_SEPARATORS.split(joined) if topic.strip())


def _topics_read_as_heading(parsed: ParsedText, label: int) -> list[str]:
    # One short line of topics without a final full stop ("Key topics" / "Advertising; trading
    # systems") stands alone like a title, so `parse_text` makes it the heading after the label.
    following = [
        heading
        for heading in parsed.headings
        if heading.order == parsed.headings[label].order + 1
        and heading.kind == "heading"
        and heading.parent == parsed.headings[label].parent
    ]
    return [heading.text for heading in following]


def _paper(
    parsed: ParsedText,
    index: int,
    introductions: list[int],
    theme_headings: list[int],
    warnings: list[ParseWarning],
) -> SummarizedPaper:
    introduction = parsed.paragraphs[index]
    where = (
        f"paragraph {introduction.number}"
        if introduction.number is not None
        else f"the paragraph starting {introduction.text[:30]!r}"
    )
    symbol, symbol_start = _symbol(introduction.text, where, warnings)
    before_symbol = introduction.text[:symbol_start]
    meeting = _meeting_ordinal(before_symbol)
    if meeting is None:
        warnings.append(
            ParseWarning(
                "no-meeting",
                f"The background paper introduced in {where} names no meeting it was prepared "
                "for (like 第五次会议 or the fifth meeting).",
            )
        )
    year_match = YEAR.search(before_symbol)
    year = int(year_match[1]) if year_match else None
    if year is None and symbol is not None:
        year = symbols.parse(symbol).year

    theme_heading = _theme_heading(parsed, introduction.heading)
    theme = theme_headings.index(theme_heading) if theme_heading is not None else None
    if theme is None:
        warnings.append(
            ParseWarning(
                "no-theme", f"The background paper introduced in {where} stands under no theme."
            )
        )
    return SummarizedPaper(
        symbol=symbol,
        year=year,
        meeting_ordinal=meeting,
        theme=theme,
        paragraph_numbers=_summary_numbers(parsed, index, introductions, theme_heading),
        paragraph=index,
    )


def _symbol(text: str, where: str, warnings: list[ParseWarning]) -> tuple[str | None, int]:
    """The paper's normalized symbol and where it stands in `text` (its end when missing)."""
    cited = [match for match in PARENTHESIZED.finditer(text) if "/" in match[1] or "／" in match[1]]
    if not cited:
        warnings.append(
            ParseWarning(
                "missing-symbol",
                f"The background paper introduced in {where} cites no symbol in parentheses, "
                "like (CTOC/COP/WG.7/2018/2).",
            )
        )
        return None, len(text)
    written = cited[-1][1]
    try:
        return symbols.normalize(written), cited[-1].start()
    except symbols.SymbolError as error:
        warnings.append(
            ParseWarning(
                "bad-symbol",
                f"The symbol of the background paper introduced in {where} does not parse: {error}",
            )
        )
        return None, cited[-1].start()


def _meeting_ordinal(text: str) -> int | None:
    if match := CHINESE_MEETING.search(text):
        return chinese_number(match[1])
    for match in ENGLISH_MEETING.finditer(text):
        if (ordinal := ordinal_word(match[1])) is not None:
            return ordinal
    return None


def _summary_numbers(
    parsed: ParsedText, index: int, introductions: list[int], theme_heading: int | None
) -> tuple[int, ...]:
    """The numbers of the paragraphs from `index` up to the next paper or theme."""
    numbers: list[int] = []
    later_papers = set(introductions) - {index}
    for following in range(index, len(parsed.paragraphs)):
        paragraph = parsed.paragraphs[following]
        if following in later_papers:
            break
        if theme_heading is not None:
            if theme_heading not in _ancestors(parsed, paragraph.heading):
                break
        elif paragraph.heading != parsed.paragraphs[index].heading:
            break
        if paragraph.kind == "numbered" and paragraph.number is not None:
            numbers.append(paragraph.number)
    return tuple(numbers)
