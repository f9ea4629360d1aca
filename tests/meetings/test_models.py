"""Meetings, agenda items and multilingual fields."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from meetings.models import AgendaItem
from tests.factories import AgendaItemFactory, BodyFactory, MeetingFactory

pytestmark = pytest.mark.django_db


def test_a_meeting_cannot_end_before_it_starts():
    meeting = MeetingFactory.build(
        body=BodyFactory(),
        start_date=datetime.date(2017, 9, 13),
        end_date=datetime.date(2017, 9, 11),
    )
    with pytest.raises(ValidationError) as error:
        meeting.full_clean()
    assert "end_date" in error.value.message_dict
    with pytest.raises(IntegrityError):
        meeting.save()


def test_a_body_has_one_meeting_per_ordinal():
    MeetingFactory(ordinal=4)
    with pytest.raises(IntegrityError):
        MeetingFactory(ordinal=4)


def test_titles_fall_back_to_another_language_when_the_readers_is_missing():
    item = AgendaItemFactory(title_en="", title_zh="其他事项", title_fr="Questions diverses")
    assert item.title_in("zh-hans") == "其他事项"
    assert item.title_in("fr") == "Questions diverses"
    assert item.title_in("ru") == "其他事项"  # English is empty, Chinese is next


def test_sub_items_print_with_their_letter_and_adopted_items_need_a_date():
    meeting = MeetingFactory()
    opening = AgendaItemFactory(meeting=meeting, number=1, letter="a", title_zh="会议开幕")
    assert opening.label == "(a)"
    assert AgendaItemFactory(meeting=meeting, number=2).label == "2."
    undated = AgendaItem(meeting=meeting, number=3, status="adopted", title_zh="通过报告")
    with pytest.raises(ValidationError):
        undated.full_clean()
    with pytest.raises(IntegrityError):
        undated.save()
