# Generated from specs/numbers_v1.yaml by `make codegen`; do not edit.
"""PortingWebhookConfigurationFetch resources (``webhook``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import JSON, Args, ListResource, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.webhook import PortingWebhookConfiguration, PortingWebhookConfigurationFetch

_TYPES = Models(__package__, ".types.webhook")
_PORTING_WEBHOOK_CONFIGURATION = _TYPES("PortingWebhookConfiguration")
_MODEL = _TYPES("PortingWebhookConfigurationFetch")
_LIST_PATH = "/v1/Porting/Configuration/Webhook"
_CREATE: Operation[PortingWebhookConfiguration] = Operation(
    "webhook.create", "POST", _LIST_PATH, body="json", model=_PORTING_WEBHOOK_CONFIGURATION
).with_params(P("body", "body", JSON, "object"))
_FETCH: Operation[PortingWebhookConfigurationFetch] = Operation(
    "webhook.fetch", "GET", _LIST_PATH, body="none", model=_MODEL
)


class PortingWebhookConfigurationFetchCreateArgs(Args):
    body: Any | NotGiven = NOT_GIVEN


class PortingWebhookConfigurationFetchList(ListResource):
    """PortingWebhookConfigurationFetch collection: ``/v1/Porting/Configuration/Webhook``."""

    __slots__ = ()
    create = _CREATE.call_method(
        PortingWebhookConfigurationFetchCreateArgs,
        """Create a PortingWebhookConfigurationFetch: ``POST /v1/Porting/Configuration/Webhook``.

    Parameters are sent in the JSON body unless noted.

    Args:
        body (Any): ``body``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PortingWebhookConfiguration

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Create a PortingWebhookConfigurationFetch: ``POST /v1/Porting/Configuration/Webhook``.

    Parameters are sent in the JSON body unless noted.

    Args:
        body (Any): ``body``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PortingWebhookConfiguration

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    fetch = _FETCH.call_method(
        Args,
        """Fetch the PortingWebhookConfigurationFetch: ``GET /v1/Porting/Configuration/Webhook``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PortingWebhookConfigurationFetch

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Fetch the PortingWebhookConfigurationFetch: ``GET /v1/Porting/Configuration/Webhook``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PortingWebhookConfigurationFetch

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """


class PortingWebhookConfigurationFetchPortingWebhookConfigurationsList(ListResource):
    """``porting_webhook_configurations``: PortingWebhookConfigurationFetch operations as twilio-python mounts them."""

    __slots__ = ()

    create = _CREATE.call_method(
        PortingWebhookConfigurationFetchCreateArgs,
        """Create a PortingWebhookConfigurationFetch: ``POST /v1/Porting/Configuration/Webhook``.

    Parameters are sent in the JSON body unless noted.

    Args:
        body (Any): ``body``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PortingWebhookConfiguration

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Create a PortingWebhookConfigurationFetch: ``POST /v1/Porting/Configuration/Webhook``.

    Parameters are sent in the JSON body unless noted.

    Args:
        body (Any): ``body``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PortingWebhookConfiguration

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
