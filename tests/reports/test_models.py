"""Report sections lock optimistically: a save names the version it was made from."""

import pytest

from reports.models import OpenItem, ReportSection
from reports.services.sections import StaleSectionError, save_report_section
from tests.factories import ReportSectionFactory

pytestmark = pytest.mark.django_db


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
