"""A seed printed to PDF by Chromium reads, through the import's own reader, as its text does.

Each seed is laid out as the printed document it was extracted from: every line of the text a
printed line, A4, Noto Sans CJK SC, a font size at which the longest line does not wrap again.
The PDF goes through `extract_text` and `parse_text` as an uploaded file would, and must give the
paragraphs, headings and footnotes that `parse_text` reads from the seed's text.

Chromium's character map names radicals for many ideographs set in Noto Sans CJK SC ("偷运移⺠问题
⼯作组" for 偷运移民问题工作组, "⽉" for 月), so these PDFs also exercise `normalization`.
"""

import html
import re
import unicodedata
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from documents.parsing.extraction import extract_text
from documents.parsing.normalization import normalize_characters
from documents.parsing.results import ParsedText
from documents.parsing.structure import parse_text

pytestmark = pytest.mark.browser

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
SEED_NAMES = ("000", "001", "002", "004")
MAX_BYTES = 20 * 1024 * 1024
# A4 less 15 mm margins each side, in points: the width a printed line may take.
LINE_WIDTH_PT = (210 - 2 * 15) / 25.4 * 72
MARGINS = dict.fromkeys(("top", "right", "bottom", "left"), "15mm")
# Seed 002 prints its agenda note's star in the Symbol font, which extraction gave as "\uf02a".
SYMBOL_FONT = re.compile("[\uf020-\uf07e]")


def printed_page(text: str) -> str:
    """The text as an HTML page that prints each of its lines as a line, as the original did.

    Lines that follow one another print 1.2 lines apart, so pdfminer keeps them in one block as
    the seed's extraction did ("…19 同上。" / "以美国为例…" where a page turned after the notes);
    an empty line prints as the gap that made the extraction put an empty line there. A run of
    lines is not split across pages, or the page turn would part what the seed shows together;
    a form feed on a line of its own turns the page.
    """
    lines = SYMBOL_FONT.sub(lambda match: chr(ord(match[0]) - 0xF000), text).split("\n")
    half_widths = max(
        sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in line)
        for line in lines
    )
    font_size = min(10.0, LINE_WIDTH_PT / (half_widths / 2 + 2))
    parts: list[str] = []
    run: list[str] = []
    for line in [*lines, ""]:
        if line == "\f":
            parts.append('<div class="page-turn"></div>')
            continue
        if line:
            run.append(f'<div class="line">{html.escape(line)}</div>')
            continue
        if run:
            parts.append(f'<div class="run">{"".join(run)}</div>')
            run = []
        parts.append('<div class="gap"></div>')
    return f"""<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><style>
body {{ font-family: "Noto Sans CJK SC"; font-size: {font_size:.2f}pt; line-height: 1.2;
       margin: 0; }}
.run {{ break-inside: avoid; }}
.line {{ white-space: pre-wrap; }}
.gap {{ height: 1.2em; }}
.page-turn {{ break-before: page; }}
</style></head><body>{"".join(parts[:-1])}</body></html>"""


def print_to_pdf(browser: Browser, page_html: str) -> bytes:
    tab = browser.new_page()
    try:
        tab.set_content(page_html)
        return tab.pdf(format="A4", margin=MARGINS)
    finally:
        tab.close()


def read_pdf(data: bytes) -> ParsedText:
    """The PDF as an import reads it."""
    return parse_text(extract_text(data, filename="x.pdf", max_bytes=MAX_BYTES).text)


@pytest.fixture(scope="module")
def readings(browser: Browser) -> dict[str, tuple[ParsedText, ParsedText]]:
    """Per seed, what its text reads as and what its PDF reads as; each seed printed once."""
    if not SEEDS.is_dir():
        pytest.skip(f"the seed texts are not at {SEEDS} (../shared is absent)")
    found: dict[str, tuple[ParsedText, ParsedText]] = {}
    for name in SEED_NAMES:
        path = next(SEEDS.glob(f"{name}_*.txt"), None)
        if path is None:
            continue
        text = path.read_text(encoding="utf-8")
        found[name] = (parse_text(text), read_pdf(print_to_pdf(browser, printed_page(text))))
    return found


def reading_of(
    readings: dict[str, tuple[ParsedText, ParsedText]], seed: str
) -> tuple[ParsedText, ParsedText]:
    if seed not in readings:
        pytest.skip(f"seed {seed} is not in {SEEDS}")
    return readings[seed]


@pytest.mark.parametrize("seed", SEED_NAMES)
def test_a_seed_printed_to_pdf_has_the_paragraphs_of_its_text(readings, seed: str) -> None:
    from_text, from_pdf = reading_of(readings, seed)

    assert [(p.number, p.text) for p in from_pdf.numbered] == [
        (p.number, p.text) for p in from_text.numbered
    ]
    assert [(p.kind, p.label, p.text, p.parent) for p in from_pdf.paragraphs] == [
        (p.kind, p.label, p.text, p.parent) for p in from_text.paragraphs
    ]


@pytest.mark.parametrize("seed", SEED_NAMES)
def test_a_seed_printed_to_pdf_has_the_headings_of_its_text(readings, seed: str) -> None:
    from_text, from_pdf = reading_of(readings, seed)

    assert [(h.kind, h.number, h.text, h.parent) for h in from_pdf.headings] == [
        (h.kind, h.number, h.text, h.parent) for h in from_text.headings
    ]


@pytest.mark.parametrize("seed", SEED_NAMES)
def test_a_seed_printed_to_pdf_has_the_footnotes_of_its_text(readings, seed: str) -> None:
    from_text, from_pdf = reading_of(readings, seed)

    assert [(f.marker, f.text, f.paragraph) for f in from_pdf.footnotes] == [
        (f.marker, f.text, f.paragraph) for f in from_text.footnotes
    ]


def test_the_background_paper_printed_to_pdf_keeps_its_thirty_six_footnotes(readings) -> None:
    _, from_pdf = reading_of(readings, "002")

    assert len(from_pdf.numbered) == 78
    assert [f.marker for f in from_pdf.footnotes] == [str(n) for n in range(1, 37)]


def test_a_pdf_whose_font_maps_ideographs_to_radicals_reads_as_the_ideographs(browser) -> None:
    # The radicals are written into the page itself, standing for a font whose character map
    # names ⼀ KANGXI RADICAL ONE for 一, ⺠ CJK RADICAL CIVILIAN for 民, ⻔ for 门 and so on.
    page_html = printed_page(
        "\n".join(
            [
                " ⼀. 导⾔ ",
                "1. 本背景⽂件由秘书处编写，旨在便利偷运移⺠问题⼯作组第七次会议的各项讨",
                "论。会议于 2020 年 9 ⽉ 8 ⽇在维也纳开幕，出⻔⼊⼾的调查⻓期进⾏。 ",
                " ⼆. 供讨论的问题 ",
                "2. 各代表团不妨考虑本国对下列问题的答复。 ",
            ]
        )
    )
    data = print_to_pdf(browser, page_html)
    extracted = extract_text(data, filename="x.pdf", max_bytes=MAX_BYTES).text

    assert "⺠" in extracted and "⼯" in extracted  # what the reader got from the font
    parsed = parse_text(extracted)
    assert [(h.number, h.text) for h in parsed.headings] == [("一", "导言"), ("二", "供讨论的问题")]
    assert [(p.number, p.text) for p in parsed.numbered] == [
        (
            1,
            "本背景文件由秘书处编写，旨在便利偷运移民问题工作组第七次会议的各项讨论。"
            "会议于 2020 年 9 月 8 日在维也纳开幕，出门入户的调查长期进行。",
        ),
        (2, "各代表团不妨考虑本国对下列问题的答复。"),
    ]


def test_the_blank_lines_of_a_pdf_stand_where_they_were_printed(browser) -> None:
    # pdfminer gives a page's lines of spaces after all its text; the masthead's blank line and
    # the one between the chapter heading and paragraph 1 come back in their places.
    lines = [
        "偷运移民问题工作组 ",
        " ",
        "秘书处编写的背景文件 ",
        " ",
        " 一. 导言 ",
        " ",
        "1. 本文件。 ",
    ]
    data = print_to_pdf(browser, printed_page("\n\n".join(lines)))
    text = normalize_characters(extract_text(data, filename="x.pdf", max_bytes=MAX_BYTES).text)

    assert [line for line in text.split("\n") if line] == lines


def test_blank_lines_at_the_foot_of_a_pdf_page_do_not_end_the_paragraph_running_on(browser) -> None:
    # Seed 002's paragraph 2 (a), its page turned after "特别" with blank lines under it. The text
    # is long enough for `lines` to read it as double-spaced, as it reads the seeds.
    page_html = printed_page(
        "\n\n".join(
            [
                " 一. 导言 ",
                " ",
                "1. 缔约国如何加强其预防犯罪和刑事司法对策，以防止有组织犯罪集团特别",
                " ",
                " ",
                "\f",
                "从危机中获利？ ",
                "2. 第二段。 ",
                "3. 第三段。 ",
                " 二. 供讨论的问题 ",
                " ",
                "4. 第四段。 ",
                "5. 第五段。 ",
            ]
        )
    )
    parsed = read_pdf(print_to_pdf(browser, page_html))

    assert [(p.number, p.text) for p in parsed.numbered] == [
        (1, "缔约国如何加强其预防犯罪和刑事司法对策，以防止有组织犯罪集团特别从危机中获利？"),
        (2, "第二段。"),
        (3, "第三段。"),
        (4, "第四段。"),
        (5, "第五段。"),
    ]
