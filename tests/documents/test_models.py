"""Documents keep their symbol normalized and its parts at hand; sections lock optimistically."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from documents.models import Document
from reports.models import OpenItem, ReportSection
from reports.services.sections import StaleSectionError, save_report_section
from tests.factories import DocumentFactory, ReportSectionFactory

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


def test_saving_a_section_bumps_its_version_and_reads_its_open_items(editor):
    section = ReportSectionFactory(text="20. 出席：阿富汗。")
    saved = save_report_section(
        section=section, text="20. 出席：阿富汗[……]。", expected_version=1, user=editor
    )
    assert (saved.version, saved.origin, saved.updated_by) == (2, "edited", editor)
    assert list(saved.open_items.values_list("kind", "paragraph_number")) == [("placeholder", 20)]


def test_a_stale_save_is_refused_and_overwrites_nothing(editor, delegate):
    section = ReportSectionFactory(text="27. 工作组于 2020 年 9 月 9 日通过了本次会议报告。")
    save_report_section(
        section=section, text="27. 第一位编辑的文字。", expected_version=1, user=editor
    )
    with pytest.raises(StaleSectionError) as refused:
        save_report_section(section=section, text="27. 第二位编辑的文字。", expected_version=1)
    assert refused.value.current.text == "27. 第一位编辑的文字。"
    assert refused.value.submitted_text == "27. 第二位编辑的文字。"
    assert "(version 2) after you opened version 1" in str(refused.value)
    section.refresh_from_db()
    assert (section.text, section.version) == ("27. 第一位编辑的文字。", 2)
    assert section.history.count() == 2
    assert not OpenItem.objects.exists()
    assert ReportSection.objects.count() == 1
