# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""EndUser models (``end_users``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..end_users import EndUserContext


class EndUser(InstanceModel["EndUserContext"]):
    """A EndUser as returned by the API."""

    sid: str | None = None
    account_sid: str | None = None
    friendly_name: str | None = None
    type: str | None = None
    attributes: Any | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = EndUserContext.fetch
        update: ClassVar = EndUserContext.update
        delete: ClassVar = EndUserContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..end_users import EndUserContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
