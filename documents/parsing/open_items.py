"""Finds unsettled text in a draft: bracketed alternatives and placeholders.

Negotiated text carries square brackets until it is agreed: `[8 日和 9 日][第二和第三场]` offers
alternatives, `[……]` (or `[...]`) holds a place for text still to come. A report is clean when
none remain. Pure function: text in, frozen dataclasses out.
"""

import re
from dataclasses import dataclass
from typing import Literal

# Full-width brackets appear in Chinese drafts typed on some keyboards; both count.
_BRACKETED = re.compile(r"[\[［]([^\[\]［］]*)[\]］]")
_PLACEHOLDER = re.compile(r"^\s*(?:…+|\.{3,}|_{3,})\s*$")
# A numbered paragraph starts a line: "12. " or "12．" (full-width full stop).
_PARAGRAPH = re.compile(r"^(\d{1,4})[.．]\s", re.MULTILINE)


@dataclass(frozen=True)
class OpenItemFound:
    kind: Literal["bracket", "placeholder"]
    text: str
    position: int
    paragraph_number: int | None


def find_open_items(text: str) -> list[OpenItemFound]:
    """Every bracketed span and placeholder in `text`, with the paragraph it stands in."""
    starts = [(match.start(), int(match.group(1))) for match in _PARAGRAPH.finditer(text)]
    found = []
    for match in _BRACKETED.finditer(text):
        inner = match.group(1)
        kind = "placeholder" if not inner.strip() or _PLACEHOLDER.match(inner) else "bracket"
        number = None
        for start, paragraph in starts:
            if start > match.start():
                break
            number = paragraph
        found.append(OpenItemFound(kind, match.group(0), match.start(), number))
    return found
