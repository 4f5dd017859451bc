# Generated from specs/iam_v1.yaml by `make codegen`; do not edit.
"""RolePermission models (``roles.role_permission``)."""

from __future__ import annotations

from pydantic import Field

from twilio_async._models import TwilioModel


class RolePermission(TwilioModel):
    """A RolePermission as returned by the API."""

    sid: str | None = None
    namespace: str | None = None
    product: str | None = None
    resource: str | None = None
    action: str | None = None
    external_description: str | None = Field(default=None, alias="externalDescription")
