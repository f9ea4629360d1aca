"""Pages of subscriptions: the form and the pages its mails link to."""

from django.urls import path

from . import views

urlpatterns = [
    path("follow/", views.subscription_form, name="subscription-form"),
    path("follow/confirm/<str:token>/", views.subscription_confirm, name="subscription-confirm"),
    path(
        "follow/unsubscribe/<str:token>/",
        views.subscription_unsubscribe,
        name="subscription-unsubscribe",
    ),
]
