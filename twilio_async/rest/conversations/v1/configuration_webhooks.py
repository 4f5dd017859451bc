# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ConfigurationWebhook resources (``configuration.webhooks``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, InstanceContext, Models, Operation, P, SingletonList
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import ConfigurationWebhookTarget
    from .types.configuration_webhooks import ConfigurationWebhook

_TYPES = Models(__package__, ".types.configuration_webhooks")
_MODEL = _TYPES("ConfigurationWebhook")
_INSTANCE_PATH = "/v1/Configuration/Webhooks"
_FETCH: Operation[ConfigurationWebhook] = Operation(
    "webhooks.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[ConfigurationWebhook] = Operation(
    "webhooks.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("method", "Method", FORM, "string"),
    P("filters", "Filters", FORM, "string", many=True),
    P("pre_webhook_url", "PreWebhookUrl", FORM, "string"),
    P("post_webhook_url", "PostWebhookUrl", FORM, "string"),
    P("target", "Target", FORM, "string"),
)


class ConfigurationWebhookUpdateArgs(Args):
    method: str | NotGiven = NOT_GIVEN
    filters: Sequence[str] | NotGiven = NOT_GIVEN
    pre_webhook_url: str | NotGiven = NOT_GIVEN
    post_webhook_url: str | NotGiven = NOT_GIVEN
    target: ConfigurationWebhookTarget | str | NotGiven = NOT_GIVEN


class ConfigurationWebhookContext(InstanceContext):
    """One ConfigurationWebhook: ``/v1/Configuration/Webhooks``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this ConfigurationWebhook: ``GET /v1/Configuration/Webhooks``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConfigurationWebhook

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Fetch this ConfigurationWebhook: ``GET /v1/Configuration/Webhooks``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConfigurationWebhook

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    update = _UPDATE.call_method(
        ConfigurationWebhookUpdateArgs,
        """Update this ConfigurationWebhook: ``POST /v1/Configuration/Webhooks``.

    Parameters are sent in the form body unless noted.

    Args:
        method (str): ``Method``; string; optional.
        filters (Sequence[str]): ``Filters``; list<string>; optional.
        pre_webhook_url (str): ``PreWebhookUrl``; string; optional.
        post_webhook_url (str): ``PostWebhookUrl``; string; optional.
        target (ConfigurationWebhookTarget | str): ``Target``; enum:configuration_webhook_target; one of ``webhook``, ``flex``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConfigurationWebhook

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Update this ConfigurationWebhook: ``POST /v1/Configuration/Webhooks``.

    Parameters are sent in the form body unless noted.

    Args:
        method (str): ``Method``; string; optional.
        filters (Sequence[str]): ``Filters``; list<string>; optional.
        pre_webhook_url (str): ``PreWebhookUrl``; string; optional.
        post_webhook_url (str): ``PostWebhookUrl``; string; optional.
        target (ConfigurationWebhookTarget | str): ``Target``; enum:configuration_webhook_target; one of ``webhook``, ``flex``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConfigurationWebhook

    Twilio docs: https://www.twilio.com/docs/conversations
    """


class ConfigurationWebhookList(SingletonList[ConfigurationWebhookContext]):
    """ConfigurationWebhook collection."""

    __slots__ = ()
