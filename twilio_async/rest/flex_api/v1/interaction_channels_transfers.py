# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""InteractionTransfer resources (``interaction.channels.transfers``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import JSON, Args, InstanceContext, KeyedList, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.interaction_channels_transfers import InteractionTransfer

_TYPES = Models(__package__, ".types.interaction_channels_transfers")
_MODEL = _TYPES("InteractionTransfer")
_LIST_PATH = "/v1/Interactions/{0}/Channels/{1}/Transfers"
_INSTANCE_PATH = "/v1/Interactions/{0}/Channels/{1}/Transfers/{2}"
_CREATE: Operation[InteractionTransfer] = Operation(
    "transfers.create", "POST", _LIST_PATH, body="json", model=_MODEL
).with_params(P("body", "body", JSON, "object"))
_FETCH: Operation[InteractionTransfer] = Operation(
    "transfers.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[InteractionTransfer] = Operation(
    "transfers.update", "POST", _INSTANCE_PATH, body="json", model=_MODEL
).with_params(P("body", "body", JSON, "object"))


class InteractionTransferCreateArgs(Args):
    body: Any | NotGiven = NOT_GIVEN


class InteractionTransferUpdateArgs(Args):
    body: Any | NotGiven = NOT_GIVEN


class InteractionTransferContext(InstanceContext):
    """One InteractionTransfer: ``/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Transfers/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this InteractionTransfer: ``GET /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Transfers/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^UX[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InteractionTransfer

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Fetch this InteractionTransfer: ``GET /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Transfers/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^UX[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InteractionTransfer

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    update = _UPDATE.call_method(
        InteractionTransferUpdateArgs,
        """Update this InteractionTransfer: ``POST /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Transfers/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^UX[0-9a-fA-F]{32}$``.

    Parameters are sent in the JSON body unless noted.

    Args:
        body (Any): ``body``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InteractionTransfer

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Update this InteractionTransfer: ``POST /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Transfers/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^UX[0-9a-fA-F]{32}$``.

    Parameters are sent in the JSON body unless noted.

    Args:
        body (Any): ``body``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InteractionTransfer

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """


class InteractionTransferList(KeyedList[InteractionTransferContext]):
    """InteractionTransfer collection: ``/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Transfers``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^UX[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        InteractionTransferCreateArgs,
        """Create a InteractionTransfer: ``POST /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Transfers``.

    Parameters are sent in the JSON body unless noted.

    Args:
        body (Any): ``body``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InteractionTransfer

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Create a InteractionTransfer: ``POST /v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Transfers``.

    Parameters are sent in the JSON body unless noted.

    Args:
        body (Any): ``body``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InteractionTransfer

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
