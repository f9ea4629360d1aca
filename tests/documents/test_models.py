"""Documents keep their symbol normalized and its parts at hand."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from documents.models import Document
from tests.factories import DocumentFactory

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
