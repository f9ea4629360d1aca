"""Withdrawal from public view: an editor takes a row off every public page, and puts it back.

A withdrawn row stays in the record (history, editors' pages, the admin); only what anonymous
readers see changes, through each model's `public()`, which leaves out `withdrawn` rows. No
import sets or clears the flag, so a revised import never republishes what an editor withdrew.
Bodies, meetings, agenda items, attendance, participants, roles, statements, documents,
recommendations and themes take it; the apps above this one import it.
"""

from collections.abc import Iterable

from django.db import models, transaction
from django.utils.translation import gettext_lazy as _


class Withdrawable(models.Model):
    """A row an editor may withdraw from public view, and return to it."""

    withdrawn = models.BooleanField(
        _("withdrawn from public view"),
        default=False,
        help_text=_(
            "Hidden from the public on every page, feed and API, whatever else would make it "
            "public; imports never change it."
        ),
    )

    class Meta:
        abstract = True


@transaction.atomic
def set_withdrawn(*, rows: Iterable[Withdrawable], withdrawn: bool) -> int:
    """Withdraw `rows` (or return them to public view); the number of rows that changed.

    Each row is saved on its own rather than by one `update()`: its history records who did
    it (the request's user, simple-history's middleware), a versioned row's version goes up so
    a form opened before is refused, and the save signals renew the page cache's content version.
    """
    changed = 0
    for row in rows:
        if row.withdrawn == withdrawn:
            continue
        row.withdrawn = withdrawn
        row.save()
        changed += 1
    return changed
