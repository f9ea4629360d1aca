"""A meeting's agenda: numbered items and their lettered sub-items."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Count, Exists, Max, OuterRef, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from wgportal.languages import multilingual

from ..row_versions import RaisesVersionOnSave
from ..withdrawal import Withdrawable
from .bodies import Meeting, public_meeting_q
from .sources import fact_source, stated_publicly_q


class AgendaItemQuerySet(models.QuerySet):
    def public(self):
        # An agenda read only from a draft report is not public until the report is: the draft
        # may still be wrong about the items and the day they were adopted (FactQuerySet).
        return self.filter(public_meeting_q("meeting__"), stated_publicly_q(), withdrawn=False)

    def adopted_on(self):
        """The day these items' agenda was adopted: the last of their adoption dates, or None
        while any of them is still provisional (the agenda is adopted as a whole, once).

        The one rule for the meeting's page and its report (chapter IV.C), in one query.
        """
        dates = self.aggregate(
            items=Count("pk"),
            provisional=Count(
                "pk", filter=~Q(status=AgendaItem.Status.ADOPTED) | Q(adopted_on__isnull=True)
            ),
            last=Max("adopted_on"),
        )
        return dates["last"] if dates["items"] and not dates["provisional"] else None


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
