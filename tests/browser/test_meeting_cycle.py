"""A new meeting's whole cycle in Chromium, as the secretariat and a delegate take it.

A delegate follows the working group by e-mail; an editor announces its twelfth meeting in the
admin, uploads its documents (a real Celery worker imports them and mails the alerts through a
real SMTP server), publishes the participants' names, writes the report from the meeting's
record, adopts it and publishes it under its General symbol; between the steps an anonymous
reader checks what the public sees. Every step ends with a screenshot under $TEST_ARTIFACTS.

The meeting is held next year, so that it has not ended when it is announced (a meeting already
over is the record of the past, announced to nobody) whenever the test runs.
"""

import csv
import io
import re
from datetime import date, timedelta

import pytest
from icalendar import Calendar
from playwright.sync_api import Page, expect

from documents.models import ImportJob
from meetings.dates import un_date, un_dates
from reports.models import DraftReport
from tests.browser.signing_in import sign_in
from tests.documents.conftest import wait_until
from tests.factories import BodyFactory, MeetingFactory
from tests.mail_server import subject

pytestmark = pytest.mark.browser

DELEGATE = "delegate@example.org"
YEAR = date.today().year + 1
START, END = date(YEAR, 6, 8), date(YEAR, 6, 9)
ORDINAL = 12
MEETING = f"/en/meetings/CTOC/COP/WG.7/{ORDINAL}/"
AGENDA_SYMBOL = f"CTOC/COP/WG.7/{YEAR}/1"
PAPER_SYMBOL = f"CTOC/COP/WG.7/{YEAR}/2"
LIST_SYMBOL = f"CTOC/COP/WG.7/{YEAR}/INF/1"
# The next free number of the body's series for the meeting's year, after the agenda and paper.
REPORT_SYMBOL = f"CTOC/COP/WG.7/{YEAR}/3"
REPORT_TITLE_ZH = f"{un_dates(START, END, 'zh')}在维也纳举行的偷运移民问题工作组会议报告"
REPORT_TITLE = (
    "Report on the meeting of the Working Group on the Smuggling of Migrants held in Vienna "
    f"on {un_dates(START, END, 'en')}"
)

# The provisional agenda as the editor types it in the admin: (number, letter, English, Chinese,
# substantive). Organizational items get no heading in the report's recommendations.
AGENDA = [
    ("1", "", "Organizational matters", "组织事项", False),
    ("1", "a", "Opening of the meeting", "会议开幕", False),
    ("1", "b", "Adoption of the agenda and organization of work", "通过议程和工作安排", False),
    ("2", "", "Smuggling of migrants by sea", "海上偷运移民", True),
    ("3", "", "Adoption of the report", "通过报告", False),
]

# The English masthead the secretariat prints on the meeting's documents: the symbol, the
# distribution, the body and the meeting's dates and venue (by which the importer finds the
# meeting the editor created), then the document's own lines.
MASTHEAD_EN = f"""\
United Nations {{symbol}}
Conference of the Parties to the United Nations Convention against Transnational Organized Crime
Distr.: General
{{issued}}
{{language}}
Working Group on the Smuggling of Migrants
Vienna, {un_dates(START, END, "en")}
"""

# The provisional agenda (CTOC/COP/WG.7/<year>/1), issued in English only.
PROVISIONAL_AGENDA = (
    MASTHEAD_EN.format(
        symbol=AGENDA_SYMBOL, issued=un_date(date(YEAR, 4, 2), "en"), language="Original: English"
    )
    + """
Provisional agenda

1. Organizational matters:
(a) Opening of the meeting;
(b) Adoption of the agenda and organization of work.
2. Smuggling of migrants by sea.
3. Adoption of the report.
"""
)

# The background paper for agenda item 2 (CTOC/COP/WG.7/<year>/2) in English, the original...
PAPER_EN = (
    MASTHEAD_EN.format(
        symbol=PAPER_SYMBOL, issued=un_date(date(YEAR, 4, 2), "en"), language="Original: English"
    )
    + """Item 2 of the provisional agenda
Smuggling of migrants by sea

Smuggling of migrants by sea

Background paper prepared by the Secretariat

I. Introduction

1. The present background paper was prepared by the Secretariat to facilitate the discussions \
at the twelfth meeting of the Working Group on the Smuggling of Migrants.

2. Smugglers put migrants to sea in unseaworthy boats; States parties cooperate in rescuing \
the migrants and in investigating the smugglers.

II. Questions for discussion

3. The Working Group may wish to consider how States parties share information on the \
smuggling of migrants by sea.
"""
)

# ...and its Chinese version, under the same symbol, with the Chinese masthead.
PAPER_ZH = f"""\
联合国 {PAPER_SYMBOL}
联合国打击跨国有组织犯罪公约缔约方会议
Distr.: General
{un_date(date(YEAR, 4, 2), "zh")}
Chinese
Original: English
偷运移民问题工作组
{un_dates(START, END, "zh")}，维也纳
临时议程项目 2
海上偷运移民

海上偷运移民

秘书处编写的背景文件

一. 导言

1. 本背景文件由秘书处编写，旨在便利偷运移民问题工作组第十二次会议的各项讨论。

2. 偷运者让移民乘坐不适航的船只出海；缔约国在救援移民和调查偷运者方面开展合作。

二. 供讨论的问题

3. 工作组似宜审议缔约国如何交流海上偷运移民的信息。
"""

# The list of participants (CTOC/COP/WG.7/<year>/INF/1), English only, issued on the last day:
# four people (names invented) in three delegations, two of them States parties.
LIST_OF_PARTICIPANTS = (
    MASTHEAD_EN.format(symbol=LIST_SYMBOL, issued=un_date(END, "en"), language="English only")
    + """
List of participants

States parties to the Protocol

Italy
Representative: Ms. Giulia Rossi, Head of delegation
Mr. Marco Bianchi, Adviser

Mexico
Representative: Mr. Juan Pérez, Minister

Signatory States

Japan
Representative: Mr. Taro Yamada, Counsellor, Permanent Mission
"""
)

# What the editor writes over each placeholder the generator left ("[……]"), in order, per
# language and section heading: the sittings, the summary, the chair, the statements, the date
# the agenda was adopted.
PLACEHOLDERS = {
    "en": {
        "A. Smuggling of migrants by sea": [
            "second and third",
            "Speakers described how migrants smuggled by sea were rescued and how the "
            "smugglers were investigated.",
        ],
        "A. Opening of the meeting": ["Four", "Ms. Giulia Rossi (Italy)"],
        "B. Statements": [
            "Statements were made by the representatives of Italy, Mexico and Japan."
        ],
        "C. Adoption of the agenda and organization of work": [un_date(START, "en")],
    },
    "zh": {
        "A. 海上偷运移民": [
            "第二和第三场",
            "发言者介绍了海上被偷运移民获救的情况以及对偷运者的调查。",
        ],
        "A. 会议开幕": ["四", "朱莉娅·罗西女士（意大利）"],
        "B. 发言情况": ["意大利、墨西哥和日本的代表作了发言。"],
        "C. 通过议程和工作安排": [f"{un_date(START, 'zh')}的"],
    },
}
# The recommendation the meeting adopted under agenda item 2, which the editor adds to the
# section the generator left empty for it: its label a heading, its text the paragraph under it.
RECOMMENDATION = {
    "en": (
        "A. Recommendations on smuggling of migrants by sea",
        "### Recommendation 1\nStates parties should share information on the smuggling of "
        "migrants by sea through their central authorities.",
    ),
    "zh": (
        "A. 关于海上偷运移民的建议",
        "### 建议 1\n缔约国应通过其中央主管机关交流海上偷运移民的信息。",
    ),
}


# The moves people make, in the portal's words.


def mails_to_delegate(smtp_server, wanted: str, *, worker) -> list:
    """Wait for the mail to the delegate whose subject is `wanted`; every such mail."""
    return wait_until(
        lambda: [m for m in smtp_server.mailbox.to(DELEGATE) if subject(m) == wanted],
        timeout=60,
        what=f"the mail “{wanted}”",
        process=worker,
    )


def link_in(message, kind: str, base: str) -> str:
    match = re.search(rf"{re.escape(base)}/\S*{kind}\S*", message.get_content())
    assert match, message.get_content()
    return match[0]


def as_reader(page: Page) -> None:
    """Signed out: what follows is what an anonymous delegate sees."""
    page.context.clear_cookies()


def section_of(page: Page, heading: str):
    return page.locator(".report-section").filter(
        has=page.get_by_role("heading", name=heading, exact=True)
    )


def edit_section(page: Page, report_url: str, language: str, heading: str, change) -> None:
    """Open the section's edit page from the report, change its text, save it."""
    page.goto(f"{report_url}?lang={language}")
    section_of(page, heading).get_by_role("link", name="Edit").click()
    text = page.locator("form.section-form textarea")
    text.fill(change(text.input_value()))
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".messages")).to_contain_text("Saved")


def fill_placeholders(words: list[str]):
    """Write each word over the next placeholder of the text."""

    def change(text: str) -> str:
        assert text.count("[……]") == len(words), text
        for word in words:
            text = text.replace("[……]", word, 1)
        return text

    return change


def test_a_new_meeting_is_announced_documented_attended_reported_and_published(
    page, live_server, editor, smtp_server, start_worker, settings, screenshot, tmp_path
):
    settings.PORTAL_URL = live_server.url
    # The working group the delegate follows, with the meeting it held last year.
    MeetingFactory(
        body=BodyFactory(published=True),
        ordinal=ORDINAL - 1,
        start_date=START.replace(year=YEAR - 1),
        end_date=END.replace(year=YEAR - 1),
        published=True,
    )
    worker = start_worker(EMAIL_URL=smtp_server.url, PORTAL_URL=live_server.url)

    # 0. Follow: an anonymous delegate subscribes to the working group's documents and
    # meetings, and confirms by the link the SMTP server received.
    page.goto("/en/meetings/")
    page.get_by_role("link", name="Follow by e-mail").first.click()
    expect(page.get_by_label("Body")).to_have_value("CTOC/COP/WG.7")
    page.get_by_label("E-mail address").fill(DELEGATE)
    expect(page.get_by_label("New documents")).to_be_checked()
    expect(page.get_by_label("Meetings announced")).to_be_checked()
    page.get_by_role("button", name="Subscribe").click()
    expect(page.get_by_role("heading", name="Check your mailbox")).to_be_visible()
    [confirmation] = wait_until(
        lambda: smtp_server.mailbox.to(DELEGATE), timeout=10, what="the confirmation mail"
    )
    page.goto(link_in(confirmation, "confirm", live_server.url))
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("heading", name="Subscribed")).to_be_visible()
    screenshot("0-follow")

    # 1. Announce: the editor creates the meeting and its provisional agenda in the admin,
    # published; the reader finds it and takes it into a calendar; the delegate is mailed.
    sign_in(page, editor.username)
    page.goto("/admin/meetings/meeting/add/")
    page.get_by_label("Body").select_option(
        label="CTOC/COP/WG.7 Working Group on the Smuggling of Migrants"
    )
    page.get_by_label("Ordinal").fill(str(ORDINAL))
    page.locator("#id_start_date").fill(START.isoformat())
    page.locator("#id_end_date").fill(END.isoformat())
    page.get_by_label("Format").select_option("in_person")
    page.locator("#id_venue_en").fill("Vienna")
    page.locator("#id_venue_zh").fill("维也纳")
    page.get_by_label("Published").check()
    for row, (number, letter, title_en, title_zh, substantive) in enumerate(AGENDA):
        page.locator("#agenda_items-group").get_by_role(
            "button", name="Add another Agenda item"
        ).click()
        page.locator(f"#id_agenda_items-{row}-number").fill(number)
        page.locator(f"#id_agenda_items-{row}-letter").fill(letter)
        page.locator(f"#id_agenda_items-{row}-title_en").fill(title_en)
        page.locator(f"#id_agenda_items-{row}-title_zh").fill(title_zh)
        page.locator(f"#id_agenda_items-{row}-substantive").set_checked(substantive)
    screenshot("1-announce-admin")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")

    as_reader(page)
    page.goto("/en/meetings/")
    page.get_by_role("link", name=f"Meeting {ORDINAL}").click()
    expect(page.locator("h1")).to_have_text(
        f"Working Group on the Smuggling of Migrants: Meeting {ORDINAL}"
    )
    expect(page.locator("dl.facts")).to_contain_text(un_dates(START, END, "en"))
    expect(page.locator("dl.facts")).to_contain_text("Vienna")
    with page.expect_download() as download:
        page.locator("dl.facts").get_by_role("link", name="Add to calendar").click()
    (event,) = Calendar.from_ical(download.value.path().read_bytes()).walk("VEVENT")
    assert event.decoded("DTSTART") == START
    assert event.decoded("DTEND") == END + timedelta(days=1)  # RFC 5545: the day after
    screenshot("1-announce-public")
    [announced] = mails_to_delegate(
        smtp_server,
        f"Meeting announced: Working Group on the Smuggling of Migrants, meeting {ORDINAL}",
        worker=worker,
    )
    assert link_in(announced, "meetings", live_server.url) == live_server.url + MEETING

    # 2. Document: the editor uploads four files at once; the worker imports them; the reader
    # reads them in the meeting's grid and the paper; the delegate is mailed the paper once.
    files = {
        "provisional-agenda.txt": PROVISIONAL_AGENDA,
        "background-paper-en.txt": PAPER_EN,
        "background-paper-zh.txt": PAPER_ZH,
        "list-of-participants.txt": LIST_OF_PARTICIPANTS,
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    sign_in(page, editor.username)
    page.goto("/admin/documents/importjob/add/")
    page.get_by_label("Files").set_input_files([tmp_path / name for name in files])
    page.get_by_role("button", name="Import").click()
    expect(page.locator(".messagelist")).to_contain_text("4 files queued for import.")
    wait_until(
        lambda: ImportJob.objects.filter(status__in=["succeeded", "failed"]).count() == 4,
        timeout=120,
        what="the worker to import the four files",
        process=worker,
    )
    for job in ImportJob.objects.all():
        assert job.status == ImportJob.Status.SUCCEEDED, job.log
    page.reload()
    expect(page.locator("#result_list")).to_contain_text(PAPER_SYMBOL)
    screenshot("2-document-jobs")

    as_reader(page)
    page.goto(MEETING)
    grid = page.locator("table.document-grid")
    for symbol in (AGENDA_SYMBOL, PAPER_SYMBOL, LIST_SYMBOL):
        expect(grid.get_by_role("link", name=symbol, exact=True)).to_be_visible()
    paper = grid.locator("tr", has=page.get_by_role("link", name=PAPER_SYMBOL, exact=True))
    expect(paper.get_by_role("link", name="EN", exact=True)).to_be_visible()
    expect(paper.get_by_role("link", name="ZH", exact=True)).to_be_visible()
    french = paper.get_by_role("link", name="French: not in the portal, at undocs.org")
    expect(french).to_have_attribute("href", f"https://undocs.org/fr/{PAPER_SYMBOL}")
    expect(paper.locator("td.missing")).to_have_count(4)
    screenshot("2-document-grid")
    paper.get_by_role("link", name="EN", exact=True).click()
    expect(page.locator("h1")).to_contain_text("Smuggling of migrants by sea")
    expect(page.locator("#para-1")).to_contain_text("twelfth meeting of the Working Group")
    screenshot("2-document-paper")
    [alert] = mails_to_delegate(smtp_server, f"New document: {PAPER_SYMBOL}", worker=worker)
    page.goto(link_in(alert, "documents", live_server.url) + "?lang=zh")
    expect(page.locator("#para-1")).to_contain_text("第十二次会议")

    # 3. Attend: delegations and head counts, no names; the editor publishes the names in the
    # admin and the reader reads them; the attendance downloads as CSV.
    page.goto(MEETING + "participants/")
    expect(page.locator("main")).to_contain_text("4 participants in 3 delegations.")
    expect(page.locator("main")).to_contain_text("are not published")
    italy = page.locator("table.delegations tr", has_text="Italy")
    expect(italy.locator("td").first).to_have_text("2")
    expect(page.locator("main")).not_to_contain_text("Giulia Rossi")
    screenshot("3-attend-counts")

    sign_in(page, editor.username)
    page.goto("/admin/meetings/meeting/")
    page.get_by_role("link", name=re.compile(rf"#{ORDINAL} ")).click()
    page.get_by_label("publishes participants' names").check()
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")

    as_reader(page)
    page.goto(MEETING + "participants/")
    expect(italy).to_contain_text("Ms. Giulia Rossi, Head of delegation")
    expect(page.locator("main")).to_contain_text("Mr. Taro Yamada")
    screenshot("3-attend-names")
    with page.expect_download() as download:
        page.locator(".participants-links a[href$='attendance.csv']").first.click()
    table = list(csv.reader(io.StringIO(download.value.path().read_text(encoding="utf-8-sig"))))
    delegations = {cell for row in table[1:] for cell in row}
    assert {"Italy", "Mexico", "Japan"} <= delegations, table

    # 4. Agenda: as the UN prints it, sub-items indented under their item, provisional, with
    # the provisional agenda as issued.
    page.goto(MEETING)
    agenda = page.locator("ol.agenda")
    expect(page.locator(".agenda-status")).to_contain_text("Provisional agenda: not yet adopted")
    expect(page.locator(".agenda-status")).to_contain_text(AGENDA_SYMBOL)
    expect(agenda.locator("#item-1")).to_contain_text("1. Organizational matters:")
    item, sub_item = agenda.locator("#item-1"), agenda.locator("#item-1b")
    expect(sub_item).to_have_text("(b) Adoption of the agenda and organization of work")
    assert sub_item.bounding_box()["x"] > item.bounding_box()["x"] + 20
    expect(agenda.locator("#item-2")).to_contain_text("2. Smuggling of migrants by sea")
    screenshot("4-agenda")

    # 5. Report: the editor generates the draft, adds the recommendation, finds adoption
    # refused for the placeholders, writes over each, and adopts the report.
    sign_in(page, editor.username)
    page.goto("/en/reports/")
    row = page.locator("table.reports tr", has_text=f"Meeting {ORDINAL}")
    # The secretariat drafts in its working languages first: the other four are left out.
    for language in ("Arabic", "French", "Russian", "Spanish"):
        row.get_by_label(language).uncheck()
    row.get_by_role("button", name="Generate the draft report").click()
    expect(page.locator(".messages")).to_contain_text("Generated the draft report.")
    report_url = page.url.split("?")[0]
    report = DraftReport.objects.get(meeting__ordinal=ORDINAL)
    expect(section_of(page, "D. Attendance")).to_contain_text(
        "represented at the meeting: Italy and Mexico."
    )
    expect(section_of(page, "E. Documentation")).to_contain_text(f"({PAPER_SYMBOL})")
    screenshot("5-report-generated")

    for language, (heading, text) in RECOMMENDATION.items():
        edit_section(page, report_url, language, heading, lambda _text, new=text: new)
    expect(section_of(page, "A. 关于海上偷运移民的建议")).to_contain_text("建议 1")
    page.get_by_role("button", name="Send for review").click()
    expect(page.locator(".workflow .status")).to_have_text("Under review")
    page.get_by_role("button", name="Adopt").click()
    refusal = page.locator(".refusal")
    expect(refusal).to_contain_text("The report was not adopted")
    expect(refusal.locator("mark.open-item")).to_have_count(12)
    # The checks say what else is missing, in which language: item 2 has no summary yet.
    for language in ("English", "Chinese"):
        expect(refusal).to_contain_text(
            f"{language}: Agenda item 2 has no summary of its deliberations yet."
        )
    expect(page.locator("section.checks")).to_contain_text("Agenda item 2 has no summary")
    screenshot("5-report-refused")

    for language, sections in PLACEHOLDERS.items():
        for heading, words in sections.items():
            edit_section(page, report_url, language, heading, fill_placeholders(words))
    page.goto(f"{report_url}?lang=en")
    expect(page.locator("section.open-items")).to_contain_text("No open items")
    expect(page.locator("section.checks")).to_contain_text("The checks found no problem.")
    expect(section_of(page, "A. Opening of the meeting")).to_contain_text(
        "opened by the Chair of the Working Group, Ms. Giulia Rossi (Italy)."
    )
    screenshot("5-report-settled")
    page.get_by_role("button", name="Adopt").click()
    expect(page.locator(".workflow .status")).to_have_text("Adopted")
    # On the meeting's last day unless the editor set another, printed as the UN prints it.
    expect(page.locator(".workflow")).to_contain_text(f"adopted on {un_date(END, 'en')}")

    # 6. Publish: under the General symbol proposed; the reader reads the report as a report,
    # its recommendation in the index; the unnumbered draft stays a 404.
    publish = page.locator("form.publish")
    expect(publish.get_by_label("General symbol")).to_have_value(REPORT_SYMBOL)
    publish.get_by_role("button", name="Publish").click()
    expect(page.locator(".messages")).to_contain_text("The report is now published.")
    expect(page.locator(".reissue")).to_contain_text(f"as {REPORT_SYMBOL}")
    screenshot("6-publish-editor")

    as_reader(page)
    page.goto(f"/en/documents/{REPORT_SYMBOL}/")
    expect(page.locator("h1")).to_have_text(REPORT_TITLE)
    expect(page.locator(".masthead .symbol")).to_have_text(REPORT_SYMBOL)
    expect(page.locator("main")).not_to_contain_text("Draft report")
    expect(page.locator("main")).to_contain_text("States parties should share information")
    screenshot("6-publish-report")
    page.goto(f"/en/documents/{REPORT_SYMBOL}/?lang=zh")
    expect(page.locator("h1")).to_have_text(REPORT_TITLE_ZH)
    page.goto(MEETING)
    expect(page.locator("dl.facts")).to_contain_text(REPORT_SYMBOL)
    # The grid holds the report as reissued beside the three documents, never its draft.
    expect(page.locator("table.document-grid tbody tr")).to_have_count(4)
    expect(page.locator("table.document-grid")).to_contain_text(REPORT_SYMBOL)
    page.goto("/en/recommendations/")
    entry = page.locator("main li, main tr, main article").filter(
        has_text="States parties should share information on the smuggling of migrants by sea"
    )
    expect(entry.first).to_be_visible()
    expect(entry.first.locator(f'a[href^="/en/documents/{REPORT_SYMBOL}/"]')).to_be_visible()
    screenshot("6-publish-recommendations")
    draft = page.goto(report.document.get_absolute_url())
    assert draft.status == 404

    # The delegate was mailed the reissued report too, and nothing the public cannot read:
    # one mail for each public document, none for the Limited draft.
    mails_to_delegate(smtp_server, f"New document: {REPORT_SYMBOL}", worker=worker)
    assert sorted(subject(m) for m in smtp_server.mailbox.to(DELEGATE)[2:]) == sorted(
        f"New document: {symbol}"
        for symbol in (AGENDA_SYMBOL, PAPER_SYMBOL, LIST_SYMBOL, REPORT_SYMBOL)
    )
