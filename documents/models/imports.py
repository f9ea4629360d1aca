"""Import jobs: one uploaded file, read in the background into structured records."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wgportal.languages import Language

from .documents import Document


class ImportJobQuerySet(models.QuerySet):
    def public(self):
        # Import jobs are the importers' working records; nothing of them is public.
        return self.none()


class ImportJob(models.Model):
    """An uploaded text queued for import, with what the import found and how long it took."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("queued")
        RUNNING = "running", _("running")
        SUCCEEDED = "succeeded", _("succeeded")
        FAILED = "failed", _("failed")

    file = models.FileField(_("file"), upload_to="imports/%Y/%m/", max_length=300)
    language = models.CharField(
        _("language"),
        max_length=2,
        choices=Language,
        blank=True,
        help_text=_("Leave empty to detect it from the text."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="import_jobs",
        verbose_name=_("uploaded by"),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.QUEUED)
    checksum = models.CharField(_("checksum (SHA-256)"), max_length=64, blank=True)
    document = models.ForeignKey(
        Document,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="import_jobs",
        verbose_name=_("document"),
    )
    log = models.TextField(_("log"), blank=True)
    counts = models.JSONField(_("counts"), default=dict, blank=True)
    warnings = models.JSONField(_("warnings"), default=list, blank=True)
    created_at = models.DateTimeField(_("queued at"), auto_now_add=True)
    # Empty while the job's message could not be handed to the queue (the broker was down): the
    # sweep sends it when the broker is back (services.imports.resend_import_jobs).
    sent_at = models.DateTimeField(_("sent to the queue at"), null=True, blank=True)
    # Runs started; a file that stopped its worker IMPORT_JOB_MAX_ATTEMPTS times fails.
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    objects = ImportJobQuerySet.as_manager()

    # Not a column: set by services.imports.send_import_job when the broker was unavailable just
    # now, so that the upload can say so (sent_at alone is also empty before the commit).
    send_failed = False

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("import job")
        verbose_name_plural = _("import jobs")

    def __str__(self) -> str:
        return f"{self.file.name} ({self.get_status_display()})"

    @property
    def waits_for_queue(self) -> bool:
        """Queued, but its message could not be handed to the broker yet."""
        return self.status == self.Status.QUEUED and self.sent_at is None

    @property
    def duration_seconds(self) -> float | None:
        if self.started_at and self.finished_at:
            return (self.finished_at - self.started_at).total_seconds()
        return None
