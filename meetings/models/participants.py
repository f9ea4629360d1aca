"""A meeting's list of participants: people by delegation, and who may read their names."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from ..withdrawal import Withdrawable
from .bodies import Meeting
from .entities import Entity
from .facts import Attendance, FactQuerySet
from .sources import fact_source


class ParticipantQuerySet(FactQuerySet):
    """People on a meeting's list of participants; public as the other facts are (FactQuerySet)."""


def reads_participant_names(user, meeting: Meeting) -> bool:
    """The one rule for who reads participants' names, titles and functions.

    Everyone when the meeting publishes them; otherwise only users who may view participants
    (editors). Pages, the API and the exports all ask this.
    """
    return meeting.publishes_participant_names or (
        user is not None and user.is_authenticated and user.has_perm("meetings.view_participant")
    )


class Participant(Withdrawable):
    """One person on a meeting's list of participants, in a delegation, as the list prints it."""

    meeting = models.ForeignKey(
        Meeting, models.CASCADE, related_name="participants", verbose_name=_("meeting")
    )
    entity = models.ForeignKey(
        Entity, models.PROTECT, related_name="participants", verbose_name=_("delegation")
    )
    category = models.CharField(_("category"), max_length=20, choices=Attendance.Category)
    name = models.CharField(_("name"), max_length=200, help_text=_("As printed: John Smith, 张三"))
    title = models.CharField(
        _("title"), max_length=60, blank=True, help_text=_("As printed: Mr., Ms., H.E. Mr., 先生")
    )
    function = models.CharField(
        _("function"),
        max_length=500,
        blank=True,
        help_text=_("As printed: Head of delegation; Counsellor, Permanent Mission"),
    )
    order = models.PositiveIntegerField(_("order"), default=0, help_text=_("Place in the list"))
    source = fact_source("stated_participants")
    history = HistoricalRecords()

    objects = ParticipantQuerySet.as_manager()

    class Meta:
        ordering = ["meeting", "order", "pk"]
        verbose_name = _("participant")
        verbose_name_plural = _("participants")

    def __str__(self) -> str:
        return f"{self.title} {self.name} ({self.entity})".strip()
