"""The OpenAPI schema of the API (drf-spectacular), with each operation's error responses.

Apart from wgportal.api, which DRF's settings import while rest_framework.generics loads: this
one imports drf-spectacular's AutoSchema, which imports rest_framework.generics.
"""

from drf_spectacular.openapi import AutoSchema

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
        errors = {"400": "Bad parameters or body", "429": "Too many requests"}
        if self.method != "GET":
            errors |= {"401": "Not signed in", "403": "Not allowed"}
        if self._is_detail_path():
            errors["404"] = "No such public row"
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
