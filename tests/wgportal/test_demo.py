"""The demo dataset, as someone trying the portal for the first time meets it."""

from datetime import date
from io import StringIO

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.checks import run_checks
from django.core.management import CommandError, call_command

from documents.models import Document, Paragraph
from meetings.models import AgendaItem, Meeting
from recommendations.models import Recommendation
from reports.models import OpenItem, ReportSection
from tests.factories import UserFactory
from wgportal.demo import DEMO_PASSWORD, load_demo

BACKGROUND_PAPER = "CTOC/COP/WG.7/2026/2"
CONFERENCE_ROOM_PAPER = "CTOC/COP/WG.7/2026/CRP.1"
DRAFT_REPORT = "CTOC/COP/WG.7/2026/L.1"


def row_counts() -> dict[str, int]:
    """Rows of every table the demo may touch, history and many-to-many links included."""
    return {
        model._meta.label: model._default_manager.count()
        for app in ("auth", "meetings", "documents", "recommendations")
        for model in apps.get_app_config(app).get_models(include_auto_created=True)
    }


def meeting(ordinal: int) -> Meeting:
    return Meeting.objects.get(body__symbol_prefix="CTOC/COP/WG.7", ordinal=ordinal)


@pytest.mark.django_db
def test_loading_the_demo_twice_leaves_the_same_rows_in_every_table():
    first = load_demo()
    after_first = row_counts()

    second = load_demo()

    assert first.created > 0
    assert second.created == 0
    assert row_counts() == after_first


@pytest.mark.django_db
def test_the_twelfth_meeting_has_its_adopted_agenda_with_sub_items_a_and_b():
    load_demo()

    items = AgendaItem.objects.filter(meeting=meeting(12))

    assert [(item.number, item.letter) for item in items] == [
        (1, ""), (1, "a"), (1, "b"), (2, ""), (3, ""), (4, ""), (5, ""),
    ]  # fmt: skip
    assert [item.title_en for item in items.filter(number=1).exclude(letter="")] == [
        "Opening of the meeting",
        "Adoption of the agenda and organization of work",
    ]
    assert [item.title_zh for item in items.filter(number=1).exclude(letter="")] == [
        "会议开幕",
        "通过议程和工作安排",
    ]
    assert {(item.status, item.adopted_on) for item in items} == {("adopted", date(2026, 6, 16))}


@pytest.mark.django_db
def test_the_thirteenth_meeting_agenda_is_still_provisional():
    load_demo()

    items = AgendaItem.objects.filter(meeting=meeting(13))

    assert items.count() == 7
    assert {(item.status, item.adopted_on) for item in items} == {("provisional", None)}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "alternative"), [("en", "[16 and 17 June]"), ("zh", "[6 月 16 日和 17 日]")]
)
def test_the_draft_report_has_brackets_and_placeholders_in_both_languages(language, alternative):
    load_demo()

    items = OpenItem.objects.filter(
        section__report__document__symbol=DRAFT_REPORT, section__language=language
    )

    assert items.count() > 0
    assert set(items.values_list("kind", flat=True)) == {"bracket", "placeholder"}
    assert items.filter(kind="bracket", text=alternative).exists()


@pytest.mark.django_db
@pytest.mark.parametrize(("username", "group"), [("editor", "Editors"), ("importer", "Importers")])
def test_each_demo_account_can_log_in_as_staff_of_its_group(client, username, group):
    load_demo()

    user = get_user_model().objects.get(username=username)

    signed_in = client.post("/admin/login/", {"username": username, "password": DEMO_PASSWORD})
    assert signed_in.status_code == 302
    assert user.is_staff
    assert list(user.groups.values_list("name", flat=True)) == [group]


@pytest.mark.django_db
def test_the_public_sees_the_background_paper_but_not_the_hidden_crp_or_the_limited_draft():
    load_demo()

    public = set(Document.objects.public().values_list("symbol", flat=True))

    assert Document.objects.filter(symbol__in=[CONFERENCE_ROOM_PAPER, DRAFT_REPORT]).count() == 2
    assert BACKGROUND_PAPER in public
    assert CONFERENCE_ROOM_PAPER not in public
    assert DRAFT_REPORT not in public


@pytest.mark.django_db
def test_the_chinese_and_english_background_papers_number_the_same_paragraphs():
    load_demo()

    def numbers(language: str) -> list[int]:
        return list(
            Paragraph.objects.filter(
                version__document__symbol=BACKGROUND_PAPER,
                version__language=language,
                kind=Paragraph.Kind.NUMBERED,
            ).values_list("number", flat=True)
        )

    assert numbers("zh") == numbers("en") == list(range(1, 17))


@pytest.mark.django_db
def test_each_recommendation_points_at_its_own_paragraph_of_the_draft_report():
    load_demo()

    english = "\n".join(
        ReportSection.objects.filter(
            report__document__symbol=DRAFT_REPORT, language="en"
        ).values_list("text", flat=True)
    )

    for recommendation in Recommendation.objects.filter(meeting=meeting(12)):
        assert (
            f"\n{recommendation.paragraph_number}. Recommendation {recommendation.number}: "
            in f"\n{english}"
        )


@pytest.mark.django_db
def test_after_the_demo_loads_the_home_page_shows_it_and_the_sign_in_page_answers(client):
    load_demo()

    home = client.get("/en/")

    assert home.status_code == 200
    page = home.content.decode()
    assert BACKGROUND_PAPER in page
    assert DRAFT_REPORT not in page
    assert "Vienna" in page
    assert client.get("/admin/login/").status_code == 200


def demo_usernames() -> list[str]:
    return list(
        get_user_model()
        .objects.filter(username__in=["editor", "importer"])
        .values_list("username", flat=True)
    )


@pytest.mark.django_db
def test_with_debug_off_load_demo_refuses_to_create_the_public_logins_unless_asked(settings):
    settings.DEBUG = False
    settings.DEMO_ACCOUNTS = None

    with pytest.raises(CommandError, match="--without-accounts"):
        call_command("load_demo", stdout=StringIO())

    assert demo_usernames() == []
    assert not Document.objects.filter(symbol=BACKGROUND_PAPER).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("demo_accounts", [None, True], ids=["unset", "DEMO_ACCOUNTS=1"])
def test_with_debug_off_load_demo_without_accounts_loads_the_data_alone(settings, demo_accounts):
    # Told --without-accounts, the command creates none, whatever the environment says.
    settings.DEBUG = False
    settings.DEMO_ACCOUNTS = demo_accounts
    out = StringIO()

    call_command("load_demo", "--without-accounts", stdout=out)

    assert demo_usernames() == []
    assert Document.objects.filter(symbol=BACKGROUND_PAPER).exists()
    assert DEMO_PASSWORD not in out.getvalue()


@pytest.mark.django_db
@pytest.mark.parametrize(("arguments", "demo_accounts"), [(["--with-accounts"], None), ([], True)])
def test_with_debug_off_the_logins_are_created_when_asked_for_explicitly(
    settings, arguments, demo_accounts
):
    settings.DEBUG = False
    settings.DEMO_ACCOUNTS = demo_accounts
    out = StringIO()

    call_command("load_demo", *arguments, stdout=out)

    assert sorted(demo_usernames()) == ["editor", "importer"]
    assert f"Log in as 'editor' with the password {DEMO_PASSWORD!r}." in out.getvalue()


@pytest.mark.django_db
def test_the_deploy_check_names_every_active_account_that_still_has_the_demo_password():
    load_demo()
    UserFactory(username="secretary", password=DEMO_PASSWORD, is_staff=True)
    UserFactory(username="former", password=DEMO_PASSWORD, is_active=False)
    UserFactory(username="careful")

    deploy = run_checks(include_deployment_checks=True, tags=["security"])
    without_deploy = run_checks(tags=["security"])

    warnings = [message for message in deploy if message.id == "wgportal.W001"]
    assert len(warnings) == 1
    assert "editor, importer, secretary." in warnings[0].msg
    assert "changepassword" in warnings[0].hint
    assert not [message for message in without_deploy if message.id == "wgportal.W001"]


@pytest.mark.django_db
def test_the_deploy_check_is_quiet_once_the_demo_logins_have_passwords_of_their_own():
    load_demo()
    for user in get_user_model().objects.filter(username__in=["editor", "importer"]):
        user.set_password("a long one of their own")
        user.save()

    deploy = run_checks(include_deployment_checks=True, tags=["security"])

    assert [message for message in deploy if message.id == "wgportal.W001"] == []
