"""Admin for editors: recommendations and the thematic index."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from meetings.admin import WITHDRAWAL_ACTIONS, in_every_language
from wgportal.admin_versioning import VersionedAdmin

from .models import KeyTopic, Recommendation, Theme, ThemePaper


class KeyTopicInline(admin.TabularInline):
    model = KeyTopic
    extra = 0
    fields = ["order", "name_zh", "name_en", "name_fr", "name_es", "name_ru", "name_ar"]


class ThemePaperInline(admin.TabularInline):
    model = ThemePaper
    fk_name = "theme"
    extra = 0
    fields = ["order", "document", "summary"]
    autocomplete_fields = ["document", "summary"]


@admin.register(Theme)
class ThemeAdmin(SimpleHistoryAdmin):
    list_display = ["name_en", "name_zh", "code", "order", "published", "withdrawn"]
    list_filter = ["published", "withdrawn"]
    actions = WITHDRAWAL_ACTIONS
    search_fields = ["code", *in_every_language("name")]
    inlines = [KeyTopicInline, ThemePaperInline]


@admin.register(Recommendation)
class RecommendationAdmin(VersionedAdmin, SimpleHistoryAdmin):
    list_display = ["__str__", "meeting", "agenda_item", "status", "paragraph_number", "withdrawn"]
    list_filter = ["status", "withdrawn", "meeting__body", "meeting", "themes"]
    search_fields = [*in_every_language("text"), "meeting__body__symbol_prefix"]
    list_select_related = ["meeting__body", "agenda_item"]
    autocomplete_fields = ["meeting", "agenda_item", "report"]
    filter_horizontal = ["themes"]
    actions = WITHDRAWAL_ACTIONS
    fieldsets = [
        (None, {"fields": ["meeting", "agenda_item", "number", "status", "themes", "withdrawn"]}),
        (_("Text"), {"fields": in_every_language("text")}),
        (_("Topic heading"), {"fields": in_every_language("topic"), "classes": ["collapse"]}),
        (_("Source in the report"), {"fields": ["report", "paragraph_number"]}),
    ]
