"""The OpenAPI schema of the API (drf-spectacular), with each operation's error responses.

Apart from the other modules of wgportal.api, which DRF's settings import while
rest_framework.generics loads: this one imports drf-spectacular's AutoSchema, which imports
rest_framework.generics.
"""

from drf_spectacular.openapi import AutoSchema
from rest_framework import permissions

# Permissions that let anyone read, signed in or not.
OPEN_READS = (
    permissions.AllowAny,
    permissions.IsAuthenticatedOrReadOnly,
    permissions.DjangoModelPermissionsOrAnonReadOnly,
)
ERROR = {
    "type": "object",
    "description": "What is wrong: `detail`, or the fields and their errors",
    "properties": {"detail": {}},
    "additionalProperties": True,
}


class PortalSchema(AutoSchema):
    """drf-spectacular's schema, with the errors each operation may answer."""

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        # Any request may carry a token that is not (or no longer) valid: 401, reads included.
        errors = {
            "400": "Bad parameters or body",
            "401": "Not signed in, or the credentials sent are not valid",
            "429": "Too many requests",
        }
        if self.method != "GET" or not self._reads_are_open():
            errors["403"] = "Not allowed"
        if self._is_detail_path():
            errors["404"] = "No such public row"
        elif self.method == "GET" and self._is_list_view() and self._get_paginator():
            # DRF's pages answer a page number past the last one, or below 1, with a 404.
            errors["404"] = "No such page"
        if self.method in ("PUT", "PATCH"):
            errors["409"] = "Saved by someone else since the version sent; nothing written"
        for code, description in errors.items():
            responses.setdefault(
                code,
                {"description": description, "content": {"application/json": {"schema": ERROR}}},
            )
        return responses

    def _is_detail_path(self) -> bool:
        return "{" in self.path

    def get_auth(self):
        auths = super().get_auth()
        # drf-spectacular knows only AllowAny and IsAuthenticatedOrReadOnly as open to anonymous
        # readers; without the empty requirement the schema said every read needed credentials.
        if self.method == "GET" and self._reads_are_open() and {} not in auths:
            auths.append({})
        return auths

    def _reads_are_open(self) -> bool:
        """Whether anyone may read: everywhere but the import jobs (ReadersNeedViewPermission)."""
        return all(isinstance(permission, OPEN_READS) for permission in self.view.get_permissions())
