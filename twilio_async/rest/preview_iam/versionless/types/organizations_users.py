# Generated from specs/iam_organizations.yaml by `make codegen`; do not edit.
"""ScimUser models (``organizations.users``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import Field

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..organizations_users import ScimUserContext


class ScimUser(InstanceModel["ScimUserContext"]):
    """A ScimUser as returned by the API."""

    id: str | None = None
    external_id: str | None = Field(default=None, alias="externalId")
    user_name: str | None = Field(default=None, alias="userName")
    display_name: str | None = Field(default=None, alias="displayName")
    name: Any | None = None
    emails: list[Any] | None = None
    active: bool | None = None
    locale: str | None = None
    timezone: str | None = None
    schemas: list[str] | None = None
    meta: Any | None = None

    _key_field = "id"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ScimUserContext.fetch
        update: ClassVar = ScimUserContext.update
        delete: ClassVar = ScimUserContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..organizations_users import ScimUserContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
