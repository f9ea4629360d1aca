"""The version of the public content: a token that changes whenever anything a reader sees may.

Whatever is cached from the public content (whole pages for readers who are not signed in, the
choices of the filter forms) is cached under this token, so a change makes all of it stale at
once: a document unpublished or made Limited is gone from every page with the next request, not
when a timeout runs out. The token is random rather than a counter, so that a cache that lost it
(evicted, restarted) never meets entries written under an earlier token of the same value.

Saves and deletes of the content models change it through signals, once their transaction
commits (a page rendered in between is stored under the old token). Writes that send no signals
(COPY, bulk updates) call `content_changed()` themselves.
"""

import uuid
from collections.abc import Callable

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

KEY = "public-content-version"
CONTENT_APPS = ("meetings", "documents", "reports", "recommendations")
# Rows only an import writes, in bulk and with content_changed(): without receivers, Django
# deletes them in bulk too rather than one by one. Import jobs are the secretariat's, not content.
UNWATCHED = frozenset({"paragraph", "section", "footnote", "reference", "importjob"})


def content_version() -> str:
    """The current token, made on first use."""
    version = cache.get(KEY)
    if version is None:
        cache.add(KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(KEY)
    return version


def content_changed() -> None:
    """Make everything cached from the content stale, once the current transaction commits."""
    transaction.on_commit(lambda: cache.set(KEY, uuid.uuid4().hex, timeout=None))


def cached[T](name: str, compute: Callable[[], T]) -> T:
    """`compute()`, kept under the content version (CONTENT_CACHE_SECONDS; 0 computes anew)."""
    seconds = settings.CONTENT_CACHE_SECONDS
    if not seconds:
        return compute()
    return cache.get_or_set(f"{name}.{content_version()}", compute, seconds)


def on_write(sender, **kwargs) -> None:
    content_changed()


def watched_models() -> list:
    """The content models whose saves and deletes change the version (not their history rows)."""
    return [
        model
        for app in CONTENT_APPS
        for model in apps.get_app_config(app).get_models(include_auto_created=True)
        if model._meta.model_name not in UNWATCHED
        and not model._meta.model_name.startswith("historical")
    ]


def watch_content() -> None:
    """Connect the receivers; called once the apps are ready (MeetingsConfig.ready)."""
    for model in watched_models():
        uid = f"content-version-{model._meta.label_lower}"
        post_save.connect(on_write, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(on_write, sender=model, dispatch_uid=f"{uid}-delete")
        if model._meta.auto_created:  # a many-to-many table: its changes come as m2m_changed
            m2m_changed.connect(on_write, sender=model, dispatch_uid=f"{uid}-m2m")
