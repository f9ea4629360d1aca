"""Every admin change form goes through the version check the API and the editor pages use."""

import threading

import pytest
from django import forms
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test import Client
from django.urls import reverse

from meetings.models import AgendaItem, Entity, Meeting
from reports.models import ReportSection
from reports.services.sections import save_report_section
from tests.api.test_write_api import signed_in
from tests.factories import (
    AgendaItemFactory,
    MeetingFactory,
    RecommendationFactory,
    ReportSectionFactory,
    ThemeFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def first(editor) -> Client:
    """The editor persona's browser."""
    client = Client()
    client.force_login(editor)
    return client


@pytest.fixture
def second_editor(db):
    return UserFactory(username="second-editor", groups=["Editors"], is_staff=True)


@pytest.fixture
def second(second_editor) -> Client:
    client = Client()
    client.force_login(second_editor)
    return client


def change_url(row) -> str:
    return reverse(f"admin:{row._meta.app_label}_{row._meta.model_name}_change", args=[row.pk])


def opened(client: Client, url: str) -> dict:
    """The change page's form as a browser would send it back unchanged."""
    response = client.get(url)
    assert response.status_code == 200
    context = response.context
    shown = [context["adminform"].form]
    for inline in context.get("inline_admin_formsets", []):  # a revert page has none
        shown += [inline.formset.management_form, *inline.formset.forms]
    data = {}
    for form in shown:
        for bound in form:
            widget = getattr(bound.field.widget, "widget", bound.field.widget)
            if isinstance(widget, forms.CheckboxInput):
                if widget.check_test(bound.value()):
                    data[bound.html_name] = "on"
                continue
            value = widget.format_value(bound.value())
            data[bound.html_name] = "" if value is None else value
    return data


def inline_prefix(data: dict, prefix: str, row) -> str:
    """The prefix ("agenda_items-1") of the inline form holding `row` in the page's data."""
    for name, value in data.items():
        if name.startswith(f"{prefix}-") and name.endswith("-id") and value == str(row.pk):
            return name.removesuffix("-id")
    raise AssertionError(f"{row!r} is not on the page")


def test_the_second_of_two_editors_to_save_a_meeting_is_refused_and_sees_the_first_ones_values(
    first, second, second_editor
):
    meeting = MeetingFactory(sittings=3, venue_en="Vienna")
    url = change_url(meeting)
    mine, theirs = opened(first, url), opened(second, url)

    theirs["sittings"] = "4"
    assert second.post(url, theirs).status_code == 302

    mine["venue_en"] = "Geneva"
    refused = first.post(url, mine)

    assert refused.status_code == 200
    form = refused.context["adminform"].form
    assert form.non_field_errors() == [
        "second-editor saved this meeting (now version 2) after you opened version 1: nothing "
        "was saved. Under each field second-editor changed you see what they saved; your values "
        "are still in the form. Save again to replace theirs with yours."
    ]
    assert form.errors["sittings"] == ["Saved meanwhile: 4"]
    assert "venue_en" not in form.errors  # only I changed it
    assert form["venue_en"].value() == "Geneva"
    assert "Saved meanwhile: 4" in refused.content.decode()
    meeting.refresh_from_db()
    assert (meeting.sittings, meeting.venue_en, meeting.version) == (4, "Vienna", 2)

    # Having seen their value, I save mine again: deliberately, from the version now shown.
    assert form["opened_version"].value() == "2"
    mine["opened_version"] = "2"
    assert first.post(url, mine).status_code == 302
    meeting.refresh_from_db()
    assert (meeting.sittings, meeting.venue_en, meeting.version) == (3, "Geneva", 3)


def test_two_editors_saving_the_same_unchanged_form_one_after_the_other_both_succeed(first, second):
    meeting = MeetingFactory(sittings=3)
    url = change_url(meeting)
    mine, theirs = opened(first, url), opened(second, url)

    assert second.post(url, theirs).status_code == 302
    assert first.post(url, mine).status_code == 302

    meeting.refresh_from_db()
    assert (meeting.sittings, meeting.version) == (3, 3)


def test_an_admin_save_raises_the_version_so_an_api_client_holding_the_old_one_gets_409(
    first, editor
):
    recommendation = RecommendationFactory(text_en="States should cooperate.")
    client = signed_in(editor)
    url = f"/api/v1/recommendations/{recommendation.pk}/"
    read = client.get(url).json()
    assert read["version"] == 1

    form = opened(first, change_url(recommendation))
    form["text_en"] = "States are encouraged to cooperate."
    assert first.post(change_url(recommendation), form).status_code == 302

    stale = client.patch(
        url, {"texts": {"en": "States must cooperate."}, "version": 1}, format="json"
    )
    assert stale.status_code == 409
    assert stale.json()["current"]["texts"]["en"] == "States are encouraged to cooperate."
    assert stale.json()["current"]["version"] == 2
    recommendation.refresh_from_db()
    assert (recommendation.text_en, recommendation.version) == (
        "States are encouraged to cooperate.",
        2,
    )


def test_an_api_save_refuses_a_stale_admin_save_and_the_admin_shows_the_api_value(
    first, second_editor
):
    recommendation = RecommendationFactory(text_en="States should cooperate.")
    protection = ThemeFactory(code="protection", name_en="Protection")
    form = opened(first, change_url(recommendation))

    saved = signed_in(second_editor).patch(
        f"/api/v1/recommendations/{recommendation.pk}/",
        {"texts": {"en": "States shall cooperate."}, "themes": ["protection"], "version": 1},
        format="json",
    )
    assert saved.status_code == 200, saved.json()

    form["text_en"] = "States are encouraged to cooperate."
    refused = first.post(change_url(recommendation), form)

    assert refused.status_code == 200
    errors = refused.context["adminform"].form.errors
    assert errors["text_en"] == ["Saved meanwhile: States shall cooperate."]
    assert errors["themes"] == ["Saved meanwhile: Protection"]
    recommendation.refresh_from_db()
    assert (recommendation.text_en, recommendation.version) == ("States shall cooperate.", 2)
    assert list(recommendation.themes.all()) == [protection]


def test_a_stale_agenda_item_on_the_meeting_page_is_refused_and_nothing_on_the_page_is_saved(
    first, second_editor
):
    meeting = MeetingFactory(sittings=3)
    item = AgendaItemFactory(meeting=meeting, number=2, title_en="Smuggling of migrants")
    form = opened(first, change_url(meeting))

    saved = signed_in(second_editor).patch(
        f"/api/v1/agenda-items/{item.pk}/",
        {"titles": {"en": "Smuggling of migrants by sea"}, "version": 1},
        format="json",
    )
    assert saved.status_code == 200, saved.json()

    prefix = inline_prefix(form, "agenda_items", item)
    form[f"{prefix}-title_en"] = "Smuggling of migrants by air"
    form["sittings"] = "4"
    refused = first.post(change_url(meeting), form)

    assert refused.status_code == 200
    (formset,) = [
        inline.formset
        for inline in refused.context["inline_admin_formsets"]
        if inline.formset.prefix == "agenda_items"
    ]
    (row,) = [f for f in formset.forms if f.instance.pk == item.pk]
    assert row.errors["title_en"] == ["Saved meanwhile: Smuggling of migrants by sea"]
    assert "second-editor saved this agenda item (now version 2)" in row.non_field_errors()[0]
    item.refresh_from_db()
    meeting.refresh_from_db()
    assert (item.title_en, item.version) == ("Smuggling of migrants by sea", 2)
    assert (meeting.sittings, meeting.version) == (3, 1)


def test_an_agenda_item_only_someone_else_changed_keeps_their_save_while_the_page_is_saved(
    first, second_editor
):
    meeting = MeetingFactory(sittings=3)
    opening = AgendaItemFactory(meeting=meeting, number=1, title_en="Opening of the meeting")
    other = AgendaItemFactory(meeting=meeting, number=2, title_en="Smuggling of migrants")
    form = opened(first, change_url(meeting))

    saved = signed_in(second_editor).patch(
        f"/api/v1/agenda-items/{other.pk}/",
        {"titles": {"en": "Smuggling of migrants by sea"}, "version": 1},
        format="json",
    )
    assert saved.status_code == 200, saved.json()

    form[f"{inline_prefix(form, 'agenda_items', opening)}-title_en"] = "Opening"
    form["sittings"] = "4"
    assert first.post(change_url(meeting), form).status_code == 302

    opening.refresh_from_db()
    other.refresh_from_db()
    meeting.refresh_from_db()
    assert (opening.title_en, opening.version) == ("Opening", 2)
    assert (other.title_en, other.version) == ("Smuggling of migrants by sea", 2)
    assert (meeting.sittings, meeting.version) == (4, 2)


def test_a_meeting_only_someone_else_changed_keeps_their_save_when_an_inline_row_is_saved(
    first, second_editor
):
    meeting = MeetingFactory(sittings=3)
    item = AgendaItemFactory(meeting=meeting, number=2, title_en="Smuggling of migrants")
    form = opened(first, change_url(meeting))

    saved = signed_in(second_editor).patch(
        f"/api/v1/meetings/{meeting.pk}/", {"sittings": 5, "version": 1}, format="json"
    )
    assert saved.status_code == 200, saved.json()

    form[f"{inline_prefix(form, 'agenda_items', item)}-title_en"] = "Smuggling by sea"
    assert first.post(change_url(meeting), form).status_code == 302

    meeting.refresh_from_db()
    item.refresh_from_db()
    assert (meeting.sittings, meeting.version) == (5, 2)
    assert (item.title_en, item.version) == ("Smuggling by sea", 2)


def test_attendance_added_and_deleted_on_the_meeting_page_and_a_stale_row_refused(
    first, second_editor
):
    meeting = MeetingFactory()
    austria, brazil = (Entity.objects.get(iso2=code) for code in ("AT", "BR"))
    present = meeting.attendance.create(entity=austria, category="state_party")
    form = opened(first, change_url(meeting))
    prefix = inline_prefix(form, "attendance", present)

    # Added and deleted rows need no version: an add starts at 1, a delete leaves nothing.
    form |= {
        "attendance-TOTAL_FORMS": "2",
        "attendance-1-id": "",
        "attendance-1-meeting": str(meeting.pk),
        "attendance-1-entity": str(brazil.pk),
        "attendance-1-category": "signatory",
        f"{prefix}-DELETE": "on",
    }
    assert first.post(change_url(meeting), form).status_code == 302
    assert [(row.entity.iso2, row.version) for row in meeting.attendance.all()] == [("BR", 1)]

    (added,) = meeting.attendance.all()
    form = opened(first, change_url(meeting))
    saved = signed_in(second_editor).patch(
        f"/api/v1/attendance/{added.pk}/", {"category": "state_party", "version": 1}, format="json"
    )
    assert saved.status_code == 200, saved.json()
    form[f"{inline_prefix(form, 'attendance', added)}-category"] = "non_signatory"
    refused = first.post(change_url(meeting), form)

    assert refused.status_code == 200
    assert "Saved meanwhile: State party" in refused.content.decode()
    added.refresh_from_db()
    assert (added.category, added.version) == ("state_party", 2)


def test_a_report_section_heading_saved_in_the_admin_keeps_the_text_an_editor_saved_meanwhile(
    first, editor, second_editor
):
    section = ReportSectionFactory(heading="会议开幕", text="12. 工作组第七次会议在维也纳举行。")
    form = opened(first, change_url(section))

    save_report_section(
        section=section, text="12. 工作组第七次会议在纽约举行。", expected_version=1, user=editor
    )
    form["heading"] = "A. 会议开幕"
    assert first.post(change_url(section), form).status_code == 302

    section.refresh_from_db()
    assert (section.heading, section.text, section.version) == (
        "A. 会议开幕",
        "12. 工作组第七次会议在纽约举行。",
        3,
    )

    # Another heading saved meanwhile is what this form holds: that save is refused.
    form = opened(first, change_url(section))
    theirs = opened(first, change_url(section))
    theirs["heading"] = "A. 开幕"
    assert first.post(change_url(section), theirs).status_code == 302
    form["heading"] = "A. 会议的开幕"
    refused = first.post(change_url(section), form)
    assert refused.context["adminform"].form.errors["heading"] == ["Saved meanwhile: A. 开幕"]
    section.refresh_from_db()
    assert (section.heading, section.version) == ("A. 开幕", 4)
    assert ReportSection.objects.get(pk=section.pk).text == "12. 工作组第七次会议在纽约举行。"


def test_every_admin_save_raises_the_version_by_one_and_a_new_row_starts_at_one(first):
    item = AgendaItemFactory(title_en="Other matters")
    for title in ("Other business", "Any other business"):
        form = opened(first, change_url(item))
        form["title_en"] = title
        assert first.post(change_url(item), form).status_code == 302
    item.refresh_from_db()
    assert (item.title_en, item.version) == ("Any other business", 3)
    assert list(item.history.values_list("version", flat=True)) == [3, 2, 1]

    add = reverse("admin:meetings_agendaitem_add")
    form = opened(first, add)
    # A number beside the factory's own, whichever its sequence reached in this run.
    closing = item.number + 1
    form |= {"meeting": str(item.meeting_id), "number": str(closing), "title_en": "Closing"}
    assert first.post(add, form).status_code == 302
    assert AgendaItem.objects.get(number=closing, meeting=item.meeting).version == 1
    assert Meeting.objects.get(pk=item.meeting_id).version == 1


def test_reverting_to_an_old_version_from_the_history_is_checked_and_raises_the_version(
    first, second
):
    meeting = MeetingFactory(sittings=3)
    form = opened(first, change_url(meeting))
    form["sittings"] = "4"
    assert first.post(change_url(meeting), form).status_code == 302
    first_record = meeting.history.get(version=1)
    revert = reverse(
        "admin:meetings_meeting_simple_history", args=[meeting.pk, first_record.history_id]
    )
    mine = opened(first, revert)
    assert (mine["sittings"], mine["opened_version"]) == ("3", "2")

    theirs = opened(second, change_url(meeting))
    theirs["sittings"] = "5"
    assert second.post(change_url(meeting), theirs).status_code == 302
    refused = first.post(revert, mine)

    assert refused.status_code == 200
    form = refused.context["adminform"].form
    assert form.errors["sittings"] == ["Saved meanwhile: 5"]
    meeting.refresh_from_db()
    assert (meeting.sittings, meeting.version) == (5, 3)

    mine["opened_version"] = form["opened_version"].value()
    assert first.post(revert, mine).status_code == 302
    meeting.refresh_from_db()
    # Back to 3 sittings as version 4, not 1: a client holding version 1 is still told it is stale.
    assert (meeting.sittings, meeting.version) == (3, 4)


ROUNDS = 10


def saved_at_once(clients: list[Client], url: str, forms: list[dict]) -> list[int]:
    """Each client posts its form at the same moment, from its own thread and connection."""
    start = threading.Barrier(len(clients))
    answers = [0] * len(clients)

    def save(index: int) -> None:
        try:
            start.wait()
            answers[index] = clients[index].post(url, forms[index]).status_code
        finally:
            connection.close()

    threads = [threading.Thread(target=save, args=(i,)) for i in range(len(clients))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return answers


# Committed, so that each thread's own connection sees the rows.
@pytest.mark.django_db(transaction=True)
def test_of_two_editors_saving_the_same_meeting_at_the_same_moment_exactly_one_wins_each_time():
    """Real concurrent saves on PostgreSQL: the lock makes the second wait, then refuses it."""
    # A browser test before this one leaves the database empty, content types included, while
    # this process still caches their ids: the admin's log entries would name ones gone.
    ContentType.objects.clear_cache()
    meeting = MeetingFactory(sittings=1)
    editors = []
    for username in ("editor-one", "editor-two"):
        client = Client()
        client.force_login(UserFactory(username=username, is_staff=True, is_superuser=True))
        editors.append(client)
    url = change_url(meeting)
    lost_updates = 0
    for round_ in range(ROUNDS):
        forms = [opened(client, url) for client in editors]
        for offset, form in enumerate(forms):
            form["sittings"] = str(10 * round_ + offset + 2)
        answers = dict(enumerate(saved_at_once(editors, url, forms)))

        assert sorted(answers.values()) == [200, 302], answers
        (winner,) = [i for i, code in answers.items() if code == 302]
        meeting.refresh_from_db()
        lost_updates += meeting.sittings != int(forms[winner]["sittings"])
        assert meeting.version == round_ + 2
    assert lost_updates == 0


def test_a_section_heading_on_the_draft_report_page_is_checked_and_the_others_saved(first):
    section = ReportSectionFactory(number="五", heading="通过报告")
    other = ReportSectionFactory(report=section.report, number="一", heading="导言")
    url = change_url(section.report)
    mine, theirs = opened(first, url), opened(first, url)

    theirs[f"{inline_prefix(theirs, 'sections', section)}-heading"] = "通过会议报告"
    assert first.post(url, theirs).status_code == 302
    mine[f"{inline_prefix(mine, 'sections', section)}-heading"] = "报告的通过"
    refused = first.post(url, mine)

    assert refused.status_code == 200
    assert "Saved meanwhile: 通过会议报告" in refused.content.decode()
    mine[f"{inline_prefix(mine, 'sections', section)}-heading"] = "通过会议报告"
    mine[f"{inline_prefix(mine, 'sections', other)}-heading"] = "一. 导言"
    assert first.post(url, mine).status_code == 302
    section.refresh_from_db()
    other.refresh_from_db()
    assert [(s.heading, s.version) for s in (section, other)] == [
        ("通过会议报告", 2),
        ("一. 导言", 2),
    ]


def test_an_agenda_item_deleted_by_someone_else_meanwhile_is_an_error_on_the_page_not_a_500(
    first,
):
    meeting = MeetingFactory(sittings=3)
    item = AgendaItemFactory(meeting=meeting, number=2, title_en="Smuggling of migrants")
    form = opened(first, change_url(meeting))
    AgendaItem.objects.filter(pk=item.pk).delete()

    form[f"{inline_prefix(form, 'agenda_items', item)}-title_en"] = "Smuggling by sea"
    form["sittings"] = "4"
    refused = first.post(change_url(meeting), form)

    assert refused.status_code == 200
    (formset,) = [
        inline.formset
        for inline in refused.context["inline_admin_formsets"]
        if inline.formset.prefix == "agenda_items"
    ]
    assert formset.forms[0].non_field_errors() == [
        "This agenda item was deleted by someone else after you opened it: nothing was saved."
    ]
    assert "deleted by someone else" in refused.content.decode()
    meeting.refresh_from_db()
    assert (meeting.sittings, meeting.agenda_items.count()) == (3, 0)
