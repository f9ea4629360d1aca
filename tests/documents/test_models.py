"""Documents keep their symbol normalized and its parts at hand."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from documents.models import Document
from tests.factories import DocumentFactory, LanguageVersionFactory

pytestmark = pytest.mark.django_db


def test_a_symbol_is_stored_normalized_with_its_parts():
    document = DocumentFactory(symbol=" ctoc/cop/wg.7/2020/inf/1/rev.1 ")
    document.refresh_from_db()
    assert document.symbol == "CTOC/COP/WG.7/2020/INF/1/Rev.1"
    assert (document.symbol_body, document.symbol_year, document.symbol_nature) == (
        "CTOC/COP/WG.7",
        2020,
        "INF",
    )
    assert (document.symbol_number, document.symbol_modifiers) == ("1", "Rev.1")
    assert document.undocs_url == "https://undocs.org/CTOC/COP/WG.7/2020/INF/1/Rev.1"


def test_an_invalid_symbol_is_refused_with_a_message():
    document = Document(symbol="V.20-03080", type=Document.Type.OTHER)
    with pytest.raises(ValidationError) as error:
        document.full_clean()
    assert "symbol" in error.value.message_dict


def test_one_symbol_names_one_document_but_unnumbered_drafts_may_be_many():
    DocumentFactory(symbol="CTOC/COP/WG.7/2020/2")
    DocumentFactory(symbol=None)
    DocumentFactory(symbol="")
    assert Document.objects.filter(symbol__isnull=True).count() == 2
    with pytest.raises(IntegrityError):
        DocumentFactory(symbol="CTOC/COP/WG.7/2020/2")


@pytest.mark.parametrize(
    ("held", "reader", "shown"),
    [
        (("ar", "en"), "fr", "en"),  # English first of the fallbacks, not the original Arabic
        (("ar", "en"), "ar", "ar"),
        (("zh", "fr"), "en", "zh"),
        (("zh", "fr"), "fr", "fr"),
        (("ru", "es"), "zh", "es"),
    ],
)
def test_a_document_shows_the_readers_language_else_the_first_it_holds_of_the_fallbacks(
    held, reader, shown
):
    document = DocumentFactory(original_language=held[0])
    for code in held:
        LanguageVersionFactory(document=document, language=code, title=f"Title {code}")

    assert document.version_for(reader).language == shown


def test_the_version_is_chosen_from_the_prefetched_versions_without_a_query(
    django_assert_num_queries,
):
    document = DocumentFactory(original_language="ar")
    LanguageVersionFactory(document=document, language="ar", title="ورقة معلومات أساسية")
    LanguageVersionFactory(document=document, language="en", title="")
    [read] = Document.objects.filter(pk=document.pk).prefetch_related("versions")

    with django_assert_num_queries(0):
        assert read.version_for("fr").language == "en"
        # A list that shows a title passes over a version without one.
        assert read.version_for("fr", titled=True).language == "ar"
        assert Document().version_for("fr", among=[]) is None


def test_a_documents_page_is_at_its_address_and_a_paragraph_at_its_anchor():
    document = DocumentFactory(symbol="CTOC/COP/WG.7/2020/2")

    assert document.get_absolute_url() == "/en/documents/CTOC/COP/WG.7/2020/2/"
    assert document.get_absolute_url("para-12") == "/en/documents/CTOC/COP/WG.7/2020/2/#para-12"
