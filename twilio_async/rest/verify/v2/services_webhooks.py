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
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Webhook: ``GET /v2/Services/{ServiceSid}/Webhooks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^YW[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Webhook

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Fetch this Webhook: ``GET /v2/Services/{ServiceSid}/Webhooks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^YW[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Webhook

    Twilio docs: https://www.twilio.com/docs/verify
    """
    update = _UPDATE.call_method(
        WebhookUpdateArgs,
        """Update this Webhook: ``POST /v2/Services/{ServiceSid}/Webhooks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^YW[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        event_types (Sequence[str]): ``EventTypes``; list<string>; optional.
        webhook_url (str): ``WebhookUrl``; string; optional.
        status (WebhookStatus | str): ``Status``; enum:webhook_status; one of ``enabled``, ``disabled``; optional.
        version (WebhookVersion | str): ``Version``; enum:webhook_version; one of ``v1``, ``v2``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Webhook

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Update this Webhook: ``POST /v2/Services/{ServiceSid}/Webhooks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^YW[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        event_types (Sequence[str]): ``EventTypes``; list<string>; optional.
        webhook_url (str): ``WebhookUrl``; string; optional.
        status (WebhookStatus | str): ``Status``; enum:webhook_status; one of ``enabled``, ``disabled``; optional.
        version (WebhookVersion | str): ``Version``; enum:webhook_version; one of ``v1``, ``v2``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Webhook

    Twilio docs: https://www.twilio.com/docs/verify
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Webhook: ``DELETE /v2/Services/{ServiceSid}/Webhooks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^YW[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Delete this Webhook: ``DELETE /v2/Services/{ServiceSid}/Webhooks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^YW[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/verify
    """


class WebhookList(KeyedList[WebhookContext]):
    """Webhook collection: ``/v2/Services/{ServiceSid}/Webhooks``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^YW[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        WebhookCreateArgs,
        """Create a Webhook: ``POST /v2/Services/{ServiceSid}/Webhooks``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        event_types (Sequence[str]): ``EventTypes``; list<string>; required.
        webhook_url (str): ``WebhookUrl``; string; required.
        status (WebhookStatus | str): ``Status``; enum:webhook_status; one of ``enabled``, ``disabled``; optional.
        version (WebhookVersion | str): ``Version``; enum:webhook_version; one of ``v1``, ``v2``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Webhook

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Create a Webhook: ``POST /v2/Services/{ServiceSid}/Webhooks``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        event_types (Sequence[str]): ``EventTypes``; list<string>; required.
        webhook_url (str): ``WebhookUrl``; string; required.
        status (WebhookStatus | str): ``Status``; enum:webhook_status; one of ``enabled``, ``disabled``; optional.
        version (WebhookVersion | str): ``Version``; enum:webhook_version; one of ``v1``, ``v2``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Webhook

    Twilio docs: https://www.twilio.com/docs/verify
    """
    list = _LIST.list_method(
        ListArgs,
        """List Webhook resources, every page up to ``limit`` items: ``GET /v2/Services/{ServiceSid}/Webhooks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Webhook]

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """List Webhook resources, every page up to ``limit`` items: ``GET /v2/Services/{ServiceSid}/Webhooks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Webhook]

    Twilio docs: https://www.twilio.com/docs/verify
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Webhook resources, one page in memory at a time: ``GET /v2/Services/{ServiceSid}/Webhooks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Webhook.

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Stream Webhook resources, one page in memory at a time: ``GET /v2/Services/{ServiceSid}/Webhooks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Webhook.

    Twilio docs: https://www.twilio.com/docs/verify
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Webhook resources (``next_page()`` moves on): ``GET /v2/Services/{ServiceSid}/Webhooks``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Webhook]

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """One page of Webhook resources (``next_page()`` moves on): ``GET /v2/Services/{ServiceSid}/Webhooks``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Webhook]

    Twilio docs: https://www.twilio.com/docs/verify
    """
