"""Facts about a meeting that a text may state: attendance, people in roles, statements."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from wgportal.languages import multilingual

from ..row_versions import RaisesVersionOnSave
from ..withdrawal import Withdrawable
from .agenda import AgendaItem, NamesAgendaItem, NamingAgendaItems
from .bodies import Meeting, public_meeting_q
from .entities import Entity, RegionalGroup
from .sources import fact_source, stated_publicly_q


class MeetingChildQuerySet(models.QuerySet):
    """Rows that belong to one meeting are public exactly when their meeting is."""

    def public(self):
        return self.filter(public_meeting_q("meeting__"))


class FactQuerySet(NamingAgendaItems, MeetingChildQuerySet):
    """Facts about a meeting (attendance, roles, statements) that may have been read from a text.

    A fact is public with its meeting when an editor entered it (no `source`) or when the
    document it was read from is public. One read only from a draft report, which is Limited
    until it is published, stays hidden: a draft may still be wrong about who spoke or attended.
    One an editor withdrew is hidden whatever its source says.
    """

    def public(self):
        return super().public().filter(stated_publicly_q(), withdrawn=False)


class Attendance(RaisesVersionOnSave, Withdrawable):
    """A State or organization present at a meeting, in one capacity."""

    class Category(models.TextChoices):
        STATE_PARTY = "state_party", _("State party")
        SIGNATORY = "signatory", _("signatory State")
        NON_SIGNATORY = "non_signatory", _("non-signatory State")
        REIO = "reio", _("regional economic integration organization")
        IGO = "igo", _("intergovernmental organization")
        UN_ENTITY = "un_entity", _("United Nations entity")
        STANDING_OBSERVER = "standing_observer", _("entity with a standing observer office")
        NGO = "ngo", _("non-governmental organization")

    meeting = models.ForeignKey(
        Meeting, models.CASCADE, related_name="attendance", verbose_name=_("meeting")
    )
    entity = models.ForeignKey(
        Entity, models.PROTECT, related_name="attendance", verbose_name=_("State or organization")
    )
    category = models.CharField(_("category"), max_length=20, choices=Category)
    source = fact_source("stated_attendance")
    # A list of participants and the draft report may both say a delegation attended: when the
    # list stops saying it, the row must outlive it if the report still does.
    stated_by = models.ManyToManyField(
        "documents.Document",
        blank=True,
        related_name="attendance_stated",
        verbose_name=_("stated by"),
        help_text=_("Every document that states it; the one it is read from is among them."),
    )
    # Raised by every save through the API, the admin or an editor page: a write that names an
    # older one is refused (409; a form error in the admin) rather than overwriting a newer edit
    # (wgportal.versioning, wgportal.admin_versioning).
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    history = HistoricalRecords()

    objects = FactQuerySet.as_manager()

    class Meta:
        ordering = ["meeting", "category", "entity__sort_en"]
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "entity", "category"], name="one_attendance_per_category"
            )
        ]

    def __str__(self) -> str:
        return f"{self.entity} ({self.get_category_display()})"


class Person(multilingual("honorific", verbose_name=_("honorific"), max_length=40)):
    """A person who chairs, presents or speaks at meetings, named as documents print them."""

    name = models.CharField(
        _("name"), max_length=200, help_text=_("As printed, in Latin script: Amanda Ledwaba")
    )
    country = models.ForeignKey(
        Entity,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="people",
        verbose_name=_("country"),
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self) -> str:
        return self.name


class MeetingRole(
    NamesAgendaItem, Withdrawable, multilingual("function", verbose_name=_("function"))
):
    """A person's role at a meeting: chair, vice-chair, rapporteur, panellist or secretariat."""

    class Role(models.TextChoices):
        CHAIR = "chair", _("Chair")
        VICE_CHAIR = "vice_chair", _("Vice-Chair")
        RAPPORTEUR = "rapporteur", _("Rapporteur")
        PANELLIST = "panellist", _("panellist")
        SECRETARIAT = "secretariat", _("secretariat")

    meeting = models.ForeignKey(
        Meeting, models.CASCADE, related_name="roles", verbose_name=_("meeting")
    )
    person = models.ForeignKey(
        Person, models.PROTECT, related_name="roles", verbose_name=_("person")
    )
    role = models.CharField(_("role"), max_length=12, choices=Role)
    agenda_item = models.ForeignKey(
        AgendaItem,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="roles",
        verbose_name=_("agenda item"),
    )
    country = models.ForeignKey(
        Entity,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="roles",
        verbose_name=_("country"),
        help_text=_("The country printed after the name: (Italy)"),
    )
    regional_group = models.ForeignKey(
        RegionalGroup,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="roles",
        verbose_name=_("regional group spoken for"),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    source = fact_source("stated_roles")
    history = HistoricalRecords()

    objects = FactQuerySet.as_manager()

    class Meta:
        ordering = ["meeting", "role", "order"]
        verbose_name = _("meeting role")
        verbose_name_plural = _("meeting roles")

    def __str__(self) -> str:
        return f"{self.person} ({self.get_role_display()})"

    def clean(self) -> None:
        if self.agenda_item_id and self.agenda_item.meeting_id != self.meeting_id:
            raise ValidationError({"agenda_item": _("The agenda item is of another meeting.")})


class Statement(NamesAgendaItem, Withdrawable):
    """Who spoke under an agenda item of a meeting, and in which capacity."""

    class Capacity(models.TextChoices):
        # "Parties" to the Protocol include the European Union (seed 004 ¶10), not only States.
        PARTY = "party", _("party")
        SIGNATORY = "signatory", _("signatory State")
        NON_PARTY = "non_party", _("non-party State")
        OBSERVER = "observer", _("observer")
        SECRETARIAT = "secretariat", _("secretariat")
        PANELLIST = "panellist", _("panellist")
        CHAIR = "chair", _("Chair")

    meeting = models.ForeignKey(
        Meeting, models.CASCADE, related_name="statements", verbose_name=_("meeting")
    )
    agenda_item = models.ForeignKey(
        AgendaItem,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="statements",
        verbose_name=_("agenda item"),
    )
    entity = models.ForeignKey(
        Entity,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="statements",
        verbose_name=_("State or organization"),
    )
    person = models.ForeignKey(
        Person,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="statements",
        verbose_name=_("person"),
    )
    capacity = models.CharField(_("capacity"), max_length=12, choices=Capacity)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    source = fact_source("stated_statements")
    history = HistoricalRecords()

    objects = FactQuerySet.as_manager()

    class Meta:
        ordering = ["meeting", "agenda_item", "order"]
        verbose_name = _("statement")
        verbose_name_plural = _("statements")
        constraints = [
            models.CheckConstraint(
                condition=Q(entity__isnull=False)
                | Q(person__isnull=False)
                | Q(capacity="secretariat"),
                name="statement_has_a_speaker",
            )
        ]

    def __str__(self) -> str:
        speaker = self.entity or self.person or _("secretariat")
        return f"{speaker} ({self.get_capacity_display()})"
