# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""ShortCode models (``accounts.short_codes``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..accounts_short_codes import ShortCodeContext


class ShortCode(InstanceModel["ShortCodeContext"]):
    """A ShortCode as returned by the API."""

    account_sid: str | None = None
    api_version: str | None = None
    date_created: Rfc2822DateTime | None = None
    date_updated: Rfc2822DateTime | None = None
    friendly_name: str | None = None
    short_code: str | None = None
    sid: str
    sms_fallback_method: str | None = None
    sms_fallback_url: str | None = None
    sms_method: str | None = None
    sms_url: str | None = None
    uri: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ShortCodeContext.fetch
        update: ClassVar = ShortCodeContext.update

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_short_codes import ShortCodeContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
