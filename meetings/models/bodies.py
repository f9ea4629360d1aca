"""Bodies and their meetings, and the one rule for which meetings the public sees."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from wgportal.languages import multilingual

from ..row_versions import RaisesVersionOnSave
from ..withdrawal import Withdrawable

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
        _("sittings held"),
        null=True,
        blank=True,
        help_text=_("The number of sittings the meeting held, as its report states it: 4"),
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
