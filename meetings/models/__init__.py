"""Bodies, meetings and their agendas, the States and organizations that attend, people in roles.

One module per topic; every name is imported here, so `meetings.models.Meeting` and the
migrations read as before the split.
"""

from .agenda import AgendaItem, AgendaItemQuerySet, NamesAgendaItem, NamingAgendaItems
from .bodies import (
    Body,
    BodyQuerySet,
    Meeting,
    MeetingQuerySet,
    public_meeting_q,
    symbol_prefix_validator,
)
from .entities import Entity, EntityAlias, EntityQuerySet, RegionalGroup
from .facts import (
    Attendance,
    FactQuerySet,
    MeetingChildQuerySet,
    MeetingRole,
    Person,
    Statement,
)
from .participants import Participant, ParticipantQuerySet, reads_participant_names
from .sources import fact_source, stated_publicly_q

__all__ = [
    "AgendaItem",
    "AgendaItemQuerySet",
    "Attendance",
    "Body",
    "BodyQuerySet",
    "Entity",
    "EntityAlias",
    "EntityQuerySet",
    "FactQuerySet",
    "Meeting",
    "MeetingChildQuerySet",
    "MeetingQuerySet",
    "MeetingRole",
    "NamesAgendaItem",
    "NamingAgendaItems",
    "Participant",
    "ParticipantQuerySet",
    "Person",
    "RegionalGroup",
    "Statement",
    "fact_source",
    "public_meeting_q",
    "reads_participant_names",
    "stated_publicly_q",
    "symbol_prefix_validator",
]
