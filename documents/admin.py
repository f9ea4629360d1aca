"""Admin for editors and importers: documents, their versions and structure, imports."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from meetings.admin import WITHDRAWAL_ACTIONS

from .forms import ImportUploadForm
from .models import (
    Document,
    Footnote,
    ImportJob,
    LanguageVersion,
    Paragraph,
    Reference,
    Section,
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
