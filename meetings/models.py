"""Bodies, meetings and their agendas, the States and organizations that attend, people in roles."""

from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .collation import sort_keys
from .languages import Language, content_language, multilingual
from .row_versions import RaisesVersionOnSave
from .withdrawal import Withdrawable

symbol_prefix_validator = RegexValidator(
    r"^[A-Z]+(\.\d+)?(/[A-Z]+(\.\d+)?)*$",
    _("A symbol prefix is slash-separated components such as CTOC/COP/WG.7."),
)


def public_meeting_q(prefix: str = "") -> Q:
    """The one rule for meetings an anonymous reader may see: published (announced), not
    withdrawn, of a published body.

    Every model that hangs off a meeting builds its own `public()` on this, with its lookup
    prefix ("meeting__"), so the rule is written once.
    """
    return Q(
        **{
            f"{prefix}published": True,
            f"{prefix}withdrawn": False,
            f"{prefix}body__published": True,
            f"{prefix}body__withdrawn": False,
        }
    )


class BodyQuerySet(models.QuerySet):
    def public(self):
        return self.filter(published=True, withdrawn=False)


class Body(
    Withdrawable,
    multilingual("name", verbose_name=_("name")),
    multilingual("mandate", verbose_name=_("mandate"), max_length=None),
):
    """An intergovernmental body with its own symbol prefix, such as a working group."""

    # `mandate_*` holds the paragraphs (one per line) that open the introduction of every report
    # of the body's meetings: the resolutions that set it up (seed 000 ¶1-2). The report
    # generator adds the meetings held before; an empty mandate becomes a placeholder.

    symbol_prefix = models.CharField(
        _("symbol prefix"), max_length=60, unique=True, validators=[symbol_prefix_validator]
    )
    parent = models.ForeignKey(
        "self",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="subsidiaries",
        verbose_name=_("parent body"),
    )
    published = models.BooleanField(_("published"), default=True)
    history = HistoricalRecords()

    objects = BodyQuerySet.as_manager()

    class Meta:
        ordering = ["symbol_prefix"]
        verbose_name = _("body")
        verbose_name_plural = _("bodies")

    def __str__(self) -> str:
        return f"{self.symbol_prefix} {self.name_en}".strip()


class MeetingQuerySet(models.QuerySet):
    def public(self):
        return self.filter(public_meeting_q())

    def of_body(self, body: Body):
        return self.filter(body=body)


class Meeting(
    RaisesVersionOnSave,
    Withdrawable,
    multilingual("venue", verbose_name=_("venue"), max_length=200),
):
    """One meeting of a body ("第七次会议"), with its dates, venue and format."""

    class Format(models.TextChoices):
        IN_PERSON = "in_person", _("in person")
        HYBRID = "hybrid", _("hybrid")
        ONLINE = "online", _("online")

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("scheduled")
        POSTPONED = "postponed", _("postponed")
        CANCELLED = "cancelled", _("cancelled")
        HELD = "held", _("held")

    body = models.ForeignKey(Body, models.PROTECT, related_name="meetings", verbose_name=_("body"))
    ordinal = models.PositiveSmallIntegerField(
        _("ordinal"), help_text=_("7 for the seventh meeting")
    )
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))
    format = models.CharField(_("format"), max_length=12, choices=Format, default=Format.IN_PERSON)
    sittings = models.PositiveSmallIntegerField(
        _("sittings held"), null=True, blank=True, help_text=_("共举行了四场会议: 4")
    )
    status = models.CharField(_("status"), max_length=12, choices=Status, default=Status.SCHEDULED)
    published = models.BooleanField(_("published"), default=False)
    # Off by default: delegates' names are personal data, and many lists of participants are
    # issued for the meeting's own use; delegations and their head counts are public anyway.
    publishes_participant_names = models.BooleanField(
        _("publishes participants' names"),
        default=False,
        help_text=_(
            "When on, the public reads the names, titles and functions in the list of "
            "participants; when off, only the delegations and their head counts."
        ),
    )
    # A meeting an import created (from a masthead or a report) is announced by its first
    # imported General document, which is public at the UN already; one an editor created waits
    # for the editor, and the flag, cleared at the announcement, never announces it twice (an
    # editor who unpublished it afterwards is not overruled).
    awaits_first_document = models.BooleanField(
        _("announced by its first General document"),
        default=False,
        editable=False,
        help_text=_("Created by an import: announced when its first General document arrives."),
    )
    # Raised by every save through the API, the admin or an editor page: a write that names an
    # older one is refused (409; a form error in the admin) rather than overwriting a newer edit
    # (wgportal.versioning, wgportal.admin_versioning).
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    history = HistoricalRecords()

    objects = MeetingQuerySet.as_manager()

    class Meta:
        ordering = ["body", "-start_date"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        constraints = [
            models.UniqueConstraint(fields=["body", "ordinal"], name="one_meeting_per_ordinal"),
            models.CheckConstraint(
                condition=Q(end_date__gte=models.F("start_date")), name="meeting_ends_after_start"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.body.symbol_prefix} #{self.ordinal} ({self.start_date:%Y-%m-%d})"

    def get_absolute_url(self) -> str:
        return reverse("meeting-detail", args=[self.body.symbol_prefix, self.ordinal])

    def clean(self) -> None:
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("A meeting cannot end before it starts.")})


def fact_source(related_name: str) -> models.ForeignKey:
    """The document a fact was read from; empty for a row an editor entered."""
    # PROTECT: deleting the document would leave the fact without a source, which is public.
    return models.ForeignKey(
        "documents.Document",
        models.PROTECT,
        null=True,
        blank=True,
        related_name=related_name,
        verbose_name=_("read from"),
        help_text=_(
            "The document that states it; while that document is not public, neither is this. "
            "Empty for what an editor entered."
        ),
    )


def stated_publicly_q() -> Q:
    """Rows read from a public document, or entered by an editor (no `source`)."""
    # The documents' own rule (documents.models.public_document_q), reached through the app
    # registry: meetings sits below documents and imports nothing of it.
    documents = apps.get_model("documents", "Document").objects.public()
    return Q(source__isnull=True) | Q(source__in=documents)


class AgendaItemQuerySet(models.QuerySet):
    def public(self):
        # An agenda read only from a draft report is not public until the report is: the draft
        # may still be wrong about the items and the day they were adopted (FactQuerySet).
        return self.filter(public_meeting_q("meeting__"), stated_publicly_q(), withdrawn=False)


class AgendaItem(
    RaisesVersionOnSave,
    Withdrawable,
    multilingual("title", verbose_name=_("title"), max_length=None),
):
    """An item of a meeting's agenda ("2."), or one of its lettered sub-items ("1 (b)")."""

    class Status(models.TextChoices):
        PROVISIONAL = "provisional", _("provisional")
        ADOPTED = "adopted", _("adopted")

    meeting = models.ForeignKey(
        Meeting, models.CASCADE, related_name="agenda_items", verbose_name=_("meeting")
    )
    number = models.PositiveSmallIntegerField(_("number"))
    letter = models.CharField(
        _("sub-item letter"),
        max_length=2,
        blank=True,
        validators=[RegexValidator(r"^[a-z]{1,2}$", _("Sub-items are lettered a, b, c ..."))],
    )
    substantive = models.BooleanField(
        _("substantive"),
        default=True,
        help_text=_(
            "Substantive items get a heading in the recommendations chapter of the report."
        ),
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status, default=Status.PROVISIONAL
    )
    adopted_on = models.DateField(_("adopted on"), null=True, blank=True)
    source = fact_source("stated_agenda_items")
    # Raised by every save through the API, the admin or an editor page: a write that names an
    # older one is refused (409; a form error in the admin) rather than overwriting a newer edit
    # (wgportal.versioning, wgportal.admin_versioning).
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    history = HistoricalRecords()

    objects = AgendaItemQuerySet.as_manager()

    class Meta:
        ordering = ["meeting", "number", "letter"]
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "number", "letter"], name="one_agenda_item_per_number"
            ),
            models.CheckConstraint(
                condition=Q(status="provisional") | Q(adopted_on__isnull=False),
                name="adopted_agenda_item_has_date",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.label} {self.title_in('en')}"[:120]

    @property
    def label(self) -> str:
        """The number as printed: "2." for an item, "(b)" for a sub-item."""
        return f"({self.letter})" if self.letter else f"{self.number}."

    def clean(self) -> None:
        if self.status == self.Status.ADOPTED and not self.adopted_on:
            raise ValidationError({"adopted_on": _("An adopted agenda item needs its date.")})


class RegionalGroup(multilingual("name", verbose_name=_("name"))):
    """One of the five regional groups of UN Member States (African States, ...)."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order"]
        verbose_name = _("regional group")
        verbose_name_plural = _("regional groups")

    def __str__(self) -> str:
        return self.name_en


class EntityQuerySet(models.QuerySet):
    def public(self):
        # Reference data: every State and organization may be named on public pages.
        return self.all()

    def states(self):
        return self.filter(kind__in=Entity.STATE_KINDS)

    def in_un_order(self, language: str):
        """Ordered as the UN prints lists in `language` (see meetings.collation)."""
        return self.order_by(f"sort_{content_language(language)}", "code")


class Entity(
    multilingual("name", verbose_name=_("name")),
    multilingual("acronym", verbose_name=_("acronym"), max_length=60),
    multilingual("filed_under", verbose_name=_("filed under")),
):
    """A State or an organization that may attend meetings, speak or be named in documents."""

    class Kind(models.TextChoices):
        MEMBER_STATE = "member_state", _("Member State")
        OBSERVER_STATE = "observer_state", _("observer State")
        REIO = "reio", _("regional economic integration organization")
        IGO = "igo", _("intergovernmental organization")
        UN_ENTITY = "un_entity", _("United Nations entity")
        STANDING_OBSERVER = "standing_observer", _("entity with a standing observer office")
        NGO = "ngo", _("non-governmental organization")

    STATE_KINDS = (Kind.MEMBER_STATE, Kind.OBSERVER_STATE)

    code = models.CharField(
        _("code"),
        max_length=40,
        unique=True,
        help_text=_("ISO 3166 alpha-2 code for States, a short code for organizations."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind)
    iso2 = models.CharField(_("ISO code"), max_length=2, blank=True)
    regional_group = models.ForeignKey(
        RegionalGroup,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="members",
        verbose_name=_("regional group"),
    )
    # Sort keys are derived on save from `filed_under_*` where an editor set one, else from the
    # name: the database cannot compare ignoring accents the same way on SQLite and PostgreSQL,
    # and printed lists must sort in SQL to page cheaply.
    sort_ar = models.CharField(max_length=500, editable=False, default="")
    sort_zh = models.CharField(max_length=500, editable=False, default="")
    sort_en = models.CharField(max_length=500, editable=False, default="")
    sort_fr = models.CharField(max_length=500, editable=False, default="")
    sort_ru = models.CharField(max_length=500, editable=False, default="")
    sort_es = models.CharField(max_length=500, editable=False, default="")
    history = HistoricalRecords()

    objects = EntityQuerySet.as_manager()

    class Meta:
        ordering = ["sort_en"]
        verbose_name = _("State or organization")
        verbose_name_plural = _("States and organizations")
        indexes = [models.Index(fields=["kind", "sort_en"])]

    def __str__(self) -> str:
        return self.name_en or self.name_zh or self.code

    def get_absolute_url(self) -> str:
        return reverse("entity-detail", args=[self.code])

    @property
    def is_state(self) -> bool:
        return self.kind in self.STATE_KINDS

    def clean(self) -> None:
        if self.regional_group_id and self.kind != self.Kind.MEMBER_STATE:
            raise ValidationError(
                {"regional_group": _("Only Member States sit in regional groups.")}
            )

    def save(self, *args, **kwargs) -> None:
        for field, key in sort_keys(self).items():
            setattr(self, field, key)
        super().save(*args, **kwargs)


class EntityAlias(models.Model):
    """Another form of an entity's name met in documents ("Turkey", "联合国难民署")."""

    entity = models.ForeignKey(
        Entity, models.CASCADE, related_name="aliases", verbose_name=_("State or organization")
    )
    name = models.CharField(_("name"), max_length=500, unique=True)
    language = models.CharField(_("language"), max_length=2, choices=Language, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("alias")
        verbose_name_plural = _("aliases")

    def __str__(self) -> str:
        return self.name


class MeetingChildQuerySet(models.QuerySet):
    """Rows that belong to one meeting are public exactly when their meeting is."""

    def public(self):
        return self.filter(public_meeting_q("meeting__"))


class NamingAgendaItems(models.QuerySet):
    """Rows filed under an agenda item (roles, statements, recommendations), which a page names
    only when the item is public: a withdrawn item, or one only a draft states, is not."""

    def with_public_agenda_item(self):
        """Annotated `agenda_item_is_public`, read by `NamesAgendaItem.public_agenda_item`."""
        items = AgendaItem.objects.public().filter(pk=OuterRef("agenda_item"))
        return self.select_related("agenda_item").annotate(agenda_item_is_public=Exists(items))


class NamesAgendaItem:
    @property
    def public_agenda_item(self) -> "AgendaItem | None":
        # None without the annotation: a row read without asking names no item.
        return self.agenda_item if getattr(self, "agenda_item_is_public", False) else None


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
