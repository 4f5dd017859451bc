"""Typed models of the parameters Twilio sends to webhooks.

Wire names are Twilio's PascalCase (``MessageSid``, ``From``, ``NumMedia``); the
attributes are their snake_case (``message_sid``, ``from_``, ``num_media``), and
either name populates a model. Every field is optional and unknown parameters are
kept (``model.model_extra``, by wire name), because Twilio adds parameters without
notice. ``MediaUrl0``/``MediaContentType0``… become ``media``, a list of ``Media``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator
from pydantic.alias_generators import to_pascal

from .._fields import Rfc2822DateTime
from ..rest.api.v2010.enums import CallStatus, MessageStatus

__all__ = [
    "CallStatusCallback",
    "IncomingCall",
    "IncomingMessage",
    "Media",
    "MessageStatusCallback",
    "WebhookModel",
]

_MEDIA_KEY = re.compile(r"^Media(Url|ContentType)(\d+)$")


def _blank_to_none(value: Any) -> Any:
    return None if value == "" else value


#: Numbers Twilio may send as an empty parameter (``ErrorCode=``) when there is none.
_Int = Annotated[int | None, BeforeValidator(_blank_to_none)]
_Float = Annotated[float | None, BeforeValidator(_blank_to_none)]


class WebhookModel(BaseModel):
    """Base of the webhook models: PascalCase wire names, snake_case attributes, extras kept."""

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        alias_generator=to_pascal,
        protected_namespaces=(),
        frozen=True,
    )

    @classmethod
    def from_params(cls, params: Mapping[str, str] | Iterable[tuple[str, str]]) -> Any:
        """Build from webhook parameters (a mapping or ``(name, value)`` pairs; last one wins)."""
        data = dict(params.items() if isinstance(params, Mapping) else params)
        return cls.model_validate(data)


class Media(BaseModel):
    """One attachment of an incoming message (``MediaUrlN`` / ``MediaContentTypeN``)."""

    model_config = ConfigDict(frozen=True)

    url: str
    content_type: str | None = None


class _Numbers(WebhookModel):
    """The parties, with what Twilio knows of where each number is."""

    account_sid: str | None = None
    from_: str | None = Field(default=None, alias="From")
    to: str | None = None
    api_version: str | None = None
    from_city: str | None = None
    from_state: str | None = None
    from_zip: str | None = None
    from_country: str | None = None
    to_city: str | None = None
    to_state: str | None = None
    to_zip: str | None = None
    to_country: str | None = None


class IncomingMessage(_Numbers):
    """An incoming SMS/MMS/WhatsApp message (the phone number's messaging webhook)."""

    message_sid: str | None = None
    sms_sid: str | None = None
    sms_message_sid: str | None = None
    messaging_service_sid: str | None = None
    body: str | None = None
    num_media: int = 0
    num_segments: _Int = None
    sms_status: str | None = None
    profile_name: str | None = None
    wa_id: str | None = None
    media: list[Media] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _collect_media(cls, data: Any) -> Any:
        if not isinstance(data, Mapping) or "media" in data:
            return data
        found: dict[int, dict[str, str]] = {}
        rest: dict[str, Any] = {}
        for key, value in data.items():
            match = _MEDIA_KEY.match(key) if isinstance(key, str) else None
            if match is None:
                rest[key] = value
                continue
            slot = found.setdefault(int(match.group(2)), {})
            slot["url" if match.group(1) == "Url" else "content_type"] = value
        rest["media"] = [found[i] for i in sorted(found) if "url" in found[i]]
        return rest


class MessageStatusCallback(_Numbers):
    """A message's status change (the ``StatusCallback`` of a message you sent)."""

    message_sid: str | None = None
    sms_sid: str | None = None
    message_status: MessageStatus | None = None
    sms_status: str | None = None
    messaging_service_sid: str | None = None
    error_code: _Int = None
    error_message: str | None = None
    channel_to_address: str | None = None
    raw_dlr_done_date: str | None = None


class IncomingCall(_Numbers):
    """An incoming call, or any voice request for TwiML (``Url`` of a call, Gather actions)."""

    call_sid: str | None = None
    call_status: CallStatus | None = None
    direction: str | None = None
    caller: str | None = None
    called: str | None = None
    caller_name: str | None = None
    forwarded_from: str | None = None
    parent_call_sid: str | None = None
    call_token: str | None = None
    digits: str | None = None
    speech_result: str | None = None
    confidence: _Float = None


class CallStatusCallback(IncomingCall):
    """A call's progress (the ``StatusCallback`` of a call, per ``StatusCallbackEvent``)."""

    call_duration: _Int = None
    duration: _Int = None
    timestamp: Rfc2822DateTime = None
    callback_source: str | None = None
    sequence_number: _Int = None
    sip_response_code: _Int = None
    recording_url: str | None = None
    recording_sid: str | None = None
    recording_duration: _Int = None
