"""The full-text index of paragraphs, filled by the import (DESIGN.md, Search).

On PostgreSQL each paragraph carries a tsvector. The import builds every paragraph's vector
before it stores the text (`index_text`), and the store writes it in the same COPY as the
paragraph: for Chinese the character pairs built in Python (documents.parsing.segmentation),
for the other five languages what PostgreSQL's configuration of that language builds, asked for
in one query over the texts. Writing the paragraphs first and their vectors by an UPDATE after
wrote every row twice. The embedded SQLite mode keeps no index.
"""

import re
from dataclasses import dataclass

from django.db import connection

from documents.models import LanguageVersion
from documents.parsing.results import ParsedText
from documents.parsing.segmentation import HAN_CHARACTERS, chinese_vector

# PostgreSQL's regular expression for a lexeme holding a Chinese character.
HAN_LEXEME = "[" + HAN_CHARACTERS.encode().decode("unicode_escape") + "]"
HAN = re.compile(f"[{HAN_CHARACTERS}]")
# The lexemes of a vector chinese_vector wrote out ("'偷运':1 'covid':5,9"): they hold no quote.
LEXEMES = re.compile(r"'([^']*)'")

CONFIGURATIONS = {
    "ar": "arabic",
    "en": "english",
    "fr": "french",
    "ru": "russian",
    "es": "spanish",
    "zh": "simple",
}


@dataclass(frozen=True)
class ParagraphIndex:
    """A text's search vectors, one per paragraph in its order, for the store to write."""

    vectors: tuple[str, ...]
    # A Chinese text's words in other scripts (LanguageVersion.latin_terms); None otherwise.
    latin_terms: str | None = None


def index_text(parsed: ParsedText) -> ParagraphIndex | None:
    """The search vectors of a text's paragraphs, built before they are stored; None on SQLite."""
    if connection.vendor != "postgresql":
        return None
    texts = [paragraph.text for paragraph in parsed.paragraphs]
    language = parsed.masthead.language
    if language == "zh":
        vectors = [chinese_vector(text) for text in texts]
        return ParagraphIndex(tuple(vectors), latin_terms=latin_terms(vectors))
    if not texts:
        return ParagraphIndex(())
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT to_tsvector(%s::regconfig, text)::text "
            "FROM unnest(%s::text[]) WITH ORDINALITY AS paragraph(text, place) ORDER BY place",
            [CONFIGURATIONS[language], texts],
        )
        return ParagraphIndex(tuple(vector for (vector,) in cursor.fetchall()))


def latin_terms(vectors: list[str]) -> str:
    """The lexemes without a Chinese character of a Chinese text's vectors, as one vector.

    "covid", "19", "unodc": a search in those scripts passes over a Chinese version that holds
    none of its words without reading its paragraphs. The same vector `index_latin_terms`
    gathers in SQL from stored paragraphs (without positions; empty when there are none).
    """
    terms = {term for vector in vectors for term in LEXEMES.findall(vector) if not HAN.search(term)}
    return " ".join(f"'{term}'" for term in sorted(terms))


def index_version(version: LanguageVersion) -> int:
    """Fill the search vectors of a version's stored paragraphs in PostgreSQL; return how many.

    For paragraphs written without their vectors: a report published from its sections, rows
    made by hand. An import writes its vectors with the paragraphs (`index_text`).
    """
    if connection.vendor != "postgresql":
        return 0
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE documents_paragraph SET search = to_tsvector(%s::regconfig, text) "
            "WHERE version_id = %s",
            [CONFIGURATIONS[version.language], version.pk],
        )
        return cursor.rowcount


def index_latin_terms(version_ids: list[int]) -> None:
    """Gather each Chinese version's words in other scripts from its stored paragraphs' vectors.

    The lexemes of its paragraphs that hold no Chinese character ("covid", "19", "unodc"), as a
    vector without positions (LanguageVersion.latin_terms); an empty one when there are none.
    The generated corpus's versions get theirs so; an import's come from `latin_terms`.
    """
    if connection.vendor != "postgresql" or not version_ids:
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE documents_languageversion AS version SET latin_terms = ("
            "  SELECT array_to_tsvector(coalesce(array_agg(DISTINCT term.lexeme), '{}'))"
            "  FROM documents_paragraph AS paragraph, unnest(paragraph.search) AS term"
            "  WHERE paragraph.version_id = version.id AND term.lexeme !~ %s"
            ") WHERE version.id = ANY(%s) AND version.language = 'zh'",
            [HAN_LEXEME, version_ids],
        )
