from django.contrib import admin

from .models import Delivery, Publication, Subscription


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    list_display = ["email", "body", "documents", "meetings", "confirmed_at", "unsubscribed_at"]
    list_filter = ["body", "documents", "meetings"]
    search_fields = ["email"]
    # The delegate's choices and the dates of their clicks are theirs: the secretariat reads
    # them and may delete a subscription, never confirm one for them.
    readonly_fields = ["created_at", "confirmation_sent_at", "confirmed_at", "unsubscribed_at"]


@admin.register(Publication)
class PublicationAdmin(admin.ModelAdmin):
    list_display = ["__str__", "body", "public_since", "planned"]
    list_filter = ["body", "planned"]
    readonly_fields = ["document", "meeting", "body", "public_since", "planned"]

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = ["publication", "subscription", "created_at", "sent_at", "failure"]
    list_filter = ["sent_at"]
    search_fields = ["subscription__email"]
    readonly_fields = ["subscription", "publication", "created_at", "sent_at", "failure"]

    def has_add_permission(self, request) -> bool:
        return False
