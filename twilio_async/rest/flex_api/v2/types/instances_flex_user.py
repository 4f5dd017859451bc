# Generated from specs/flex_v2.yaml by `make codegen`; do not edit.
"""FlexUser models (``instances.flex_user``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..instances_flex_user import FlexUserContext


class FlexUser(InstanceModel["FlexUserContext"]):
    """A FlexUser as returned by the API."""

    account_sid: str | None = None
    instance_sid: str | None = None
    user_sid: str | None = None
    flex_user_sid: str | None = None
    worker_sid: str | None = None
    workspace_sid: str | None = None
    flex_team_sid: str | None = None
    username: str | None = None
    email: str | None = None
    locale: str | None = None
    roles: list[str] | None = None
    created_date: IsoDateTime | None = None
    updated_date: IsoDateTime | None = None
    version: int | None = None
    url: str | None = None

    _key_field = "flex_user_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = FlexUserContext.fetch
        update: ClassVar = FlexUserContext.update

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..instances_flex_user import FlexUserContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
