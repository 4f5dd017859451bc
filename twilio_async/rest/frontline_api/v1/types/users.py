# Generated from specs/frontline_v1.yaml by `make codegen`; do not edit.
"""User models (``users``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

from ..enums import UserStateType

if TYPE_CHECKING:
    from ..users import UserContext


class User(InstanceModel["UserContext"]):
    """A User as returned by the API."""

    sid: str
    identity: str | None = None
    friendly_name: str | None = None
    avatar: str | None = None
    state: UserStateType | None = None
    is_available: bool | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = UserContext.fetch
        update: ClassVar = UserContext.update

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..users import UserContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
