"""Recommendations adopted by meetings, and the thematic index of background papers."""

from django.db import models
from django.db.models import CharField, Exists, F, IntegerField, OuterRef, Q, Value
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from documents.models import Document, Paragraph, public_document_q
from meetings.models import (
    AgendaItem,
    Meeting,
    NamesAgendaItem,
    NamingAgendaItems,
    public_meeting_q,
)
from meetings.row_versions import RaisesVersionOnSave
from meetings.withdrawal import Withdrawable
from wgportal.languages import multilingual


class ThemeQuerySet(models.QuerySet):
    def public(self):
        return self.filter(published=True, withdrawn=False)


class Theme(Withdrawable, multilingual("name", verbose_name=_("name"))):
    """A theme of the thematic index (刑事司法对策, criminal justice responses ...)."""

    code = models.SlugField(_("code"), max_length=60, unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    published = models.BooleanField(_("published"), default=True)
    papers = models.ManyToManyField(
        Document,
        through="ThemePaper",
        through_fields=("theme", "document"),
        related_name="themes",
        blank=True,
        verbose_name=_("background papers"),
    )
    history = HistoricalRecords()

    objects = ThemeQuerySet.as_manager()

    class Meta:
        ordering = ["order", "code"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self) -> str:
        return self.name_in("en")


class KeyTopic(multilingual("name", verbose_name=_("name"))):
    """A key topic listed under a theme (金钱或其他物质利益, financial investigations ...)."""

    theme = models.ForeignKey(
        Theme, models.CASCADE, related_name="key_topics", verbose_name=_("theme")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["theme", "order"]
        verbose_name = _("key topic")
        verbose_name_plural = _("key topics")

    def __str__(self) -> str:
        return self.name_in("en")


class ThemePaperQuerySet(models.QuerySet):
    def public(self):
        # The paper's own rule: an entry is public with its background paper, whatever its
        # theme's state (the theme's own public() decides whether the theme is listed).
        return self.filter(public_document_q("document__"))


class ThemePaper(models.Model):
    """A background paper filed under a theme, with the paragraphs that summarize it."""

    theme = models.ForeignKey(Theme, models.CASCADE, verbose_name=_("theme"))
    document = models.ForeignKey(
        Document, models.CASCADE, related_name="theme_entries", verbose_name=_("background paper")
    )
    summary = models.ForeignKey(
        Document,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="summarized_papers",
        verbose_name=_("thematic summary"),
    )
    summary_paragraphs = models.ManyToManyField(
        Paragraph, blank=True, related_name="summarizes", verbose_name=_("summary paragraphs")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    # As the summary states them ("2018 年为第五次会议编写"): the paper is linked to that meeting
    # as soon as the portal holds it, which a report's list of previous meetings may bring later.
    meeting_ordinal = models.PositiveSmallIntegerField(
        _("prepared for meeting"), null=True, blank=True
    )
    year = models.PositiveSmallIntegerField(_("year prepared"), null=True, blank=True)

    objects = ThemePaperQuerySet.as_manager()

    class Meta:
        ordering = ["theme", "order"]
        verbose_name = _("background paper under a theme")
        verbose_name_plural = _("background papers under themes")
        constraints = [
            models.UniqueConstraint(fields=["theme", "document"], name="one_entry_per_paper")
        ]

    def __str__(self) -> str:
        return f"{self.theme}: {self.document}"


class RecommendationQuerySet(NamingAgendaItems):
    def public(self):
        # Adopted, of a public meeting, and of a public report: a report adopted but not yet
        # published is still its Limited draft, and its recommendations wait for its reissue.
        # One an editor entered without a report is public with its meeting.
        return self.filter(status=Recommendation.Status.ADOPTED, withdrawn=False).filter(
            public_meeting_q("meeting__"), Q(report__isnull=True) | public_document_q("report__")
        )

    def naming_reports_among(self, documents):
        """Annotated `report_shown`: whether the report is among `documents` (those the reader
        may see), so that a reader is never given the symbol of a report still Limited."""
        return self.annotate(report_shown=Exists(documents.filter(pk=OuterRef("report"))))

    def naming_public_reports(self):
        """Annotated `report_shown`: whether the report is public, as public pages name it (one
        still Limited, its L. draft, or not yet published is not named)."""
        return self.naming_reports_among(Document.objects.public())

    def in_thematic_order(self, theme: int | None = None):
        """(recommendation, theme) rows in the order the index of recommendations prints them.

        Under each public theme in the themes' order, then those filed under none; under each,
        by meeting and number. A recommendation filed under several themes is listed under
        each; with `theme`, only that theme's rows are. Each row is a tuple that starts
        (pk, theme pk or None), so a page of the index is cut in SQL.
        """
        themes = Theme.objects.public()
        if theme is not None:
            themes = themes.filter(pk=theme)
        columns = ("pk", "theme", "theme_order", "theme_code")
        in_meeting_order = ("meeting__start_date", "meeting_id", "number")
        # The annotations read the join the filter made, so each row names one public theme.
        themed = (
            self.filter(themes__in=themes)
            .annotate(
                theme=F("themes"), theme_order=F("themes__order"), theme_code=F("themes__code")
            )
            .order_by()
            .values_list(*columns, *in_meeting_order)
        )
        if theme is None:
            # Filed under no theme, or under unpublished ones only: "Other recommendations".
            other = (
                self.exclude(themes__in=themes)
                .annotate(
                    theme=Value(None, IntegerField()),
                    theme_order=Value(None, IntegerField()),
                    theme_code=Value(None, CharField()),
                )
                .order_by()
                .values_list(*columns, *in_meeting_order)
            )
            themed = themed.union(other, all=True)
        return themed.order_by(
            F("theme_order").asc(nulls_last=True), "theme_code", *in_meeting_order
        )


class Recommendation(
    NamesAgendaItem,
    RaisesVersionOnSave,
    Withdrawable,
    multilingual("text", verbose_name=_("text"), max_length=None),
    multilingual("topic", verbose_name=_("topic heading"), max_length=None),
):
    """A numbered recommendation ("建议 1") of a meeting, under an agenda topic heading."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        ADOPTED = "adopted", _("adopted")

    meeting = models.ForeignKey(
        Meeting, models.PROTECT, related_name="recommendations", verbose_name=_("meeting")
    )
    agenda_item = models.ForeignKey(
        AgendaItem,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="recommendations",
        verbose_name=_("agenda item"),
        help_text=_("Empty for general recommendations."),
    )
    number = models.PositiveSmallIntegerField(_("number"))
    themes = models.ManyToManyField(
        Theme, blank=True, related_name="recommendations", verbose_name=_("themes")
    )
    status = models.CharField(_("status"), max_length=8, choices=Status, default=Status.DRAFT)
    # Paragraph numbers are the same in every language version, so (report, number) points at
    # the paragraph in whichever language the reader has open.
    report = models.ForeignKey(
        Document,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="recommendations",
        verbose_name=_("report"),
    )
    paragraph_number = models.PositiveIntegerField(_("report paragraph"), null=True, blank=True)
    # Raised by every save through the API or the admin: a write naming an older one is refused
    # (409; a form error in the admin; wgportal.versioning, wgportal.admin_versioning).
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    history = HistoricalRecords(m2m_fields=[themes])

    objects = RecommendationQuerySet.as_manager()

    class Meta:
        ordering = ["meeting", "number"]
        verbose_name = _("recommendation")
        verbose_name_plural = _("recommendations")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "number"], name="one_recommendation_number")
        ]

    def __str__(self) -> str:
        return f"{self.meeting.body.symbol_prefix} #{self.meeting.ordinal} / {self.number}"
