"""Every save of a versioned row raises its version, whoever makes it.

The rows editors write (meetings, agenda items, attendance, recommendations) carry a `version`
that the API, the admin and the editor pages compare before they write
(wgportal.versioning, wgportal.admin_versioning): those writers raise it themselves. The others
are services: an import storing the facts a report states, a report's adoption marking its
recommendations adopted. Were they to save without raising it, an API client or an admin page
opened before would send the version it read, be found current and silently write over them.
"""

from django.db import models


class RaisesVersionOnSave(models.Model):
    """A row whose `version` goes up by one at every save of a row read from the database."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs) -> None:
        # A writer that checked the version has already raised it (version_read differs), and
        # a row not read from the database (a new one, or one rebuilt from history by the
        # admin's revert page) is its writer's to number.
        read = getattr(self, "version_read", None)
        if read is not None and not self._state.adding and self.version == read:
            self.version = read + 1
            update_fields = kwargs.get("update_fields")
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "version"}
        super().save(*args, **kwargs)
        self.version_read = self.version

    @classmethod
    def from_db(cls, db, field_names, values, *args, **kwargs):
        row = super().from_db(db, field_names, values, *args, **kwargs)
        row.version_read = row.__dict__.get("version")
        return row

    def refresh_from_db(self, *args, **kwargs) -> None:
        super().refresh_from_db(*args, **kwargs)
        self.version_read = self.__dict__.get("version")
