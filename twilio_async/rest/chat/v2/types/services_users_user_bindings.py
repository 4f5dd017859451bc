# Generated from specs/chat_v2.yaml by `make codegen`; do not edit.
"""UserBinding models (``services.users.user_bindings``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import UserBindingBindingType

if TYPE_CHECKING:
    from ..services_users_user_bindings import UserBindingContext


class UserBinding(InstanceModel["UserBindingContext"]):
    """A UserBinding as returned by the API."""

    sid: str
    account_sid: str | None = None
    service_sid: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    endpoint: str | None = None
    identity: str | None = None
    user_sid: str | None = None
    credential_sid: str | None = None
    binding_type: UserBindingBindingType | None = None
    message_types: list[str] | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = UserBindingContext.fetch
        delete: ClassVar = UserBindingContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_users_user_bindings import UserBindingContext  # noqa: F401
    else:
        fetch = FromContext()
        delete = FromContext()
