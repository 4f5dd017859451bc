# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ServiceWebhookConfiguration resources (``services.configuration.webhooks``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, InstanceContext, Models, Operation, P, SingletonList
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.services_configuration_webhooks import ServiceWebhookConfiguration

_TYPES = Models(__package__, ".types.services_configuration_webhooks")
_MODEL = _TYPES("ServiceWebhookConfiguration")
_INSTANCE_PATH = "/v1/Services/{0}/Configuration/Webhooks"
_FETCH: Operation[ServiceWebhookConfiguration] = Operation(
    "webhooks.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[ServiceWebhookConfiguration] = Operation(
    "webhooks.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("pre_webhook_url", "PreWebhookUrl", FORM, "string"),
    P("post_webhook_url", "PostWebhookUrl", FORM, "string"),
    P("filters", "Filters", FORM, "string", many=True),
    P("method", "Method", FORM, "string"),
)


class ServiceWebhookConfigurationUpdateArgs(Args):
    pre_webhook_url: str | NotGiven = NOT_GIVEN
    post_webhook_url: str | NotGiven = NOT_GIVEN
    filters: Sequence[str] | NotGiven = NOT_GIVEN
    method: str | NotGiven = NOT_GIVEN


class ServiceWebhookConfigurationContext(InstanceContext):
    """One ServiceWebhookConfiguration: ``/v1/Services/{ChatServiceSid}/Configuration/Webhooks``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this ServiceWebhookConfiguration: ``GET /v1/Services/{ChatServiceSid}/Configuration/Webhooks``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceWebhookConfiguration

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Fetch this ServiceWebhookConfiguration: ``GET /v1/Services/{ChatServiceSid}/Configuration/Webhooks``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceWebhookConfiguration

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    update = _UPDATE.call_method(
        ServiceWebhookConfigurationUpdateArgs,
        """Update this ServiceWebhookConfiguration: ``POST /v1/Services/{ChatServiceSid}/Configuration/Webhooks``.

    Parameters are sent in the form body unless noted.

    Args:
        pre_webhook_url (str): ``PreWebhookUrl``; uri; optional.
        post_webhook_url (str): ``PostWebhookUrl``; uri; optional.
        filters (Sequence[str]): ``Filters``; list<string>; optional.
        method (str): ``Method``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceWebhookConfiguration

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Update this ServiceWebhookConfiguration: ``POST /v1/Services/{ChatServiceSid}/Configuration/Webhooks``.

    Parameters are sent in the form body unless noted.

    Args:
        pre_webhook_url (str): ``PreWebhookUrl``; uri; optional.
        post_webhook_url (str): ``PostWebhookUrl``; uri; optional.
        filters (Sequence[str]): ``Filters``; list<string>; optional.
        method (str): ``Method``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ServiceWebhookConfiguration

    Twilio docs: https://www.twilio.com/docs/conversations
    """


class ServiceWebhookConfigurationList(SingletonList[ServiceWebhookConfigurationContext]):
    """ServiceWebhookConfiguration collection."""

    __slots__ = ()
