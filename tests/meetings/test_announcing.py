"""An editor announces a meeting in the admin, agenda and sub-items with it; then it is public."""

import pytest
from django.urls import reverse

from meetings.models import AgendaItem, Meeting
from tests.factories import BodyFactory

pytestmark = pytest.mark.django_db

ADD = reverse("admin:meetings_meeting_add")

AGENDA = [
    # number, letter, Chinese title, English title
    ("1", "", "组织事项", "Organizational matters"),
    ("1", "a", "会议开幕", "Opening of the meeting"),
    ("1", "b", "通过议程和工作安排", "Adoption of the agenda and organization of work"),
    ("2", "", "利用技术防止偷运移民", "Use of technology to prevent smuggling of migrants"),
    ("3", "", "通过报告", "Adoption of the report"),
]


def add_form(body, *, published: bool) -> dict:
    """The meeting admin's add form as an editor fills it in: the meeting and its agenda."""
    form = {
        "body": body.pk,
        "ordinal": "9",
        "start_date": "2026-06-29",
        "end_date": "2026-07-01",
        "format": "hybrid",
        "status": "scheduled",
        "venue_en": "Vienna",
        "venue_zh": "维也纳",
        "agenda_items-TOTAL_FORMS": str(len(AGENDA)),
        "agenda_items-INITIAL_FORMS": "0",
    }
    if published:
        form["published"] = "on"
    for index, (number, letter, chinese, english) in enumerate(AGENDA):
        form |= {
            f"agenda_items-{index}-number": number,
            f"agenda_items-{index}-letter": letter,
            f"agenda_items-{index}-title_zh": chinese,
            f"agenda_items-{index}-title_en": english,
            f"agenda_items-{index}-substantive": "on" if number == "2" else "",
            f"agenda_items-{index}-status": "provisional",
        }
    for prefix in ("attendance", "roles", "statements"):
        form |= {f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"}
    return form


def test_the_meeting_admin_offers_editors_an_agenda_with_lettered_sub_items(editor_client):
    page = editor_client.get(ADD)

    assert page.status_code == 200
    inline = next(i for i in page.context["inline_admin_formsets"] if i.formset.model is AgendaItem)
    assert {"number", "letter", "title_zh", "title_en", "status", "adopted_on"} <= set(
        inline.formset.form.base_fields
    )


def test_a_meeting_an_editor_saved_unannounced_stays_hidden_from_the_public(client, editor):
    body = BodyFactory(published=True)
    client.force_login(editor)
    saved = client.post(ADD, add_form(body, published=False))
    client.logout()

    assert saved.status_code == 302, saved.content.decode()[:2000]
    meeting = Meeting.objects.get(body=body, ordinal=9)
    assert meeting.agenda_items.count() == 5
    assert client.get(meeting.get_absolute_url()).status_code == 404
    assert client.get(meeting.get_absolute_url() + "calendar.ics").status_code == 404
    assert meeting.get_absolute_url() not in client.get("/en/meetings/").content.decode()


def test_an_announced_meeting_is_public_with_its_provisional_agenda_as_printed(client, editor):
    body = BodyFactory(published=True)
    client.force_login(editor)
    saved = client.post(ADD, add_form(body, published=True))
    client.logout()
    meeting = Meeting.objects.get(body=body, ordinal=9)

    listed = client.get("/en/meetings/").content.decode()
    page = client.get(meeting.get_absolute_url())
    html = page.content.decode()

    assert saved.status_code == 302
    assert meeting.get_absolute_url() in listed
    assert page.status_code == 200
    assert '<time datetime="2026-06-29">29 June</time>–<time datetime="2026-07-01">' in html
    assert "Provisional agenda: not yet adopted" in html
    assert '<span class="number">1.</span> Organizational matters:' in html
    assert '<li id="item-1b"><span class="number">(b)</span> Adoption of the agenda' in html
    assert meeting.history.first().history_user == editor


def test_an_editor_announces_a_meeting_saved_earlier_by_ticking_published(client, editor):
    body = BodyFactory(published=True)
    client.force_login(editor)
    client.post(ADD, add_form(body, published=False))
    meeting = Meeting.objects.get(body=body, ordinal=9)
    change = reverse("admin:meetings_meeting_change", args=[meeting.pk])
    items = list(meeting.agenda_items.order_by("number", "letter"))
    form = add_form(body, published=True) | {
        "opened_version": meeting.version,
        "agenda_items-INITIAL_FORMS": str(len(items)),
    }
    for index, item in enumerate(items):
        form |= {f"agenda_items-{index}-id": item.pk, f"agenda_items-{index}-meeting": meeting.pk}
        form |= {f"agenda_items-{index}-opened_version": item.version}
    announced = client.post(change, form)
    client.logout()

    assert announced.status_code == 302, announced.content.decode()[:3000]
    assert client.get(meeting.get_absolute_url()).status_code == 200
