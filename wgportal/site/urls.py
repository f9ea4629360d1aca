"""Addresses of the site as a whole, above every app's."""

from django.urls import path

from . import views
from .health import readiness_check

urlpatterns = [
    path("", views.home, name="home"),
    path("favicon.ico", views.FaviconRedirect.as_view(), name="favicon"),
    path("robots.txt", views.robots_txt, name="robots-txt"),
    path("healthz", views.health_check, name="health-check"),
    path("readyz", readiness_check, name="readiness-check"),
    path("language/", views.switch_language, name="switch-language"),
]
