"""The full-text index of paragraphs, filled by the import (DESIGN.md, Search).

On PostgreSQL each paragraph carries a tsvector. For Chinese it is made of the character pairs
built in Python (documents.parsing.segmentation), written out as a tsvector and stored with the
paragraph itself; for the other five languages PostgreSQL builds it with its own configuration
of that language once the paragraphs are stored. The embedded SQLite mode keeps no index.
"""

from django.db import connection

from documents.models import LanguageVersion
from documents.parsing.results import ParsedText
from documents.parsing.segmentation import HAN_CHARACTERS, chinese_vector

# PostgreSQL's regular expression for a lexeme holding a Chinese character.
HAN_LEXEME = "[" + HAN_CHARACTERS.encode().decode("unicode_escape") + "]"

CONFIGURATIONS = {
    "ar": "arabic",
    "en": "english",
    "fr": "french",
    "ru": "russian",
    "es": "spanish",
    "zh": "simple",
}


def vectors_built_here(parsed: ParsedText) -> list[str] | None:
    """The search vectors of a Chinese text's paragraphs, to be stored with them; else None."""
    if connection.vendor != "postgresql" or parsed.masthead.language != "zh":
        return None
    return [chinese_vector(paragraph.text) for paragraph in parsed.paragraphs]


def index_version(version: LanguageVersion) -> int:
    """Fill the search vectors of a version's paragraphs in PostgreSQL; return how many."""
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
    """Gather each Chinese version's words in other scripts from its paragraphs' vectors.

    The lexemes of its paragraphs that hold no Chinese character ("covid", "19", "unodc"), as a
    vector without positions (LanguageVersion.latin_terms); an empty one when there are none.
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
