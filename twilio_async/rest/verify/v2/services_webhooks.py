# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""Webhook resources (``services.webhooks``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from twilio_async._resource import (
    FORM,
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import WebhookStatus, WebhookVersion
    from .types.services_webhooks import Webhook

_TYPES = Models(__package__, ".types.services_webhooks")
_MODEL = _TYPES("Webhook")
_LIST_PATH = "/v2/Services/{0}/Webhooks"
_INSTANCE_PATH = "/v2/Services/{0}/Webhooks/{1}"
_CREATE: Operation[Webhook] = Operation(
    "webhooks.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string", required=True),
    P("event_types", "EventTypes", FORM, "string", many=True, required=True),
    P("webhook_url", "WebhookUrl", FORM, "string", required=True),
    P("status", "Status", FORM, "string"),
    P("version", "Version", FORM, "string"),
)
_LIST: Operation[Webhook] = Operation(
    "webhooks.list", "GET", _LIST_PATH, body="none", list_key="webhooks", model=_MODEL
)
_FETCH: Operation[Webhook] = Operation(
    "webhooks.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Webhook] = Operation(
    "webhooks.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("event_types", "EventTypes", FORM, "string", many=True),
    P("webhook_url", "WebhookUrl", FORM, "string"),
    P("status", "Status", FORM, "string"),
    P("version", "Version", FORM, "string"),
)
_DELETE: Operation[None] = Operation("webhooks.delete", "DELETE", _INSTANCE_PATH, body="none")


class WebhookCreateArgs(Args):
    friendly_name: str
    event_types: Sequence[str]
    webhook_url: str
    status: WebhookStatus | str | NotGiven = NOT_GIVEN
    version: WebhookVersion | str | NotGiven = NOT_GIVEN
    resource_version: WebhookVersion | str | NotGiven = NOT_GIVEN
    _aliases: ClassVar[dict[str, str]] = {"resource_version": "version"}


class WebhookUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    event_types: Sequence[str] | NotGiven = NOT_GIVEN
    webhook_url: str | NotGiven = NOT_GIVEN
    status: WebhookStatus | str | NotGiven = NOT_GIVEN
    version: WebhookVersion | str | NotGiven = NOT_GIVEN
    resource_version: WebhookVersion | str | NotGiven = NOT_GIVEN
    _aliases: ClassVar[dict[str, str]] = {"resource_version": "version"}


class WebhookContext(InstanceContext):
    """One Webhook: ``/v2/Services/{ServiceSid}/Webhooks/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Webhook: ``GET /v2/Services/{ServiceSid}/Webhooks/{Sid}``."""
    update = _UPDATE.call_method(WebhookUpdateArgs)
    """Update this Webhook: ``POST /v2/Services/{ServiceSid}/Webhooks/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this Webhook: ``DELETE /v2/Services/{ServiceSid}/Webhooks/{Sid}``; returns True."""


class WebhookList(KeyedList[WebhookContext]):
    """Webhook collection: ``/v2/Services/{ServiceSid}/Webhooks``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^YW[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(WebhookCreateArgs)
    """Create a Webhook: ``POST /v2/Services/{ServiceSid}/Webhooks``."""
    list = _LIST.list_method(ListArgs)
    """List Webhook resources: ``GET /v2/Services/{ServiceSid}/Webhooks``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream Webhook resources: ``GET /v2/Services/{ServiceSid}/Webhooks``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of Webhook resources: ``GET /v2/Services/{ServiceSid}/Webhooks``; ``next_page()`` moves on."""
