"""The full-text index of paragraphs, filled by the import (DESIGN.md, Search).

On PostgreSQL each paragraph carries a tsvector. For Chinese it is made of the character pairs
built in Python (documents.parsing.segmentation), written out as a tsvector and stored with the
paragraph itself; for the other five languages PostgreSQL builds it with its own configuration
of that language once the paragraphs are stored. The embedded SQLite mode keeps no index.
"""

from django.db import connection

from documents.models import LanguageVersion
from documents.parsing.results import ParsedText
from documents.parsing.segmentation import chinese_vector

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
