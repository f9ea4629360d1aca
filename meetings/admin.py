"""Admin for editors: bodies, meetings with their agenda, attendance and roles, reference data."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from wgportal.admin_versioning import VersionedAdmin, VersionedInline
from wgportal.languages import LANGUAGE_CODES

from .forms import ParticipantUploadForm
from .models import (
    AgendaItem,
    Attendance,
    Body,
    Entity,
    EntityAlias,
    Meeting,
    MeetingRole,
    Participant,
    Person,
    RegionalGroup,
    Statement,
)
from .participant_files import UnreadableFile, read_uploaded_rows
from .services import UploadRefused, store_uploaded_participants
from .withdrawal import set_withdrawn


@admin.action(description=_("Withdraw from public view"), permissions=["change"])
def withdraw_from_public_view(modeladmin, request, queryset) -> None:
    """An editor takes the rows chosen off every public page, API and feed (meetings.withdrawal)."""
    changed = set_withdrawn(rows=queryset, withdrawn=True)
    modeladmin.message_user(
        request,
        ngettext(
            "%(count)d row withdrawn from public view.",
            "%(count)d rows withdrawn from public view.",
            changed,
        )
        % {"count": changed},
    )


@admin.action(description=_("Return to public view"), permissions=["change"])
def return_to_public_view(modeladmin, request, queryset) -> None:
    """The inverse: the rows are public again wherever their own rule makes them so."""
    changed = set_withdrawn(rows=queryset, withdrawn=False)
    modeladmin.message_user(
        request,
        ngettext(
            "%(count)d row returned to public view.",
            "%(count)d rows returned to public view.",
            changed,
        )
        % {"count": changed},
    )


WITHDRAWAL_ACTIONS = [withdraw_from_public_view, return_to_public_view]


def in_every_language(field: str) -> list[str]:
    """The admin search fields for a multilingual field: name_ar, name_zh, ..."""
    return [f"{field}_{code}" for code in LANGUAGE_CODES]


@admin.register(Body)
class BodyAdmin(SimpleHistoryAdmin):
    list_display = ["symbol_prefix", "name_en", "name_zh", "parent", "published", "withdrawn"]
    list_filter = ["published", "withdrawn"]
    actions = WITHDRAWAL_ACTIONS
    search_fields = ["symbol_prefix", *in_every_language("name")]
    autocomplete_fields = ["parent"]


class AgendaItemInline(VersionedInline, admin.TabularInline):
    model = AgendaItem
    extra = 0
    # Agenda titles are a sentence or two; a full-size textarea per row makes the agenda unreadable.
    formfield_overrides = {
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 2, "cols": 50})}
    }
    fields = [
        "number",
        "letter",
        "title_zh",
        "title_en",
        "substantive",
        "status",
        "adopted_on",
        "withdrawn",
    ]


class AttendanceInline(VersionedInline, admin.TabularInline):
    model = Attendance
    extra = 0
    autocomplete_fields = ["entity"]
    # The document a row was read from is the import's to set (see FactQuerySet), and a menu of
    # every document on each of a meeting's hundred rows would be most of the page.
    exclude = ["source"]


class MeetingRoleInline(admin.TabularInline):
    model = MeetingRole
    extra = 0
    fields = [
        "role",
        "person",
        "agenda_item",
        "function_zh",
        "function_en",
        "country",
        "regional_group",
        "order",
        "withdrawn",
    ]
    autocomplete_fields = ["person", "country"]

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        limit_agenda_items_to(formset, obj)
        return formset


class StatementInline(admin.TabularInline):
    model = Statement
    extra = 0
    autocomplete_fields = ["entity", "person"]
    exclude = ["source"]  # as in AttendanceInline

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        limit_agenda_items_to(formset, obj)
        return formset


def limit_agenda_items_to(formset, meeting: Meeting | None) -> None:
    """Offer only the meeting's own agenda items in an inline's agenda item menu."""
    field = formset.form.base_fields.get("agenda_item")
    if field is not None:
        field.queryset = (
            AgendaItem.objects.filter(meeting=meeting) if meeting else AgendaItem.objects.none()
        )


@admin.register(Meeting)
class MeetingAdmin(VersionedAdmin, SimpleHistoryAdmin):
    list_display = [
        "__str__",
        "body",
        "start_date",
        "end_date",
        "format",
        "sittings",
        "status",
        "published",
        "withdrawn",
    ]
    list_filter = ["body", "format", "status", "published", "withdrawn"]
    actions = WITHDRAWAL_ACTIONS
    search_fields = ["body__symbol_prefix", "ordinal", *in_every_language("venue")]
    date_hierarchy = "start_date"
    list_select_related = ["body"]
    inlines = [AgendaItemInline, AttendanceInline, MeetingRoleInline, StatementInline]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "body",
                    "ordinal",
                    ("start_date", "end_date"),
                    "format",
                    "sittings",
                    "status",
                    "published",
                    "publishes_participant_names",
                    "awaits_first_document",
                    "withdrawn",
                ]
            },
        ),
        (_("Venue"), {"fields": in_every_language("venue")}),
    ]
    # Set by the import that created the meeting, cleared when its first General document
    # announced it (documents.services.announcing.announce_meeting_of): shown, not edited.
    readonly_fields = ["awaits_first_document"]


@admin.register(AgendaItem)
class AgendaItemAdmin(VersionedAdmin, SimpleHistoryAdmin):
    list_display = ["__str__", "meeting", "status", "adopted_on", "withdrawn"]
    list_filter = ["meeting__body", "status", "substantive", "withdrawn"]
    actions = WITHDRAWAL_ACTIONS
    search_fields = [*in_every_language("title"), "meeting__body__symbol_prefix"]
    list_select_related = ["meeting__body"]
    autocomplete_fields = ["meeting"]
    readonly_fields = ["source"]  # as in AttendanceAdmin


class EntityAliasInline(admin.TabularInline):
    model = EntityAlias
    extra = 0


@admin.register(Entity)
class EntityAdmin(SimpleHistoryAdmin):
    list_display = ["name_en", "name_zh", "code", "kind", "regional_group", "acronym_en"]
    list_filter = ["kind", "regional_group"]
    search_fields = [
        "code",
        *in_every_language("name"),
        *in_every_language("acronym"),
        "aliases__name",
    ]
    list_select_related = ["regional_group"]
    inlines = [EntityAliasInline]
    fieldsets = [
        (None, {"fields": ["code", "kind", "iso2", "regional_group"]}),
        (_("Names"), {"fields": in_every_language("name")}),
        (_("Acronyms"), {"fields": in_every_language("acronym")}),
        (
            _("Order in printed lists"),
            {
                "fields": in_every_language("filed_under"),
                "description": _(
                    "Lists print alphabetically by the name in each language (Chinese by the "
                    "English name). Fill a field only to file the entity under another word."
                ),
                "classes": ["collapse"],
            },
        ),
    ]


@admin.register(RegionalGroup)
class RegionalGroupAdmin(admin.ModelAdmin):
    list_display = ["name_en", "name_zh", "code", "order"]


@admin.register(Person)
class PersonAdmin(SimpleHistoryAdmin):
    list_display = ["name", "honorific_en", "country"]
    search_fields = ["name"]
    autocomplete_fields = ["country"]


@admin.register(Attendance)
class AttendanceAdmin(VersionedAdmin, SimpleHistoryAdmin):
    list_display = ["entity", "category", "meeting", "withdrawn"]
    list_filter = ["category", "withdrawn", "meeting__body", "meeting"]
    actions = WITHDRAWAL_ACTIONS
    search_fields = ["entity__name_en", "entity__name_zh", "entity__code"]
    list_select_related = ["entity", "meeting__body"]
    autocomplete_fields = ["meeting", "entity"]
    # Set by the import: a fact read from a document is public only while that document is.
    readonly_fields = ["source"]


@admin.register(MeetingRole)
class MeetingRoleAdmin(SimpleHistoryAdmin):
    list_display = ["person", "role", "meeting", "agenda_item", "country", "withdrawn"]
    list_filter = ["role", "withdrawn", "meeting__body"]
    actions = WITHDRAWAL_ACTIONS
    search_fields = ["person__name", *in_every_language("function")]
    list_select_related = ["person", "meeting__body", "agenda_item", "country"]
    autocomplete_fields = ["meeting", "person", "country", "agenda_item"]
    readonly_fields = ["source"]  # as in AttendanceAdmin


@admin.register(Statement)
class StatementAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "meeting", "agenda_item", "capacity", "withdrawn"]
    list_filter = ["capacity", "withdrawn", "meeting__body"]
    actions = WITHDRAWAL_ACTIONS
    search_fields = ["entity__name_en", "entity__name_zh", "person__name"]
    list_select_related = ["entity", "person", "meeting__body", "agenda_item"]
    autocomplete_fields = ["meeting", "entity", "person", "agenda_item"]
    readonly_fields = ["source"]  # as in AttendanceAdmin


@admin.register(Participant)
class ParticipantAdmin(SimpleHistoryAdmin):
    list_display = [
        "name",
        "title",
        "function",
        "entity",
        "category",
        "meeting",
        "order",
        "withdrawn",
    ]
    list_filter = ["category", "withdrawn", "meeting__body", "meeting"]
    search_fields = ["name", "function", "entity__name_en", "entity__name_zh", "entity__code"]
    list_select_related = ["entity", "meeting__body"]
    autocomplete_fields = ["meeting", "entity"]
    readonly_fields = ["source"]  # as in AttendanceAdmin
    change_list_template = "admin/meetings/participant/change_list.html"
    actions = WITHDRAWAL_ACTIONS

    def get_urls(self):
        upload = self.admin_site.admin_view(self.upload_view)
        return [
            path("upload/", upload, name="meetings_participant_upload"),
            *super().get_urls(),
        ]

    def upload_view(self, request):
        """A meeting's list as a CSV or XLSX table: stored whole, or refused with each bad row."""
        # The upload replaces rows, so it needs the rights to add and to delete them.
        if not (self.has_add_permission(request) and self.has_delete_permission(request)):
            raise PermissionDenied
        form = ParticipantUploadForm(request.POST or None, request.FILES or None)
        problems = []
        if request.method == "POST" and form.is_valid():
            meeting = form.cleaned_data["meeting"]
            upload = form.cleaned_data["file"]
            try:
                rows = read_uploaded_rows(upload.read(), filename=upload.name)
                stored = store_uploaded_participants(meeting=meeting, rows=rows)
            except UnreadableFile as error:
                form.add_error("file", str(error))
            except UploadRefused as refused:
                problems = refused.problems
            else:
                self.message_user(
                    request,
                    ngettext(
                        "%(count)d participant stored for %(meeting)s.",
                        "%(count)d participants stored for %(meeting)s.",
                        stored,
                    )
                    % {"count": stored, "meeting": meeting},
                    messages.SUCCESS,
                )
                changelist = reverse("admin:meetings_participant_changelist")
                return redirect(f"{changelist}?meeting__id__exact={meeting.pk}")
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "form": form,
            "problems": problems,
            "title": _("Upload a list of participants"),
        }
        return TemplateResponse(request, "admin/meetings/participant/upload.html", context)
