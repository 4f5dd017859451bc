# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Key models (``accounts.keys``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pydantic import Field

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import FromContext, InstanceModel, TwilioModel

if TYPE_CHECKING:
    from ..accounts_keys import KeyContext


class Key(InstanceModel["KeyContext"]):
    """A Key as returned by the API."""

    sid: str
    friendly_name: str | None = None
    date_created: Rfc2822DateTime | None = None
    date_updated: Rfc2822DateTime | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = KeyContext.fetch
        update: ClassVar = KeyContext.update
        delete: ClassVar = KeyContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_keys import KeyContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()


class NewKey(TwilioModel):
    """A NewKey as returned by the API."""

    sid: str | None = None
    friendly_name: str | None = None
    date_created: Rfc2822DateTime | None = None
    date_updated: Rfc2822DateTime | None = None
    secret: str | None = Field(default=None, repr=False)
