"""Public pages of recommendations and the thematic index."""

from django.urls import path

from . import views

urlpatterns = [
    path("recommendations/", views.recommendation_list, name="recommendation-list"),
    path("themes/", views.theme_list, name="theme-list"),
]
