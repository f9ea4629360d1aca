"""The fingerprint of a text: the same whatever file format it came in.

A document printed without its symbol (a resolution reproduced on a web page, a note without
a masthead) is known only by its text. Imported once as .txt and again as .docx or .pdf, the
file differs and so does what extraction makes of it: lines wrapped elsewhere, a hyphen at a
line break, spaces around Chinese punctuation, full-width digits, a page header the parser left
in. So the fingerprint reads only the letters and digits of the headings and paragraphs in
reading order, NFKC-normalized and case-folded, and only the first FINGERPRINT_CHARACTERS of
them. Neither paragraph boundaries nor what is a heading count: a Word file may break a
paragraph where the text file wrapped it, and a PDF line that stands alone may read as a
heading. And the further a text runs, the more page furniture a PDF leaves in it.

Pure functions, no Django.
"""

import hashlib
import re
import unicodedata
from collections.abc import Iterable

from documents.parsing.results import ParsedText

# About a page of Chinese, two thirds of a page of English: enough to tell two resolutions
# apart (their preambles differ within a few lines), little enough to stay on the first page.
FINGERPRINT_CHARACTERS = 2000
# What is neither a letter nor a digit: spaces, punctuation, hyphens, symbols, combining marks.
NEITHER_LETTER_NOR_DIGIT = re.compile(r"[\W_]+")


def text_fingerprint(paragraphs: Iterable[str]) -> str:
    """SHA-256 of the first letters and digits of the paragraphs' texts, in their order; "" for
    a text without any."""
    kept: list[str] = []
    length = 0
    for text in paragraphs:
        letters = NEITHER_LETTER_NOR_DIGIT.sub("", unicodedata.normalize("NFKC", text).casefold())
        kept.append(letters)
        length += len(letters)
        if length >= FINGERPRINT_CHARACTERS:
            break
    stream = "".join(kept)[:FINGERPRINT_CHARACTERS]
    return hashlib.sha256(stream.encode()).hexdigest() if stream else ""


def fingerprint_of(parsed: ParsedText) -> str:
    """The fingerprint of a text read: its headings and paragraphs in reading order."""
    lines = sorted((*parsed.headings, *parsed.paragraphs), key=lambda line: line.order)
    return text_fingerprint(line.text for line in lines)
