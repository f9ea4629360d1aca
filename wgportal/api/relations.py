"""Rows named by their slug in the API (a body's symbol prefix, an entity's code)."""

from rest_framework import serializers


class RelatedBySlug(serializers.SlugRelatedField):
    """DRF's SlugRelatedField, with a slug holding a NUL refused as invalid (a 400).

    No row has a NUL in its slug, since PostgreSQL text cannot hold one; DRF would still look it
    up, and the database's refusal of the query would be a 500.
    """

    def to_internal_value(self, data):
        if isinstance(data, str) and "\x00" in data:
            self.fail("invalid")
        return super().to_internal_value(data)
