"""Admin for editors and importers: documents, their versions and structure, reports, imports."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from meetings.admin import WITHDRAWAL_ACTIONS
from wgportal.admin_versioning import VersionedAdmin, VersionedInline

from .forms import ImportUploadForm
from .models import (
    Document,
    DraftReport,
    Footnote,
    ImportJob,
    LanguageVersion,
    OpenItem,
    Paragraph,
    Reference,
    ReportEvent,
    ReportSection,
    Section,
    SectionProposal,
)
from .services import create_import_job
from .services.imports import queue_notice


class LanguageVersionInline(admin.TabularInline):
    model = LanguageVersion
    extra = 0
    fields = ["language", "title", "source_file", "checksum", "imported_at"]
    readonly_fields = ["checksum", "imported_at"]
    show_change_link = True


@admin.register(Document)
class DocumentAdmin(SimpleHistoryAdmin):
    list_display = [
        "__str__",
        "type",
        "distribution",
        "issue_date",
        "original_language",
        "meeting",
        "published",
        "withdrawn",
    ]
    list_filter = [
        "type",
        "distribution",
        "published",
        "withdrawn",
        "original_language",
        "meeting__body",
        "meeting",
        "symbol_year",
    ]
    search_fields = ["symbol", "versions__title", "job_number", "meeting__body__symbol_prefix"]
    list_select_related = ["meeting__body"]
    date_hierarchy = "issue_date"
    autocomplete_fields = ["body", "meeting", "agenda_items", "replaces"]
    readonly_fields = [
        "symbol_body",
        "symbol_year",
        "symbol_nature",
        "symbol_number",
        "symbol_modifiers",
    ]
    inlines = [LanguageVersionInline]
    actions = WITHDRAWAL_ACTIONS
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "symbol",
                    "type",
                    "distribution",
                    "issue_date",
                    "original_language",
                    "job_number",
                    "published",
                    "replaces",
                    "withdrawn",
                ]
            },
        ),
        (_("Meeting"), {"fields": ["body", "meeting", "agenda_items"]}),
        (_("Parts of the symbol"), {"fields": readonly_fields, "classes": ["collapse"]}),
    ]

    def get_search_results(self, request, queryset, search_term):
        # A title matches in several language versions: one row per document.
        queryset, _may_have_duplicates = super().get_search_results(request, queryset, search_term)
        return queryset, True


class SectionInline(admin.TabularInline):
    model = Section
    extra = 0
    fields = ["order", "kind", "number", "heading", "parent"]
    raw_id_fields = ["parent"]


@admin.register(LanguageVersion)
class LanguageVersionAdmin(SimpleHistoryAdmin):
    list_display = ["document", "language", "title", "paragraph_count", "imported_at"]
    list_filter = ["language", "document__type", "document__meeting__body"]
    search_fields = ["document__symbol", "title"]
    list_select_related = ["document"]
    raw_id_fields = ["document"]
    readonly_fields = ["checksum", "fingerprint", "imported_at"]
    inlines = [SectionInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(paragraph_total=Count("paragraphs"))

    @admin.display(description=_("paragraphs"), ordering="paragraph_total")
    def paragraph_count(self, version: LanguageVersion) -> int:
        return version.paragraph_total


class FootnoteInline(admin.TabularInline):
    model = Footnote
    extra = 0
    fields = ["marker", "order", "text"]


class ReferenceInline(admin.TabularInline):
    model = Reference
    extra = 0
    fields = ["kind", "target", "document"]
    raw_id_fields = ["document"]
    fk_name = "paragraph"


@admin.register(Paragraph)
class ParagraphAdmin(admin.ModelAdmin):
    list_display = ["__str__", "version", "kind", "part", "number", "section"]
    list_filter = ["kind", "version__language", "version__document__type"]
    search_fields = ["text", "version__document__symbol"]
    list_select_related = ["version__document", "section"]
    raw_id_fields = ["version", "section", "parent"]
    inlines = [FootnoteInline, ReferenceInline]


@admin.register(Footnote)
class FootnoteAdmin(admin.ModelAdmin):
    list_display = ["__str__", "version", "paragraph"]
    list_filter = ["version__language"]
    search_fields = ["text", "version__document__symbol"]
    list_select_related = ["version__document", "paragraph"]
    raw_id_fields = ["version", "paragraph"]


@admin.register(Reference)
class ReferenceAdmin(admin.ModelAdmin):
    list_display = ["target", "kind", "version", "document"]
    list_filter = ["kind"]
    search_fields = ["target", "version__document__symbol"]
    list_select_related = ["version__document", "document"]
    raw_id_fields = ["version", "paragraph", "footnote", "document"]


class ReportSectionInline(VersionedInline, admin.StackedInline):
    model = ReportSection
    extra = 0
    fields = ["language", "order", "kind", "key", "number", "heading", "text", "origin", "version"]
    # The text is saved on the report's editor page, which checks the version it was opened at.
    readonly_fields = ["text", "origin", "version"]
    show_change_link = True


class ReportEventInline(admin.TabularInline):
    model = ReportEvent
    extra = 0
    fields = ["at", "action", "status", "user", "note"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        # Events are what the workflow recorded; the report's editor pages move it.
        return False


@admin.register(DraftReport)
class DraftReportAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "document", "status", "adopted_on", "updated_at"]
    list_filter = ["status", "meeting__body"]
    search_fields = ["document__symbol", "meeting__body__symbol_prefix"]
    list_select_related = ["meeting__body", "document"]
    autocomplete_fields = ["meeting", "document"]
    # The status moves only through the workflow, which records who moved it and checks it.
    readonly_fields = ["status"]
    inlines = [ReportSectionInline, ReportEventInline]


class OpenItemInline(admin.TabularInline):
    model = OpenItem
    extra = 0
    fields = ["kind", "paragraph_number", "text"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        # Open items are read from the text; an editor settles them by editing the text.
        return False


class SectionProposalInline(admin.TabularInline):
    model = SectionProposal
    extra = 0
    fields = ["status", "text", "job", "proposed_by", "proposed_at", "decided_by", "decided_at"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        # Only a revised import proposes; an editor takes or leaves it on the report's page.
        return False


@admin.register(ReportSection)
class ReportSectionAdmin(VersionedAdmin, SimpleHistoryAdmin):
    list_display = [
        "__str__",
        "report",
        "language",
        "origin",
        "version",
        "updated_at",
        "updated_by",
    ]
    list_filter = ["language", "origin", "report__meeting__body"]
    search_fields = ["heading", "text", "report__document__symbol"]
    list_select_related = ["report__meeting__body", "updated_by"]
    # The text is saved on the report's editor page, which refuses a save over a newer version;
    # here it would overwrite whatever an editor saved meanwhile.
    readonly_fields = ["text", "editor_page", "origin", "version", "updated_by"]
    raw_id_fields = ["report"]
    inlines = [OpenItemInline, SectionProposalInline]

    @admin.display(description=_("edit"))
    def editor_page(self, section: ReportSection) -> str:
        if section.pk is None:
            return "—"
        url = reverse("report-section-edit", args=[section.report_id, section.pk])
        return format_html('<a href="{}">{}</a>', url, _("Edit on the report's editor page"))


@admin.register(ImportJob)
class ImportJobAdmin(admin.ModelAdmin):
    list_display = [
        "__str__",
        "status_shown",
        "language",
        "created_by",
        "created_at",
        "finished_at",
        "document",
        "warning_count",
    ]
    list_filter = ["status", "language"]
    search_fields = ["file", "checksum", "document__symbol"]
    list_select_related = ["created_by", "document"]
    fields = [
        "file",
        "language",
        "status",
        "created_by",
        "checksum",
        "document",
        "counts_table",
        "warning_list",
        "log",
        "created_at",
        "sent_at",
        "attempts",
        "started_at",
        "finished_at",
    ]
    readonly_fields = fields

    def has_change_permission(self, request, obj=None) -> bool:
        # A job is a record of what happened; it is read, never edited.
        return False

    def add_view(self, request, form_url="", extra_context=None):
        """Upload several files at once; each becomes one queued import job."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = ImportUploadForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            language = form.cleaned_data["language"]
            jobs = [
                create_import_job(
                    name=upload.name, data=upload.read(), user=request.user, language=language
                )
                for upload in form.cleaned_data["files"]
            ]
            self.message_user(
                request,
                ngettext(
                    "%(count)d file queued for import.",
                    "%(count)d files queued for import.",
                    len(jobs),
                )
                % {"count": len(jobs)},
            )
            if notice := queue_notice(jobs):
                self.message_user(request, notice, messages.WARNING)
            return redirect("admin:documents_importjob_changelist")
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "form": form,
            "title": _("Upload texts to import"),
            **(extra_context or {}),
        }
        return TemplateResponse(request, "admin/documents/importjob/upload.html", context)

    @admin.display(description=_("status"), ordering="status")
    def status_shown(self, job: ImportJob) -> str:
        if job.waits_for_queue:
            return _("queued, waiting for the job queue to be back")
        return job.get_status_display()

    @admin.display(description=_("warnings"))
    def warning_count(self, job: ImportJob) -> int:
        return len(job.warnings or [])

    @admin.display(description=_("counts"))
    def counts_table(self, job: ImportJob) -> str:
        counts = {k: v for k, v in (job.counts or {}).items() if k != "seconds"}
        rows = format_html_join("", "<tr><th>{}</th><td>{}</td></tr>", sorted(counts.items()))
        seconds = format_html_join(
            "", "<tr><th>{} (s)</th><td>{}</td></tr>", (job.counts or {}).get("seconds", {}).items()
        )
        return format_html("<table>{}{}</table>", rows, seconds)

    @admin.display(description=_("warnings"))
    def warning_list(self, job: ImportJob) -> str:
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "", "<li><code>{}</code> {}</li>", ((w["code"], w["message"]) for w in job.warnings)
            ),
        )
