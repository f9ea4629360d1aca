"""The same rules read English texts: `I. Introduction`, `A. General recommendations`, `1. The…`."""

from documents.parsing.structure import parse_text

ENGLISH_BACKGROUND_PAPER = """\
CTOC/COP/WG.7/2020/2

Distr.: General
1 July 2020

Original: English

Working Group on the Smuggling of Migrants
Vienna, 8 and 9 September 2020
Item 2 of the provisional agenda*

Effects of natural disasters, conflicts and crises on trends of organized
criminal groups and smuggling of migrants routes

Background paper prepared by the Secretariat

I. Introduction

1. The present background paper was prepared by the Secretariat to facilitate the
discussions at the seventh meeting of the Working Group on the Smuggling of Migrants.1

II. Issues for discussion

2. Delegations may wish to consider the following questions:
(a) How can States parties strengthen their crime prevention responses?
(b) What specific vulnerabilities have been identified?

III. Overview of the issue

3. Natural disasters, economic crises and other crises put enormous pressure
on societies.2 Migrants are among those most affected.

1. Smuggling of migrants and its main routes

4. The smuggling of migrants is a highly profitable business.

2. Impact of the pandemic on smuggling routes

5. Border closures have changed the routes smugglers use.

__________________
* CTOC/COP/WG.7/2020/1.
1 UNODC, Global Study on Smuggling of Migrants 2018 (United Nations publication, Sales No.
E.18.IV.9).
2 Keith Ditcham, "How COVID-19 is changing the organized crime threat", 24 March
2020.
"""


ENGLISH_DRAFT_REPORT = """\
Working Group on the Smuggling of Migrants
Vienna, 11–13 September 2017

Draft report

I. Introduction

1. The Working Group on the Smuggling of Migrants was established by the Conference
in its resolution 5/3.

II. Recommendations

A. General recommendations

2. The Working Group adopted the following recommendations.

III. Organization of the meeting

A. Opening of the meeting

3. The fourth meeting of the Working Group was held in Vienna from 11 to 13 September 2017.

B. Adoption of the agenda and organization of work

4. At its 1st meeting, the Working Group adopted the following agenda:
1. Organizational matters:
(a) Opening of the meeting;
(b) Adoption of the agenda and organization of work.
2. Other matters.
3. Adoption of the report.

5. The list of participants is contained in CTOC/COP/WG.7/2017/INF.1/Rev.1.
"""


def test_an_english_background_paper_reads_like_the_chinese_one() -> None:
    parsed = parse_text(ENGLISH_BACKGROUND_PAPER)

    assert [(h.kind, h.number, h.text) for h in parsed.headings] == [
        ("chapter", "I", "Introduction"),
        ("chapter", "II", "Issues for discussion"),
        ("chapter", "III", "Overview of the issue"),
        ("subsection", "1", "Smuggling of migrants and its main routes"),
        ("subsection", "2", "Impact of the pandemic on smuggling routes"),
    ]
    assert [p.number for p in parsed.numbered] == [1, 2, 3, 4, 5]
    assert parsed.numbered[0].text == (
        "The present background paper was prepared by the Secretariat to facilitate the "
        "discussions at the seventh meeting of the Working Group on the Smuggling of Migrants."
    )
    assert [(f.marker, parsed.paragraphs[f.paragraph].number) for f in parsed.footnotes] == [
        ("1", 1),
        ("2", 3),
    ]
    assert parsed.masthead.document_type == "background_paper"
    assert parsed.masthead.language == "en"
    assert parsed.warnings == ()


def test_an_english_draft_report_has_sections_and_an_agenda_list() -> None:
    parsed = parse_text(ENGLISH_DRAFT_REPORT)
    paragraphs = parsed.paragraphs

    assert [(h.kind, h.number) for h in parsed.headings] == [
        ("chapter", "I"),
        ("chapter", "II"),
        ("section", "A"),
        ("chapter", "III"),
        ("section", "A"),
        ("section", "B"),
    ]
    assert [p.number for p in parsed.numbered] == [1, 2, 3, 4, 5]
    agenda = [p for p in paragraphs if p.kind == "subparagraph"]
    assert [
        (p.label, paragraphs[p.parent].number or paragraphs[p.parent].label) for p in agenda
    ] == [
        ("1.", 4),
        ("(a)", "1."),
        ("(b)", "1."),
        ("2.", 4),
        ("3.", 4),
    ]
    assert parsed.masthead.meeting_ordinal == 4
    assert parsed.masthead.document_type == "draft_report"
    assert parsed.warnings == ()


def test_an_agenda_printed_without_punctuation_stays_a_list_in_its_paragraph() -> None:
    parsed = parse_text(
        "I. Organization of the meeting\n\n"
        "1. The meeting was opened by the Chair.\n\n"
        "2. The Chair made a statement.\n\n"
        "3. The Working Group adopted the following agenda:\n"
        "1. Organizational matters\n"
        "(a) Opening of the meeting\n"
        "(b) Adoption of the agenda\n"
        "2. Other matters\n"
        "3. Adoption of the report\n\n"
        "4. The Working Group adopted its report.\n"
    )

    assert [h.kind for h in parsed.headings] == ["chapter"]
    assert [p.number for p in parsed.numbered] == [1, 2, 3, 4]
    assert [p.label for p in parsed.paragraphs if p.kind == "subparagraph"] == [
        "1.",
        "(a)",
        "(b)",
        "2.",
        "3.",
    ]
    assert parsed.warnings == ()


def test_roman_sub_paragraphs_nest_under_the_lettered_one() -> None:
    parsed = parse_text(
        "I. Introduction\n\n1. States should:\n(a) Criminalize smuggling, including:\n"
        "(i) Producing fraudulent documents;\n(ii) Procuring them;\n(b) Protect migrants.\n"
    )

    labels = {p.label: p for p in parsed.paragraphs}
    assert parsed.paragraphs[labels["(i)"].parent].label == "(a)"
    assert parsed.paragraphs[labels["(ii)"].parent].label == "(a)"
    assert parsed.paragraphs[labels["(b)"].parent].number == 1


def test_a_year_a_wrap_puts_first_does_not_open_a_paragraph() -> None:
    parsed = parse_text(
        "I. Introduction\n\n"
        "1. The Working Group adopted its report on 8 September\n"
        "2020. The Chair then closed the meeting.\n"
        "2. The report is annexed.\n"
    )

    assert [p.number for p in parsed.numbered] == [1, 2]
    assert parsed.numbered[0].text.endswith(
        "on 8 September 2020. The Chair then closed the meeting."
    )
    assert parsed.warnings == ()
