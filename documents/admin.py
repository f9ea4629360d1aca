"""Admin for editors and importers: documents, their versions and structure, reports, imports."""

from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from .models import (
    Document,
    DraftReport,
    Footnote,
    ImportJob,
    LanguageVersion,
    OpenItem,
    Paragraph,
    Reference,
    ReportSection,
    Section,
)


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
    ]
    list_filter = [
        "type",
        "distribution",
        "published",
        "original_language",
        "meeting__body",
        "meeting",
        "symbol_year",
    ]
    search_fields = ["symbol", "versions__title", "job_number", "meeting__body__symbol_prefix"]
    list_select_related = ["meeting__body"]
    date_hierarchy = "issue_date"
    autocomplete_fields = ["body", "meeting", "agenda_items"]
    readonly_fields = [
        "symbol_body",
        "symbol_year",
        "symbol_nature",
        "symbol_number",
        "symbol_modifiers",
    ]
    inlines = [LanguageVersionInline]
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
    readonly_fields = ["checksum", "imported_at"]
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
    list_display = ["__str__", "version", "kind", "number", "section"]
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


class ReportSectionInline(admin.StackedInline):
    model = ReportSection
    extra = 0
    fields = ["language", "order", "kind", "key", "number", "heading", "text", "origin", "version"]
    readonly_fields = ["origin", "version"]
    show_change_link = True


@admin.register(DraftReport)
class DraftReportAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "document", "status", "adopted_on", "updated_at"]
    list_filter = ["status", "meeting__body"]
    search_fields = ["document__symbol", "meeting__body__symbol_prefix"]
    list_select_related = ["meeting__body", "document"]
    autocomplete_fields = ["meeting", "document"]
    inlines = [ReportSectionInline]


class OpenItemInline(admin.TabularInline):
    model = OpenItem
    extra = 0
    fields = ["kind", "paragraph_number", "text"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        # Open items are read from the text; an editor settles them by editing the text.
        return False


@admin.register(ReportSection)
class ReportSectionAdmin(SimpleHistoryAdmin):
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
    readonly_fields = ["origin", "version", "updated_by"]
    raw_id_fields = ["report"]
    inlines = [OpenItemInline]


@admin.register(ImportJob)
class ImportJobAdmin(admin.ModelAdmin):
    list_display = [
        "__str__",
        "status",
        "language",
        "created_by",
        "created_at",
        "finished_at",
        "document",
    ]
    list_filter = ["status", "language"]
    search_fields = ["file", "checksum", "document__symbol"]
    list_select_related = ["created_by", "document"]
    readonly_fields = [
        "status",
        "created_by",
        "checksum",
        "document",
        "log",
        "counts",
        "warnings",
        "created_at",
        "started_at",
        "finished_at",
    ]

    def get_readonly_fields(self, request, obj=None):
        # Once a job exists its file is evidence of what was imported: it is not swapped.
        return [*self.readonly_fields, "file", "language"] if obj else self.readonly_fields

    def save_model(self, request, obj, form, change) -> None:
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)
