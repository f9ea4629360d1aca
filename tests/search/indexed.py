"""Language versions indexed as an import indexes them, for tests of search."""

from django.db import connection

from documents.indexing import index_version
from documents.models import Document
from documents.parsing.segmentation import chinese_vector
from tests.factories import LanguageVersionFactory, ParagraphFactory


def indexed_version(document: Document, language: str, texts: list[str], title: str = ""):
    """A language version with numbered paragraphs, indexed as an import indexes them."""
    version = LanguageVersionFactory(document=document, language=language, title=title)
    for number, text in enumerate(texts, start=1):
        ParagraphFactory(version=version, number=number, order=number, text=text)
    if language == "zh":
        with connection.cursor() as cursor:
            for paragraph in version.paragraphs.all():
                cursor.execute(
                    "UPDATE documents_paragraph SET search = %s::tsvector WHERE id = %s",
                    [chinese_vector(paragraph.text), paragraph.pk],
                )
    else:
        index_version(version)
    return version
