"""Draft reports of meetings while they are being written, section by section."""

from pathlib import PurePath

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from documents.models import Document, ImportJob, public_document_q
from meetings.models import Meeting
from wgportal.languages import Language


class DraftReportQuerySet(models.QuerySet):
    def public(self):
        # Only a report that has been published is ever shown, and then as the General document
        # it was reissued as: its draft stays Limited.
        return self.filter(status=DraftReport.Status.PUBLISHED).filter(
            public_document_q("document__replaced_by__")
        )


class DraftReport(models.Model):
    """The report of a meeting while it is drafted, reviewed, adopted and published."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        UNDER_REVIEW = "under_review", _("under review")
        ADOPTED = "adopted", _("adopted")
        PUBLISHED = "published", _("published")

    document = models.OneToOneField(
        Document, models.PROTECT, related_name="draft_report", verbose_name=_("document")
    )
    meeting = models.ForeignKey(
        Meeting, models.PROTECT, related_name="reports", verbose_name=_("meeting")
    )
    status = models.CharField(_("status"), max_length=14, choices=Status, default=Status.DRAFT)
    adopted_on = models.DateField(
        _("adopted on"),
        null=True,
        blank=True,
        help_text=_("As the report states it; in a draft, the date set for its adoption."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    history = HistoricalRecords()

    objects = DraftReportQuerySet.as_manager()

    class Meta:
        ordering = ["-meeting__start_date"]
        verbose_name = _("draft report")
        verbose_name_plural = _("draft reports")

    def __str__(self) -> str:
        return _("Report of %(meeting)s") % {"meeting": self.meeting}

    @property
    def adoption_date(self):
        """The date the report is adopted on: the one set for it, else the meeting's last day.

        A working group adopts its report at its last sitting, on the meeting's last day (seeds
        000 ¶27 and 004 ¶21 both say so): generation states it, the form offers it, adoption
        records it and the reissue is issued on it, until the file or an editor sets another.
        """
        return self.adopted_on or self.meeting.end_date

    @property
    def reissue(self) -> Document | None:
        """The General document the adopted report was reissued as, once it is published."""
        try:
            return self.document.replaced_by
        except Document.replaced_by.RelatedObjectDoesNotExist:
            return None

    @property
    def issued(self) -> Document:
        """The document the report is printed as: its reissue once published, else its draft."""
        return self.reissue or self.document


class ReportSectionQuerySet(models.QuerySet):
    def public(self):
        return self.filter(report__in=DraftReport.objects.public())


class ReportSection(models.Model):
    """A chapter or section of a draft report in one language, edited under optimistic locking.

    `version` grows by one with every save; an editor's save names the version they started
    from and is refused when it is no longer the current one.
    """

    class Kind(models.TextChoices):
        CHAPTER = "chapter", _("chapter")
        SECTION = "section", _("section")

    class Origin(models.TextChoices):
        GENERATED = "generated", _("generated")
        IMPORTED = "imported", _("imported")
        EDITED = "edited", _("edited")

    report = models.ForeignKey(
        DraftReport, models.CASCADE, related_name="sections", verbose_name=_("report")
    )
    language = models.CharField(_("language"), max_length=2, choices=Language)
    kind = models.CharField(_("kind"), max_length=8, choices=Kind)
    key = models.SlugField(
        _("key"),
        max_length=60,
        help_text=_("Which part of the report pattern: introduction, organization-opening ..."),
    )
    number = models.CharField(_("number"), max_length=10, blank=True, help_text=_("一, IV, A"))
    order = models.PositiveSmallIntegerField(_("order"))
    heading = models.TextField(_("heading"))
    text = models.TextField(_("text"), blank=True)
    origin = models.CharField(_("origin"), max_length=10, choices=Origin, default=Origin.GENERATED)
    # What the generator last wrote here. A paragraph of `text` still equal to its generated
    # paragraph is the generator's to update; one an editor changed is never touched again.
    generated_text = models.TextField(_("generated text"), blank=True, editable=False)
    regenerated = models.JSONField(
        _("regenerated paragraphs"),
        default=list,
        blank=True,
        editable=False,
        help_text=_("Numbers of the paragraphs the last regeneration rewrote."),
    )
    # What the last import of the report's file printed here, taken or not. A revised file whose
    # text of the section is still this changed nothing in it, so an editor's text stands
    # without a proposal beside it; a different one is the secretariat's revision.
    imported_text = models.TextField(_("imported text"), blank=True, editable=False)
    version = models.PositiveIntegerField(_("version"), default=1)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("updated by"),
    )
    history = HistoricalRecords()

    objects = ReportSectionQuerySet.as_manager()

    class Meta:
        ordering = ["report", "language", "order"]
        verbose_name = _("report section")
        verbose_name_plural = _("report sections")
        constraints = [
            models.UniqueConstraint(
                fields=["report", "language", "key"], name="one_report_section_per_key"
            )
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.heading}" if self.number else self.heading

    @property
    def changed_by_editor(self) -> bool:
        """Whether an editor wrote the text as it stands: it is theirs, no import overwrites it.

        A generated section whose text is still what the generator wrote is not; one an editor
        saved or added is, even when the save restored an older text.
        """
        if self.origin == self.Origin.EDITED or self.updated_by_id is not None:
            return True
        return self.origin == self.Origin.GENERATED and self.text != self.generated_text


class SectionProposalQuerySet(models.QuerySet):
    def public(self):
        # Proposals are the editors' working records of a draft; nothing of them is public.
        return self.none()

    def open(self):
        return self.filter(status=SectionProposal.Status.OPEN)


class SectionProposal(models.Model):
    """A revised import's text of a section, kept beside the text an editor wrote until they
    take it or leave it."""

    class Status(models.TextChoices):
        OPEN = "open", _("open")
        TAKEN = "taken", _("taken")
        LEFT = "left", _("left")
        # A later import of the report proposed another text of the section.
        SUPERSEDED = "superseded", _("superseded")

    section = models.ForeignKey(
        ReportSection, models.CASCADE, related_name="proposals", verbose_name=_("section")
    )
    heading = models.TextField(_("heading"))
    text = models.TextField(_("text"), blank=True)
    section_version = models.PositiveIntegerField(
        _("section version"), help_text=_("The version of the section the import found.")
    )
    job = models.ForeignKey(
        ImportJob,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="section_proposals",
        verbose_name=_("import job"),
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("uploaded by"),
    )
    proposed_at = models.DateTimeField(_("proposed at"), auto_now_add=True)
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.OPEN)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)

    objects = SectionProposalQuerySet.as_manager()

    class Meta:
        ordering = ["section", "-proposed_at", "-pk"]
        verbose_name = _("proposed text of a section")
        verbose_name_plural = _("proposed texts of sections")
        constraints = [
            models.UniqueConstraint(
                fields=["section"],
                condition=models.Q(status="open"),
                name="one_open_proposal_per_section",
            )
        ]

    def __str__(self) -> str:
        return f"{self.section} ({self.get_status_display()})"

    @property
    def file_name(self) -> str:
        """The name of the file the text came from, as uploaded (without the storage folders)."""
        return PurePath(self.job.file.name).name if self.job and self.job.file else ""


class OpenItem(models.Model):
    """Unsettled draft text: a bracketed alternative ([8 日和 9 日]) or a placeholder ([……])."""

    class Kind(models.TextChoices):
        BRACKET = "bracket", _("bracketed text")
        PLACEHOLDER = "placeholder", _("placeholder")

    section = models.ForeignKey(
        ReportSection, models.CASCADE, related_name="open_items", verbose_name=_("section")
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind)
    text = models.TextField(_("text"))
    paragraph_number = models.PositiveIntegerField(_("paragraph"), null=True, blank=True)
    position = models.PositiveIntegerField(_("position in the section text"))

    class Meta:
        ordering = ["section", "position"]
        verbose_name = _("open item")
        verbose_name_plural = _("open items")

    def __str__(self) -> str:
        return self.text


class ReportEvent(models.Model):
    """A step in a report's life: generated, sent for review, adopted, published; by whom, when."""

    class Action(models.TextChoices):
        GENERATED = "generated", _("generated")
        REGENERATED = "regenerated", _("regenerated")
        SUBMITTED = "submitted", _("sent for review")
        RETURNED = "returned", _("returned to draft")
        ADOPTED = "adopted", _("adopted")
        PUBLISHED = "published", _("published")

    report = models.ForeignKey(
        DraftReport, models.CASCADE, related_name="events", verbose_name=_("report")
    )
    action = models.CharField(_("action"), max_length=12, choices=Action)
    status = models.CharField(
        _("status after"), max_length=14, choices=DraftReport.Status, editable=False
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    at = models.DateTimeField(_("at"), auto_now_add=True)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["report", "at", "pk"]
        verbose_name = _("report event")
        verbose_name_plural = _("report events")

    def __str__(self) -> str:
        return f"{self.get_action_display()} {self.at:%Y-%m-%d %H:%M}"
