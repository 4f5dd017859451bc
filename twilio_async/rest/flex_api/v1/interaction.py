# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""Interaction resources (``interaction``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    FORM,
    Args,
    Child,
    InstanceContext,
    KeyedList,
    Models,
    Operation,
    P,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .interaction_channels import InteractionChannelList
    from .types.interaction import Interaction

_TYPES = Models(__package__, ".types.interaction")
_MODEL = _TYPES("Interaction")
_LIST_PATH = "/v1/Interactions"
_INSTANCE_PATH = "/v1/Interactions/{0}"
_CREATE: Operation[Interaction] = Operation(
    "interaction.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("channel", "Channel", FORM, "object", required=True),
    P("routing", "Routing", FORM, "object"),
    P("interaction_context_sid", "InteractionContextSid", FORM, "string"),
    P("webhook_ttid", "WebhookTtid", FORM, "string"),
)
_FETCH: Operation[Interaction] = Operation(
    "interaction.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Interaction] = Operation(
    "interaction.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("webhook_ttid", "WebhookTtid", FORM, "string"))


class InteractionCreateArgs(Args):
    channel: Any
    routing: Any | NotGiven = NOT_GIVEN
    interaction_context_sid: str | NotGiven = NOT_GIVEN
    webhook_ttid: str | NotGiven = NOT_GIVEN


class InteractionUpdateArgs(Args):
    webhook_ttid: str | NotGiven = NOT_GIVEN


class InteractionContext(InstanceContext):
    """One Interaction: ``/v1/Interactions/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Interaction: ``GET /v1/Interactions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^KD[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Interaction

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Fetch this Interaction: ``GET /v1/Interactions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^KD[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Interaction

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    update = _UPDATE.call_method(
        InteractionUpdateArgs,
        """Update this Interaction: ``POST /v1/Interactions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^KD[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        webhook_ttid (str): ``WebhookTtid``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Interaction

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Update this Interaction: ``POST /v1/Interactions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^KD[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        webhook_ttid (str): ``WebhookTtid``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Interaction

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    channels: Child[InteractionChannelList] = Child(
        ".interaction_channels", "InteractionChannelList"
    )


class InteractionList(KeyedList[InteractionContext]):
    """Interaction collection: ``/v1/Interactions``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^KD[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        InteractionCreateArgs,
        """Create a Interaction: ``POST /v1/Interactions``.

    Parameters are sent in the form body unless noted.

    Args:
        channel (Any): ``Channel``; object; required.
        routing (Any): ``Routing``; object; optional.
        interaction_context_sid (str): ``InteractionContextSid``; string; matching ``^HQ[0-9a-fA-F]{32}$``; optional.
        webhook_ttid (str): ``WebhookTtid``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Interaction

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Create a Interaction: ``POST /v1/Interactions``.

    Parameters are sent in the form body unless noted.

    Args:
        channel (Any): ``Channel``; object; required.
        routing (Any): ``Routing``; object; optional.
        interaction_context_sid (str): ``InteractionContextSid``; string; matching ``^HQ[0-9a-fA-F]{32}$``; optional.
        webhook_ttid (str): ``WebhookTtid``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Interaction

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
