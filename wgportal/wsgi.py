"""WSGI entry point (gunicorn wgportal.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wgportal.settings")

application = get_wsgi_application()
