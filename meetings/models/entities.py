"""The States and organizations that attend meetings, their regional groups and other names."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from wgportal.languages import Language, content_language, multilingual

from ..collation import sort_keys


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

    def printed_name(self, language: str) -> str:
        """This State or organization as the lists of a document in `language` print it."""
        return printed_name(
            name=self.name_in(language),
            acronym=getattr(self, f"acronym_{language}"),
            kind=self.kind,
            language=language,
        )

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


# Organizations a Chinese list prints with their short form; States and the European Union go by
# name alone, and lists in the other languages print no short form (seeds 000 and 004).
SHORT_FORM_KINDS = frozenset(
    {Entity.Kind.IGO, Entity.Kind.UN_ENTITY, Entity.Kind.STANDING_OBSERVER, Entity.Kind.NGO}
)


def printed_name(*, name: str, acronym: str, kind: str, language: str) -> str:
    """A name as lists print it: in Chinese an organization with its short form, "国际移民组织
    （移民组织）" (seed 000 ¶23); States and the European Union by name alone.

    The rule of `Entity.printed_name`, for rows read as values (report generation).
    """
    if language != "zh" or kind not in SHORT_FORM_KINDS:
        return name
    return f"{name}（{acronym}）" if acronym and acronym != name else name


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
