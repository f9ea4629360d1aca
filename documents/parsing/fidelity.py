"""How faithfully the import reads a folder of texts whose facts are known: `manage.py fidelity`.

A folder holds texts and a `truth.json` (the format of ../shared/corpus and ../shared/seeds):
for each file name, the facts the text prints. `null` is a fact nobody checked; `"absent"` one
the text does not print, so the reader must return none. Each file is read by `reading.read_file`,
the import's own reader, and compared field by field; a file the reader refuses (ParseError) or
crashes on counts every checked field as wrong.

Pure functions, no Django.
"""

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from . import symbols
from .reading import ReadText, read_file
from .results import ParsedText, ParseError

__all__ = ["FIELDS", "FileResult", "compare", "facts_of", "read_folder", "summary_line"]

FIELDS = (
    "symbol",
    "distribution",
    "issue_date",
    "language",
    "original_language",
    "title",
    "numbered_paragraphs",
    "numbering_in_order",
    "chapters",
    "footnotes",
)
ABSENT = "absent"
# Generous: the corpus files are excerpts of a few KB, the seeds about 60 KB.
MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class FileResult:
    name: str
    checked: int  # fields truth.json gives a value for
    wrong: dict[str, tuple[object, object]] = field(default_factory=dict)  # field: (read, truth)
    refused: str | None = None  # the ParseError's message
    crashed: str | None = None  # the exception, for a bug in the reader

    @property
    def right(self) -> int:
        return 0 if self.refused or self.crashed else self.checked - len(self.wrong)


def facts_of(parsed: ParsedText) -> dict[str, object]:
    """The fields of truth.json as the reader found them; None where it found nothing."""
    masthead = parsed.masthead
    numbered = [p for p in parsed.paragraphs if p.kind == "numbered"]
    return {
        "symbol": masthead.symbol,
        "distribution": masthead.distribution,
        "issue_date": masthead.issue_date.isoformat() if masthead.issue_date else None,
        "language": masthead.language,
        "original_language": masthead.original_language,
        "title": masthead.title,
        "numbered_paragraphs": len(numbered),
        "numbering_in_order": _in_order(numbered) if numbered else None,
        "chapters": sum(1 for h in parsed.headings if h.kind == "chapter" and h.parent is None),
        "footnotes": len(parsed.footnotes),
    }


def compare(name: str, truth: dict[str, object], read: Callable[[], ReadText]) -> FileResult:
    """Read one file and compare what it gives with its truth."""
    expected = {key: truth.get(key) for key in FIELDS if truth.get(key) is not None}
    try:
        found = facts_of(read().parsed)
    except ParseError as error:
        return FileResult(name, len(expected), refused=str(error))
    except Exception as error:  # a crash is what this command exists to count
        return FileResult(name, len(expected), crashed=f"{type(error).__name__}: {error}")
    wrong = {
        key: (found[key], value)
        for key, value in expected.items()
        if not _same(key, found[key], None if value == ABSENT else value)
    }
    return FileResult(name, len(expected), wrong)


def read_folder(folder: Path) -> Iterator[FileResult]:
    """Each file `folder/truth.json` names, read and compared, in the order it lists them."""
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    for name, facts in truth.items():
        if name.startswith("_"):
            continue  # "_about": the file's own description
        path = folder / name
        yield compare(
            name,
            facts,
            lambda path=path: read_file(path.read_bytes(), filename=path.name, max_bytes=MAX_BYTES),
        )


def summary_line(results: list[FileResult]) -> str:
    right = sum(result.right for result in results)
    checked = sum(result.checked for result in results)
    refused = sum(1 for result in results if result.refused)
    crashed = sum(1 for result in results if result.crashed)
    return f"fidelity: {right}/{checked} fields right, {refused} refused, {crashed} crashes"


def _in_order(numbered: list) -> bool:
    # Numbering restarts in an annex, which is a part of its own: in order within each part.
    return all(
        later.number == earlier.number + 1
        for earlier, later in pairwise(numbered)
        if later.part == earlier.part
    )


def _same(key: str, found: object, expected: object) -> bool:
    if found is None or expected is None:
        return found is None and expected is None
    if key == "symbol":
        return _symbol_key(str(found)) == _symbol_key(str(expected))
    if key == "title":
        # The title's words as printed: a cover sets "Резолюции и решения" / "принятые…" on
        # lines of their own where the catalogue writes a comma; punctuation and case are not
        # compared.
        return _words(str(found)) == _words(str(expected))
    return found == expected


def _symbol_key(text: str) -> str:
    try:
        return symbols.parse(text).key
    except symbols.SymbolError:
        return "".join(text.split())


def _words(text: str) -> list[str]:
    # Case is typography too: "PREMIER RAPPORT DU BUREAU" is "Premier rapport du Bureau".
    return re.findall(r"\w+", text.casefold())
