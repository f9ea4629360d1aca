"""Footnotes: the note blocks under a page's rule, and the calls to them in the running text.

Notes. Under a line of underscores (`__________________`) each note starts with its number and
a space (`" 5 国际移民组织，…"`), or `*` for the note on the masthead. Notes are numbered
through the whole document, so a new note is the next expected number: a wrapped line that
starts with another number is the note going on (`"27 日。"` inside note 25). The block ends
where the page does: at a page turn (see `lines`), at a mark that opens a paragraph (`41.`),
or at a blank line not followed by the next note.

Calls. Text extracted from PDF loses the superscript and keeps the call as a bare number glued
to the word or punctuation before it: `"…不断坐大。1"`, `"台风海燕2或"`, `"契约》7中"`,
`"的那样，12 这些"`. A number only counts as a call when it is the next note expected, nothing
but a character or punctuation mark stands right before it, and no unit follows it. That keeps
out `"第 19 条第 1\\n款"` (a space before), `"1951年公约和1967年"` (not the next note, and
`年` after it), `"自 2020 年 2\\n月"`, `"COVID-19"` and the `7` of `"WG.7"` (inside a symbol).
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .lines import Line, is_cjk, join_wrapped
from .numbering import read_mark
from .results import Footnote, ParseWarning

__all__ = ["CallReader", "Note", "attach_notes", "cut_footnotes", "rule_run_in_notes"]

RULE = re.compile(r"_{5,}|[—―]{10,}")
NUMBERED_NOTE = re.compile(r"(\d{1,3})\s+(\S.*)")
STAR_NOTE = re.compile(r"([*†‡]{1,3})\s*(\S.*)")
# What a number counted, not a call: "第 4 版，2020 年 5 月 27 日", "30 多条", "100 亿美元".
UNITS = frozenset("年月日时点分秒岁周个名次项条款章节段页号届期度万亿千百多余倍人家国%％")
CALL_CANDIDATE = re.compile(r"\d{1,3}(?!\d)")
SKIPPABLE = 2
# After these a number is a call even where the text has no notes to check it against.
CLOSING = frozenset("。，；.;,”’）)》」』】»")


@dataclass(frozen=True)
class Note:
    marker: str  # "1", "*"
    text: str
    line: int
    last_line: int


def cut_footnotes(lines: Sequence[Line]) -> tuple[list[Line], list[Note]]:
    """The running text without its note blocks, and the notes in the order printed."""
    body: list[Line] = []
    notes: list[Note] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if not RULE.fullmatch(line.text):
            body.append(line)
            index += 1
            continue
        # The blank lines at the foot of a page say nothing about the paragraph going on.
        while body and body[-1].blank:
            body.pop()
        index, found = _read_note_block(lines, index + 1, notes)
        notes.extend(found)
    return body, notes


# A page run onto one line by a web copy ends with its notes: `…du millénaire»1, Consciente
# de … le Sommet du millénaire, 1 A/53/948 et Add.1.`. Such a line is long, calls its note glued
# to a word earlier on, and prints the note's number again after a clause near its end.
RUN_IN_MIN = 400
RUN_IN_TAIL = 300
GLUED_CALL = re.compile(r"(?:(?<=[^\W\d_])|(?<=[»”\"’)]))(\d{1,2})(?=[,.;:]?\s)")


def rule_run_in_notes(lines: Sequence[Line]) -> list[Line]:
    """Lines with the notes run into the end of a page's line set under a rule of their own."""
    ruled: list[Line] = []
    for line in lines:
        found = _run_in_note(line.text) if len(line.text) >= RUN_IN_MIN else None
        if found is None:
            ruled.append(line)
            continue
        ruled += [
            Line(line.number, line.text[:found].rstrip(), True, line.page_join),
            Line(line.number, "__________"),
            Line(line.number, line.text[found:], True),
        ]
    return ruled


def _run_in_note(text: str) -> int | None:
    tail = len(text) - RUN_IN_TAIL
    for call in GLUED_CALL.finditer(text):
        note = re.compile(rf"(?<=[,.;:]\s){call[1]}\s+(?=[A-Z(\[«“])")
        if (match := note.search(text, max(call.end(), tail))) is not None:
            return match.start()
    return None


def _read_note_block(
    lines: Sequence[Line], index: int, earlier: list[Note]
) -> tuple[int, list[Note]]:
    expected = _next_number(earlier)
    found: list[Note] = []
    parts: list[Line] = []
    while index < len(lines):
        line = lines[index]
        # The first note of a document may have any number; after it, only the next one opens.
        wanted = expected if found or earlier else None
        if line.blank:
            following = _next_non_blank(lines, index)
            if following is None or _note_start(lines[following].text, wanted) is None:
                index += 1
                break
            index = following
            continue
        if found and line.page_join:
            break
        start = _note_start(line.text, wanted)
        if start is not None:
            if found:
                found[-1] = _finish(found[-1], parts)
            marker, text = start
            found.append(Note(marker, text, line.number, line.number))
            parts = [line]
            if marker.isdigit():
                expected = int(marker) + 1
        elif not found or _opens_paragraph(line.text):
            break
        else:
            parts.append(line)
        index += 1
    if found:
        found[-1] = _finish(found[-1], parts)
    return index, found


def _note_start(text: str, expected: int | None) -> tuple[str, str] | None:
    if match := STAR_NOTE.fullmatch(text):
        return match[1], match[2]
    match = NUMBERED_NOTE.fullmatch(text)
    if match and (expected is None or int(match[1]) == expected):
        return match[1], match[2]
    return None


def _opens_paragraph(text: str) -> bool:
    # "24 March" / "2020. Available at…" goes on with the note; "41. 此外…" is the next page.
    mark = read_mark(text)
    return mark is not None and not mark.may_be_a_year


def _finish(note: Note, parts: list[Line]) -> Note:
    rest = [line.text for line in parts[1:]]
    return Note(note.marker, join_wrapped([note.text, *rest]), note.line, parts[-1].number)


def _next_number(notes: list[Note]) -> int:
    numbered = [int(note.marker) for note in notes if note.marker.isdigit()]
    return numbered[-1] + 1 if numbered else 1


def _next_non_blank(lines: Sequence[Line], index: int) -> int | None:
    for following in range(index + 1, len(lines)):
        if not lines[following].blank:
            return following
    return None


class CallReader:
    """Finds note calls in the running text, element by element in document order."""

    def __init__(self, notes: Sequence[Note]) -> None:
        self.numbers = {int(note.marker) for note in notes if note.marker.isdigit()}
        # An excerpt may start at note 34; a whole document starts at 1.
        self.next_number = min(self.numbers, default=1)
        self.stars = [note.marker for note in notes if not note.marker.isdigit()]

    def take(self, text: str, masked: Sequence[tuple[int, int]]) -> tuple[str, list[str]]:
        """`text` with its calls cut out, and the calls' markers in order."""
        calls: list[tuple[int, int, str]] = []
        for match in CALL_CANDIDATE.finditer(text):
            start, end = match.span()
            number = int(match[0])
            if not self.next_number <= number <= self.next_number + SKIPPABLE:
                continue
            if not self._is_call(text, start, end):
                continue
            # A call the extraction lost (a space slipped in before it) must not stop the
            # count: a later note is taken where it follows punctuation, and the lost one is
            # reported as never called.
            if number != self.next_number and (
                number not in self.numbers or text[start - 1] not in CLOSING
            ):
                continue
            if any(begin < end and start < stop for begin, stop in masked):
                continue
            calls.append((start, end, match[0]))
            self.next_number = number + 1
        for star in list(self.stars):
            if (found := _star_call(text, star, masked)) is not None:
                calls.append((found, found + len(star), star))
                self.stars.remove(star)
        calls.sort()
        return _cut(text, [(start, end) for start, end, _ in calls]), [m for *_, m in calls]

    def _is_call(self, text: str, start: int, end: int) -> bool:
        if start == 0:
            return False
        before = text[start - 1]
        if before.isspace() or before.isdigit() or before == "第":
            return False
        if before in CLOSING:
            # "2.1" is a number; "Office.1" a call.
            if start >= 2 and text[start - 2].isdigit():
                return False
        elif not (is_cjk(before) or before.isalpha()) or not self.numbers:
            # Without notes to check against, only a number after punctuation is taken.
            return False
        after = text[end : end + 2]
        following = after[:1]
        if following and (following in UNITS or following in "/-–:"):
            return False
        if following.isalpha() and not is_cjk(following):
            return False
        return not (after[:1] == "." and after[1:2].isdigit())


def _star_call(text: str, star: str, masked: Sequence[tuple[int, int]]) -> int | None:
    """Where "*" calls its note: glued to a word ("议程*"), not a bullet or a reissue mark."""
    for match in re.finditer(re.escape(star), text):
        start, end = match.span()
        if start == 0 or text[start - 1].isspace() or text[start - 1] == "*":
            continue
        if end < len(text) and text[end] == "*":
            continue
        if not any(begin < end and start < stop for begin, stop in masked):
            return start
    return None


def _cut(text: str, spans: list[tuple[int, int]]) -> str:
    for start, end in reversed(spans):
        # "的那样，12 这些措施": the space set after the superscript goes with it in Chinese.
        if end < len(text) and text[end] == " " and is_cjk(text[start - 1]):
            end += 1
        text = text[:start] + text[end:]
    return text.strip()


def attach_notes(
    notes: Sequence[Note],
    calls: Sequence[tuple[Sequence[str], int]],
    *,
    called_in_headings: Sequence[str] = (),
) -> tuple[list[Footnote], list[ParseWarning]]:
    """Each note with the index of the paragraph that calls it first, and what does not match.

    `calls` holds, paragraph by paragraph, the markers it calls and its first line.
    """
    warnings: list[ParseWarning] = []
    caller: dict[str, int] = {}
    for index, (markers, _) in enumerate(calls):
        for marker in markers:
            caller.setdefault(marker, index)
    known = {note.marker for note in notes}
    for marker, index in caller.items():
        if marker not in known:
            message = f"Footnote {marker} is called but its note was not found."
            warnings.append(ParseWarning("footnote-unmatched", message, calls[index][1]))
    for note in notes:
        if note.marker not in caller and note.marker not in called_in_headings:
            message = f"Note {note.marker} is never called in the text."
            warnings.append(ParseWarning("footnote-unmatched", message, note.line))
    footnotes = [Footnote(note.marker, note.text, caller.get(note.marker)) for note in notes]
    return footnotes, warnings
