"""The full-text index of paragraphs, filled by the import (DESIGN.md, Search).

On PostgreSQL each paragraph carries a tsvector: for Chinese, the character pairs built in Python
(documents.parsing.segmentation) under the `simple` configuration; for the other five languages,
PostgreSQL's own configuration of that language. The embedded SQLite mode keeps no index.
"""

from django.db import connection

from documents.models import LanguageVersion
from documents.parsing.segmentation import chinese_terms

CONFIGURATIONS = {
    "ar": "arabic",
    "en": "english",
    "fr": "french",
    "ru": "russian",
    "es": "spanish",
    "zh": "simple",
}


def index_version(version: LanguageVersion) -> int:
    """Fill the search vectors of a version's paragraphs; return how many were indexed."""
    if connection.vendor != "postgresql":
        return 0
    with connection.cursor() as cursor:
        if version.language == "zh":
            rows = list(version.paragraphs.values_list("id", "text"))
            # One statement for the whole version: the terms travel as two parallel arrays.
            cursor.execute(
                "UPDATE documents_paragraph AS p SET search = to_tsvector('simple', v.terms) "
                "FROM unnest(%s::bigint[], %s::text[]) AS v(id, terms) WHERE p.id = v.id",
                [[pk for pk, _ in rows], [" ".join(chinese_terms(text)) for _, text in rows]],
            )
            return len(rows)
        cursor.execute(
            "UPDATE documents_paragraph SET search = to_tsvector(%s::regconfig, text) "
            "WHERE version_id = %s",
            [CONFIGURATIONS[version.language], version.pk],
        )
        return cursor.rowcount
