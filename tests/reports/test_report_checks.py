"""The checks panel names paragraph numbers an editor printed twice, out of order or with a gap,
on the seventh meeting's draft (seed 000) as an editor edits it."""

import re

import pytest
from django.urls import reverse

from reports.services.checks import report_checks
from reports.services.sections import save_report_section
from tests.reports.test_report_import import FOURTH, SEVENTH, imported

pytestmark = pytest.mark.django_db


def renumbered_statements(seeds, editor, numbers: dict[int, int]):
    """Seed 000 with the paragraphs of IV.B (¶14–18) numbered as `numbers` says."""
    report = imported(seeds, SEVENTH).document.draft_report
    section = report.sections.get(language="zh", key="organization-statements")
    lines = [
        re.sub(r"^(\d+)\. ", lambda m: f"{numbers.get(int(m[1]), int(m[1]))}. ", line)
        for line in section.text.splitlines()
    ]
    save_report_section(
        section=section, text="\n".join(lines), expected_version=section.version, user=editor
    )
    return report


def numbering(report) -> list[tuple[str, int | None, str]]:
    return [
        (problem.code, problem.paragraph_number, problem.section.key)
        for problem in report_checks(report=report, language="zh")
        if problem.code.startswith("paragraph-")
    ]


@pytest.mark.parametrize("name", [SEVENTH, FOURTH])
def test_the_seeds_as_imported_have_no_numbering_problem(seeds, name):
    report = imported(seeds, name).document.draft_report

    assert numbering(report) == []


def test_a_paragraph_numbered_twice_is_named_and_so_is_the_gap_it_leaves(seeds, editor):
    report = renumbered_statements(seeds, editor, {15: 14})  # 13, 14, 14, 16

    assert numbering(report) == [
        ("paragraph-repeated", 14, "organization-statements"),
        ("paragraph-gap", 16, "organization-statements"),
    ]
    messages = [p.message for p in report_checks(report=report, language="zh")]
    assert "Paragraph 14 is numbered twice." in messages
    assert "Paragraph 16 follows paragraph 14: a number is missing." in messages


def test_paragraphs_out_of_order_are_named_once(seeds, editor):
    report = renumbered_statements(seeds, editor, {15: 16, 16: 15})  # 14, 16, 15, 17

    assert numbering(report) == [("paragraph-out-of-order", 15, "organization-statements")]


def test_a_number_repeated_across_two_sections_is_found(seeds, editor):
    report = renumbered_statements(seeds, editor, {14: 13, 15: 14, 16: 15, 17: 16, 18: 17})

    # IV.A ends with ¶13 and IV.B now starts with it again; ¶19 then follows ¶17.
    assert numbering(report) == [
        ("paragraph-repeated", 13, "organization-statements"),
        ("paragraph-gap", 19, "organization-agenda"),
    ]


def test_the_checks_panel_of_the_report_page_names_the_paragraph(seeds, editor, editor_client):
    report = renumbered_statements(seeds, editor, {15: 14})
    section = report.sections.get(language="zh", key="organization-statements")

    html = editor_client.get(
        reverse("report-detail", args=[report.pk]), {"lang": "zh"}
    ).content.decode()

    assert "Paragraph 14 is numbered twice." in html
    assert f'href="#section-{section.pk}-para-14"' in html
