"""Admin for editors: draft reports, their sections, open items, proposals and events."""

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from wgportal.admin_versioning import VersionedAdmin, VersionedInline

from .models import DraftReport, OpenItem, ReportEvent, ReportSection, SectionProposal


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
