"""Settings, all read from the environment (see .env.example for every variable).

Two run modes (DESIGN.md): with no DATABASE_URL and no REDIS_URL the portal runs embedded, on an
SQLite file with Celery tasks executed in-process; production and the test suite set both and get
PostgreSQL, a Redis broker and cache, and real Celery workers.
"""

from datetime import timedelta
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
# A developer may keep their variables in .env; the process environment still wins.
env.read_env(BASE_DIR / ".env", overwrite=False)

# The placeholder lets a newcomer run the embedded mode with nothing set; it is refused below as
# soon as DEBUG is off, so it can never reach production.
DEV_SECRET_KEY = "django-insecure-wgportal-embedded-mode-only"
DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env.str("SECRET_KEY", default=DEV_SECRET_KEY)
if not DEBUG and SECRET_KEY == DEV_SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off (see .env.example).")

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django.contrib.postgres",  # search vectors of paragraphs (only used on PostgreSQL)
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "axes",
    "meetings",
    "documents",
    "reports",
    "recommendations",
    "search",
    "subscriptions",
    # The site-level code: its management commands (backup, restore).
    "wgportal",
]

MIDDLEWARE = [
    "wgportal.site.server_timing.ServerTimingMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Outside the page cache, so that cached pages carry the headers too (wgportal.security).
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "wgportal.security.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # Before anything reads the database: PostgreSQL refuses NUL in a string (a 500), so a
    # request carrying one, or bytes that are not UTF-8, is a 400 here (wgportal.security).
    "wgportal.security.MalformedInputMiddleware",
    "django.middleware.common.CommonMiddleware",
    # The API's JSON is gzipped (pages are not: BREACH); then every GET gets its ETag, and
    # If-None-Match a 304.
    "wgportal.api.compression.ApiGZipMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    # After LocaleMiddleware, which reads the interface language from the address's prefix (and
    # sends an address without one to the reader's remembered language): wgportal.page_cache.
    "wgportal.page_cache.PublicPageCacheMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last: it turns a sign-in refused by django-axes into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "wgportal.urls"
WSGI_APPLICATION = "wgportal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "meetings.context_processors.languages",
                "wgportal.site.languages.addresses",
            ],
        },
    },
]

# Database: DATABASE_URL (postgres://user@host:5432/name) or, absent, the embedded SQLite file.
SQLITE_PATH = env.path("SQLITE_PATH", default=BASE_DIR / "db.sqlite3")
DATABASES = {"default": env.db_url("DATABASE_URL", default=f"sqlite:///{SQLITE_PATH}")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # IMMEDIATE transactions and WAL let the in-process tasks write while a page reads.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
else:
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    # Pages run short queries; JIT compilation costs tens of milliseconds on the ones the planner
    # thinks expensive (a search over a million paragraphs) and gains nothing at these sizes.
    DATABASES["default"]["OPTIONS"] = {"options": "-c jit=off"}
    # Search needs a UTF8 database with a UTF-8 ctype (DESIGN.md, Search); template0 lets the
    # test database get one whatever template1 was created with.
    DATABASES["default"]["TEST"] = {"TEMPLATE": "template0", "CHARSET": "UTF8"}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis: the Celery broker and the cache. Absent, tasks run eagerly in the calling process.
REDIS_URL = env.str("REDIS_URL", default="")
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default=REDIS_URL or "memory://")
CELERY_TASK_ALWAYS_EAGER = env.bool(
    "CELERY_TASK_ALWAYS_EAGER", default=not CELERY_BROKER_URL.startswith(("redis", "amqp"))
)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# Celery's Django fixup closes the database connection around every task unless told to reuse
# it; opening a PostgreSQL connection took some 5 ms of each 70 ms import job (measured).
# wgportal.celery checks the kept connection before each task, as Django does per request.
CELERY_DB_REUSE_MAX = env.int("CELERY_DB_REUSE_MAX", default=500)
CELERY_TASK_DEFAULT_QUEUE = env.str("CELERY_TASK_DEFAULT_QUEUE", default="wgportal")
CELERY_RESULT_BACKEND = None
CELERY_TASK_IGNORE_RESULT = True
# A broker that is down must not hold an upload for long: the job row is committed before its
# message is sent, and a message that cannot be sent is sent later by the sweep below. Connecting
# gives up after 2 s, and publishing is tried twice (kombu's default is four tries).
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 1,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.2,
}
# Longest an import job may run (a soft limit fails the job with its message; the hard limit, a
# minute later, stops a worker stuck in a damaged file).
IMPORT_JOB_TIME_LIMIT = env.int("IMPORT_JOB_TIME_LIMIT", default=15 * 60)
CELERY_BROKER_TRANSPORT_OPTIONS = {
    # Redis hands an unacknowledged message (acks_late) to another worker after this long. It is
    # above the longest job, or a job still running would be started a second time elsewhere
    # (harmless, the run's lock skips it, but wasted); the sweep below recovers the jobs of a
    # worker that died long before this, so Redis's redelivery is only the last resort.
    "visibility_timeout": 2 * IMPORT_JOB_TIME_LIMIT,
    "socket_connect_timeout": 2,
    "socket_timeout": 3,
}
# The sweep (documents.services.imports.resend_import_jobs) sends again the jobs left queued
# without a message (the broker was down at upload, or lost it) and those left running by a dead
# worker; it runs at every worker's start and on Celery beat every IMPORT_JOB_SWEEP_SECONDS.
IMPORT_JOB_SWEEP_SECONDS = env.int("IMPORT_JOB_SWEEP_SECONDS", default=60)
# A queued job whose message was sent this long ago and that no worker started is sent again.
IMPORT_JOB_RESEND_AFTER = env.int("IMPORT_JOB_RESEND_AFTER", default=5 * 60)
# A file that stopped its worker this many times (killed, out of memory) is not tried again.
IMPORT_JOB_MAX_ATTEMPTS = env.int("IMPORT_JOB_MAX_ATTEMPTS", default=3)
# The alerts' sweep (subscriptions.services.alerts) is queued on commit of every save that may
# make rows public; beat runs it too, so what a broker outage left unsent goes out this late.
ALERT_SWEEP_SECONDS = env.int("ALERT_SWEEP_SECONDS", default=60)
CELERY_BEAT_SCHEDULE = {
    "resend-import-jobs": {
        "task": "documents.tasks.resend_import_jobs",
        "schedule": float(IMPORT_JOB_SWEEP_SECONDS),
    },
    "send-alerts": {
        "task": "subscriptions.tasks.send_alerts",
        "schedule": float(ALERT_SWEEP_SECONDS),
    },
}
if REDIS_URL:
    CACHES = {
        "default": {
            # Redis's RedisCache, but a cache that does not answer is a cache that holds nothing
            # (wgportal.cache): pages are served uncached rather than as errors.
            "BACKEND": "wgportal.cache.ForgivingRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env.str("CACHE_KEY_PREFIX", default="wgportal"),
            # Short, so that a Redis that does not answer costs a request little.
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Public pages kept whole for readers who are not signed in (wgportal.page_cache); 0 turns it off.
# Off by default while developing, so that a template edited shows on the next request.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=0 if DEBUG else 300)
# What pages compute from the content and share (the search filters' choices), under the same
# version (wgportal.content); a stale value is never read, so it stays on while developing.
CONTENT_CACHE_SECONDS = env.int("CONTENT_CACHE_SECONDS", default=300)

# Mail: EMAIL_URL as django-environ reads it (smtp://user:password@host:25, smtp+tls://...:587,
# smtp+ssl://...:465), as Django's MAILERS. The embedded mode (DEBUG, no EMAIL_URL) prints mails
# on the console.
EMAIL_URL = env.email_url("EMAIL_URL", default="consolemail://" if DEBUG else "smtp://localhost:25")
MAILERS = {"default": {"BACKEND": EMAIL_URL["EMAIL_BACKEND"]}}
if EMAIL_URL["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend":
    MAILERS["default"]["OPTIONS"] = {
        "host": EMAIL_URL["EMAIL_HOST"],
        "port": EMAIL_URL["EMAIL_PORT"],
        "username": EMAIL_URL["EMAIL_HOST_USER"] or "",
        "password": EMAIL_URL["EMAIL_HOST_PASSWORD"] or "",
        "use_tls": EMAIL_URL.get("EMAIL_USE_TLS", False),
        "use_ssl": EMAIL_URL.get("EMAIL_USE_SSL", False),
        # Seconds to wait for the mail server: an alert that cannot go waits for the next sweep.
        "timeout": env.int("EMAIL_TIMEOUT", default=10),
    }
del EMAIL_URL
DEFAULT_FROM_EMAIL = env.str(
    "DEFAULT_FROM_EMAIL", default="Working group portal <noreply@localhost>"
)
SERVER_EMAIL = env.str("SERVER_EMAIL", default=DEFAULT_FROM_EMAIL)
# The portal's address as mails give it (links to documents, confirm and unsubscribe links):
# mails are written by workers, outside any request.
PORTAL_URL = env.str("PORTAL_URL", default="http://127.0.0.1:8000")
# A repeated subscription request sends no other confirmation mail before this many seconds.
SUBSCRIPTION_CONFIRMATION_INTERVAL = env.int("SUBSCRIPTION_CONFIRMATION_INTERVAL", default=3600)
# Subscription requests one client address may send in an hour, whatever the addresses.
SUBSCRIPTION_REQUESTS_PER_HOUR = env.int("SUBSCRIPTION_REQUESTS_PER_HOUR", default=10)
# Days a confirmation link may be followed.
SUBSCRIPTION_CONFIRMATION_DAYS = env.int("SUBSCRIPTION_CONFIRMATION_DAYS", default=7)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "admin:login"
# Editors and importers sign in on the admin's login (LOGIN_URL); django-axes counts the failures of
# every authenticate() there and of every API token refused (wgportal.api.authentication), and
# refuses further attempts from the same address for a cool-off time at SIGN_IN_FAILURE_LIMIT.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("SIGN_IN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("SIGN_IN_COOLOFF_MINUTES", default=15))
# By address, not by username: locking a username would let anyone lock an editor out.
AXES_LOCKOUT_PARAMETERS = ["ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "wgportal.security.locked_out"
# Behind reverse proxies every request comes from the last proxy's address: with PROXY_COUNT
# proxies in front, each appending to X-Forwarded-For, the client's address is the entry the
# outermost one wrote, PROXY_COUNT from the end. ipware counts only the proxies listed in the
# header (the last one is REMOTE_ADDR), so one fewer; an entry before the client's is forged.
PROXY_COUNT = env.int("PROXY_COUNT", default=0)
AXES_IPWARE_PROXY_COUNT = PROXY_COUNT - 1 if PROXY_COUNT else None
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR") if PROXY_COUNT else ("REMOTE_ADDR",)
)
# The demo logins share a password printed in the README: off when DEBUG is off unless asked
# for (DEMO_ACCOUNTS=1 or `load_demo --with-accounts`); `check --deploy` warns of any left.
DEMO_ACCOUNTS = env.bool("DEMO_ACCOUNTS", default=None)

# Interface languages (the UI); content languages are the six UN languages (wgportal.languages).
LANGUAGE_CODE = "en"
# In the order the UN lists its languages; every catalogue translates every string
# (tests/test_translations.py).
LANGUAGES = [
    ("ar", _("Arabic")),
    ("zh-hans", _("Simplified Chinese")),
    ("en", _("English")),
    ("fr", _("French")),
    ("ru", _("Russian")),
    ("es", _("Spanish")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = env.str("TIME_ZONE", default="UTC")
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": env.str(
            "STATICFILES_BACKEND",
            default="django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage",
        )
    },
}
# Largest file an importer may upload (PDF, DOCX or text of one UN document).
MAX_UPLOAD_SIZE = env.int("MAX_UPLOAD_SIZE", default=50 * 1024 * 1024)

# HTTPS hardening: on whenever DEBUG is off, so `check --deploy` is clean with production values.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=not DEBUG)
CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", default=not DEBUG)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=not DEBUG)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=not DEBUG)
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# No inline script or style anywhere: the pages and the admin load theirs from static files;
# Swagger UI and ReDoc get their own policy (wgportal.urls). Images may be data: URLs (the
# admin's and Swagger UI's icons).
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
# Browser features no page uses, refused to every page and anything it might embed.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer", "autoplay", "camera", "display-capture", "geolocation", "gyroscope",
        "magnetometer", "microphone", "midi", "payment", "usb", "xr-spatial-tracking",
    )
}  # fmt: skip

REST_FRAMEWORK = {
    # The rate limits count by the same address (without it DRF keys on the whole
    # X-Forwarded-For a reader sends, which any reader can vary).
    "NUM_PROXIES": PROXY_COUNT,
    # Token first: a request without credentials is told 401 and how to authenticate.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "wgportal.api.authentication.CountedTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PAGINATION_CLASS": "wgportal.api.paging.Pages",
    "DEFAULT_FILTER_BACKENDS": [
        "wgportal.api.parameters.KnownParametersOnly",
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_SCHEMA_CLASS": "wgportal.api.schema.PortalSchema",
    "DEFAULT_PERMISSION_CLASSES": [
        "rest_framework.permissions.DjangoModelPermissionsOrAnonReadOnly"
    ],
    # Readers who are not signed in share the public data fairly; signed-in users write.
    "DEFAULT_THROTTLE_CLASSES": [
        "wgportal.api.throttling.ReadersRateThrottle",
        "wgportal.api.throttling.SignedInRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env.str("API_ANON_RATE", default="600/minute"),
        "user": env.str("API_USER_RATE", default="3000/minute"),
    },
}
SPECTACULAR_SETTINGS = {
    "TITLE": "wgportal API",
    "DESCRIPTION": (
        "Meetings, agendas, attendance, documents in the six UN languages with their "
        "paragraphs, recommendations, the thematic index and search. Reading is open to all "
        "(public rows only, rate-limited); editors and importers write with a session or a "
        "token (`Authorization: Token …`). A write of a versioned row sends the `version` it "
        "read and gets 409, with the row as it stands, when someone else saved first."
    ),
    "VERSION": "1",
    # Swagger UI and ReDoc from the portal's own static files, not a CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    # The schema describes the API, not its own endpoint (whose formats it cannot describe).
    "SERVE_INCLUDE_SCHEMA": False,
    "ENUM_NAME_OVERRIDES": {
        "LanguageEnum": "wgportal.languages.Language",
        "MeetingStatusEnum": "meetings.models.Meeting.Status",
        "AgendaItemStatusEnum": "meetings.models.AgendaItem.Status",
        "ImportJobStatusEnum": "documents.models.imports.ImportJob.Status",
        "RecommendationStatusEnum": "recommendations.models.Recommendation.Status",
        "ParagraphKindEnum": "documents.models.structure.Paragraph.Kind",
        "ReportSectionKindEnum": "reports.models.ReportSection.Kind",
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}
