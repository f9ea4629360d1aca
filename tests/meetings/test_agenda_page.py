"""The agenda and the document grid of a meeting page, as the UN prints an agenda.

"1. 组织事项：" with "(a) 会议开幕" and "(b) 通过议程和工作安排" indented under it, each number
printed once, provisional or adopted with its date, and the documents of each item; the grid
marks each official language the portal does not hold.
"""

import datetime
import re
from html import unescape

import pytest

from documents.models import ImportJob
from documents.services import create_import_job, run_import_job
from meetings.models import AgendaItem, Meeting
from tests.factories import (
    AgendaItemFactory,
    BodyFactory,
    DocumentFactory,
    LanguageVersionFactory,
    MeetingFactory,
)
from tests.meetings.test_agenda_sources import issued
from tests.reports.test_report_import import FOURTH, SEVENTH
from wgportal.site.languages import address_in

pytestmark = pytest.mark.django_db

BACKGROUND_PAPER = "002_34c4a39df3e2a875.txt"


def imported(seeds, *names: str) -> None:
    for name in names:
        job = create_import_job(name=name, data=(seeds / name).read_bytes(), queue=False)
        assert run_import_job(job=job).status == ImportJob.Status.SUCCEEDED


def imported_as_issued(seeds, name: str) -> None:
    """The draft report, then its General version: a draft's agenda alone is not public."""
    imported(seeds, name)
    title = {FOURTH: "工作组第四次会议报告", SEVENTH: "工作组第七次会议报告"}[name]
    symbol = {FOURTH: "CTOC/COP/WG.7/2017/5", SEVENTH: "CTOC/COP/WG.7/2020/4"}[name]
    text = issued((seeds / name).read_text(), symbol, title)
    job = create_import_job(name=f"issued-{name}", data=text.encode(), queue=False)
    assert run_import_job(job=job).status == ImportJob.Status.SUCCEEDED


def announced(ordinal: int) -> Meeting:
    meeting = Meeting.objects.get(body__symbol_prefix="CTOC/COP/WG.7", ordinal=ordinal)
    meeting.published = True
    meeting.save()
    return meeting


def section(html: str, name: str) -> str:
    return re.search(rf'<section aria-labelledby="{name}">.*?</section>', html, re.S).group()


def agenda_lines(html: str) -> list[str]:
    """The agenda as a reader sees it, one line per item, sub-items indented by two spaces."""
    agenda = section(html, "agenda")
    lines = []
    for item in re.finditer(r'<li id="item-\d+([a-z]*)">(.*?)(?=<ul|<ol|</li>)', agenda, re.S):
        text = " ".join(unescape(re.sub(r"<[^>]+>", "", item.group(2))).split())
        lines.append(("  " if item.group(1) else "") + text)
    return lines


def status_line(html: str) -> str:
    found = re.search(r'<p class="agenda-status">(.*?)</p>', section(html, "agenda"), re.S)
    return " ".join(re.sub(r"<[^>]+>", "", found.group(1)).split())


def test_the_fourth_meetings_agenda_from_its_report_reads_as_printed(seeds, client):
    imported_as_issued(seeds, FOURTH)
    meeting = announced(4)

    html = client.get(meeting.get_absolute_url() + "?lang=zh").content.decode()

    assert agenda_lines(html)[:4] == [
        "1. 组织事项：",
        "  (a) 会议开幕",
        "  (b) 通过议程和工作安排",
        "2. 利用《联合国打击跨国有组织犯罪公约》应对与偷运移民有关的挑战",
    ]
    assert len(agenda_lines(html)) == 8  # items 1 to 6, two sub-items
    assert status_line(html).startswith("Adopted on 11 September 2017 · CTOC/COP/WG.7/2017/1")


def test_an_item_lists_its_documents_and_one_known_by_citation_leads_to_undocs(seeds, client):
    imported_as_issued(seeds, FOURTH)
    meeting = announced(4)

    agenda = section(client.get(meeting.get_absolute_url()).content.decode(), "agenda")
    item_2 = re.search(r'<li id="item-2">.*?</li>', agenda, re.S).group()

    # The fourth meeting's background paper is cited by the draft; the portal holds no text.
    assert 'href="https://undocs.org/CTOC/COP/WG.7/2017/3" rel="external">' in item_2
    assert "(not in the portal: at undocs.org)" in item_2


def test_the_seventh_meetings_agenda_links_the_background_paper_the_portal_holds(seeds, client):
    imported(seeds, BACKGROUND_PAPER)
    imported_as_issued(seeds, SEVENTH)
    meeting = announced(7)
    html = client.get(address_in(meeting.get_absolute_url(), "zh-hans")).content.decode()
    item_2 = re.search(r'<li id="item-2">.*?</li>', section(html, "agenda"), re.S).group()
    grid = section(html, "documents")

    assert agenda_lines(html)[:3] == ["1. 组织事项：", "  (a) 会议开幕", "  (b) 通过议程和工作安排"]
    # The provisional agenda, known from the draft's list of documents, is named beside it.
    assert (
        status_line(html)
        == "于2020年9月8日通过 · CTOC/COP/WG.7/2020/1 （门户网站未收录：见 undocs.org）"
    )
    assert '<a class="symbol" href="/zh-hans/documents/CTOC/COP/WG.7/2020/2/">' in item_2
    # The provisional agenda is known from the draft's list of documents only.
    assert (
        '<a class="symbol" href="https://undocs.org/CTOC/COP/WG.7/2020/1" rel="external">' in grid
    )


@pytest.fixture
def provisional():
    meeting = MeetingFactory(body=BodyFactory(published=True), ordinal=9)
    opening = {"meeting": meeting, "number": 1, "status": "provisional", "substantive": False}
    AgendaItemFactory(**opening, title_en="Organizational matters", title_zh="组织事项")
    AgendaItemFactory(**opening, letter="a", title_en="Opening of the meeting")
    AgendaItemFactory(**opening, letter="b", title_en="Adoption of the agenda")
    item = AgendaItemFactory(meeting=meeting, number=2, title_en="Smuggling by sea")
    AgendaItemFactory(meeting=meeting, number=3, title_en="Other matters")
    paper = DocumentFactory(meeting=meeting, symbol="CTOC/COP/WG.7/2026/2")
    paper.agenda_items.add(item)
    LanguageVersionFactory(document=paper, language="en", title="Smuggling by sea")
    LanguageVersionFactory(document=paper, language="zh", title="海上偷运")
    agenda = DocumentFactory(
        meeting=meeting, symbol="CTOC/COP/WG.7/2026/1", type="provisional_agenda"
    )
    agenda.agenda_items.add(meeting.agenda_items.get(number=1, letter="b"))
    return meeting


def test_a_provisional_agenda_says_so_and_numbers_each_item_once(client, provisional):
    html = client.get(provisional.get_absolute_url()).content.decode()
    agenda = section(html, "agenda")

    assert agenda_lines(html) == [
        "1. Organizational matters:",
        "  (a) Opening of the meeting",
        "  (b) Adoption of the agenda",
        "2. Smuggling by sea",
        "3. Other matters",
    ]
    assert status_line(html) == (
        "Provisional agenda: not yet adopted · CTOC/COP/WG.7/2026/1"
        " (not in the portal: at undocs.org)"
    )
    sub_item_b = re.search(r'<li id="item-1b">.*?</li>', agenda, re.S).group()
    assert "CTOC/COP/WG.7/2026/1</a>" in sub_item_b and "provisional agenda" in sub_item_b
    # The labels are the numbers: the lists draw none of their own (the stylesheet's rule).
    assert agenda.count('<ol class="agenda">') == 1 and agenda.count('<ol class="sub-items">') == 1
    assert re.findall(r"ol\.agenda, ol\.sub-items \{ list-style: none;", stylesheet())


def stylesheet() -> str:
    from django.conf import settings

    return (settings.BASE_DIR / "static" / "css" / "portal.css").read_text()


def test_an_agenda_adopted_item_by_item_reads_adopted_once_every_item_is(client, provisional):
    first_day = datetime.date(2020, 9, 8)
    items = AgendaItem.objects.filter(meeting=provisional)
    items.exclude(number=3).update(status="adopted", adopted_on=first_day)
    partly = status_line(client.get(provisional.get_absolute_url()).content.decode())
    items.update(status="adopted", adopted_on=first_day)
    adopted = client.get(provisional.get_absolute_url() + "?lang=fr")
    french = client.get(address_in(provisional.get_absolute_url(), "fr")).content.decode()

    assert partly.startswith("Provisional agenda: not yet adopted · ")
    assert status_line(adopted.content.decode()).startswith("Adopted on 8 September 2020 · ")
    assert '<time datetime="2020-09-08">8 septembre 2020</time>' in section(french, "agenda")


def test_the_grid_marks_the_languages_the_portal_lacks_and_links_them_at_undocs(
    client, provisional
):
    grid = section(client.get(provisional.get_absolute_url()).content.decode(), "documents")
    row = re.search(
        r'<tr><th scope="row" class="symbol"><a class="symbol" '
        r'href="/en/documents/CTOC/COP/WG.7/2026/2/">.*?</tr>',
        grid,
        re.S,
    ).group()
    cells = re.findall(r"<td( class=\"missing\")?>(.*?)</td>", row, re.S)[1:]

    held = [re.sub(r"<[^>]+>", "", text) for missing, text in cells if not missing]
    missing = [text for is_missing, text in cells if is_missing]
    assert held == ["ZH", "EN"]
    assert len(missing) == 4
    assert 'href="https://undocs.org/fr/CTOC/COP/WG.7/2026/2" hreflang="fr"' in missing[1]
    assert (
        '<span class="visually-hidden">French: not in the portal, at undocs.org</span>'
        in missing[1]
    )


def test_a_document_without_a_symbol_is_marked_missing_without_a_link(client, provisional):
    unnumbered = DocumentFactory(meeting=provisional, symbol=None, type="thematic_summary")
    LanguageVersionFactory(document=unnumbered, language="zh", title="专题摘要")

    grid = section(client.get(provisional.get_absolute_url()).content.decode(), "documents")
    row = re.search(rf'href="/en/documents/~{unnumbered.pk}/".*?</tr>', grid, re.S).group()

    assert row.count('<td class="missing">') == 5
    assert "undocs.org" not in row
    assert '<span class="visually-hidden">Arabic: not in the portal</span>' in row
