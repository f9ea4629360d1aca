"""Addresses of the site as a whole, above every app's.

`pages` are read in a language and live under its prefix (`/fr/`, wgportal.urls); the rest are
for machines (crawlers, load balancers, browsers asking for an icon) and stay where they are.
"""

from django.urls import path

from . import views
from .health import readiness_check

pages = [
    path("", views.home, name="home"),
    path("language/", views.switch_language, name="switch-language"),
]

urlpatterns = [
    path("favicon.ico", views.FaviconRedirect.as_view(), name="favicon"),
    path("robots.txt", views.robots_txt, name="robots-txt"),
    path("healthz", views.health_check, name="health-check"),
    path("readyz", readiness_check, name="readiness-check"),
]
