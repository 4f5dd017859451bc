# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""FlexFlow resources (``flex_flow``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    QUERY,
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
    from .enums import FlexFlowChannelType, FlexFlowIntegrationType
    from .types.flex_flow import FlexFlow

_TYPES = Models(__package__, ".types.flex_flow")
_MODEL = _TYPES("FlexFlow")
_LIST_PATH = "/v1/FlexFlows"
_INSTANCE_PATH = "/v1/FlexFlows/{0}"
_CREATE: Operation[FlexFlow] = Operation(
    "flex_flow.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string", required=True),
    P("chat_service_sid", "ChatServiceSid", FORM, "string", required=True),
    P("channel_type", "ChannelType", FORM, "string", required=True),
    P("contact_identity", "ContactIdentity", FORM, "string"),
    P("enabled", "Enabled", FORM, "boolean"),
    P("integration_type", "IntegrationType", FORM, "string"),
    P("integration_flow_sid", "Integration.FlowSid", FORM, "string"),
    P("integration_url", "Integration.Url", FORM, "string"),
    P("integration_workspace_sid", "Integration.WorkspaceSid", FORM, "string"),
    P("integration_workflow_sid", "Integration.WorkflowSid", FORM, "string"),
    P("integration_channel", "Integration.Channel", FORM, "string"),
    P("integration_timeout", "Integration.Timeout", FORM, "integer"),
    P("integration_priority", "Integration.Priority", FORM, "integer"),
    P("integration_creation_on_message", "Integration.CreationOnMessage", FORM, "boolean"),
    P("long_lived", "LongLived", FORM, "boolean"),
    P("janitor_enabled", "JanitorEnabled", FORM, "boolean"),
    P("integration_retry_count", "Integration.RetryCount", FORM, "integer"),
)
_LIST: Operation[FlexFlow] = Operation(
    "flex_flow.list", "GET", _LIST_PATH, body="none", list_key="flex_flows", model=_MODEL
).with_params(P("friendly_name", "FriendlyName", QUERY, "string"))
_FETCH: Operation[FlexFlow] = Operation(
    "flex_flow.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[FlexFlow] = Operation(
    "flex_flow.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("chat_service_sid", "ChatServiceSid", FORM, "string"),
    P("channel_type", "ChannelType", FORM, "string"),
    P("contact_identity", "ContactIdentity", FORM, "string"),
    P("enabled", "Enabled", FORM, "boolean"),
    P("integration_type", "IntegrationType", FORM, "string"),
    P("integration_flow_sid", "Integration.FlowSid", FORM, "string"),
    P("integration_url", "Integration.Url", FORM, "string"),
    P("integration_workspace_sid", "Integration.WorkspaceSid", FORM, "string"),
    P("integration_workflow_sid", "Integration.WorkflowSid", FORM, "string"),
    P("integration_channel", "Integration.Channel", FORM, "string"),
    P("integration_timeout", "Integration.Timeout", FORM, "integer"),
    P("integration_priority", "Integration.Priority", FORM, "integer"),
    P("integration_creation_on_message", "Integration.CreationOnMessage", FORM, "boolean"),
    P("long_lived", "LongLived", FORM, "boolean"),
    P("janitor_enabled", "JanitorEnabled", FORM, "boolean"),
    P("integration_retry_count", "Integration.RetryCount", FORM, "integer"),
)
_DELETE: Operation[None] = Operation("flex_flow.delete", "DELETE", _INSTANCE_PATH, body="none")


class FlexFlowCreateArgs(Args):
    friendly_name: str
    chat_service_sid: str
    channel_type: FlexFlowChannelType | str
    contact_identity: str | NotGiven = NOT_GIVEN
    enabled: bool | NotGiven = NOT_GIVEN
    integration_type: FlexFlowIntegrationType | str | NotGiven = NOT_GIVEN
    integration_flow_sid: str | NotGiven = NOT_GIVEN
    integration_url: str | NotGiven = NOT_GIVEN
    integration_workspace_sid: str | NotGiven = NOT_GIVEN
    integration_workflow_sid: str | NotGiven = NOT_GIVEN
    integration_channel: str | NotGiven = NOT_GIVEN
    integration_timeout: int | NotGiven = NOT_GIVEN
    integration_priority: int | NotGiven = NOT_GIVEN
    integration_creation_on_message: bool | NotGiven = NOT_GIVEN
    long_lived: bool | NotGiven = NOT_GIVEN
    janitor_enabled: bool | NotGiven = NOT_GIVEN
    integration_retry_count: int | NotGiven = NOT_GIVEN


class FlexFlowFilters(Args):
    friendly_name: str | NotGiven = NOT_GIVEN


class FlexFlowListArgs(FlexFlowFilters, ListArgs): ...


class FlexFlowPageArgs(FlexFlowFilters, PageArgs): ...


class FlexFlowUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    chat_service_sid: str | NotGiven = NOT_GIVEN
    channel_type: FlexFlowChannelType | str | NotGiven = NOT_GIVEN
    contact_identity: str | NotGiven = NOT_GIVEN
    enabled: bool | NotGiven = NOT_GIVEN
    integration_type: FlexFlowIntegrationType | str | NotGiven = NOT_GIVEN
    integration_flow_sid: str | NotGiven = NOT_GIVEN
    integration_url: str | NotGiven = NOT_GIVEN
    integration_workspace_sid: str | NotGiven = NOT_GIVEN
    integration_workflow_sid: str | NotGiven = NOT_GIVEN
    integration_channel: str | NotGiven = NOT_GIVEN
    integration_timeout: int | NotGiven = NOT_GIVEN
    integration_priority: int | NotGiven = NOT_GIVEN
    integration_creation_on_message: bool | NotGiven = NOT_GIVEN
    long_lived: bool | NotGiven = NOT_GIVEN
    janitor_enabled: bool | NotGiven = NOT_GIVEN
    integration_retry_count: int | NotGiven = NOT_GIVEN


class FlexFlowContext(InstanceContext):
    """One FlexFlow: ``/v1/FlexFlows/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this FlexFlow: ``GET /v1/FlexFlows/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^FO[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        FlexFlow

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Fetch this FlexFlow: ``GET /v1/FlexFlows/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^FO[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        FlexFlow

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    update = _UPDATE.call_method(
        FlexFlowUpdateArgs,
        """Update this FlexFlow: ``POST /v1/FlexFlows/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^FO[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        chat_service_sid (str): ``ChatServiceSid``; string; matching ``^IS[0-9a-fA-F]{32}$``; optional.
        channel_type (FlexFlowChannelType | str): ``ChannelType``; enum:flex_flow_channel_type; one of ``web``, ``sms``, ``facebook``, ``whatsapp``, ``line``, ``custom``; optional.
        contact_identity (str): ``ContactIdentity``; string; optional.
        enabled (bool): ``Enabled``; boolean; optional.
        integration_type (FlexFlowIntegrationType | str): ``IntegrationType``; enum:flex_flow_integration_type; one of ``studio``, ``external``, ``task``; optional.
        integration_flow_sid (str): ``Integration.FlowSid``; string; matching ``^FW[0-9a-fA-F]{32}$``; optional.
        integration_url (str): ``Integration.Url``; uri; optional.
        integration_workspace_sid (str): ``Integration.WorkspaceSid``; string; matching ``^WS[0-9a-fA-F]{32}$``; optional.
        integration_workflow_sid (str): ``Integration.WorkflowSid``; string; matching ``^WW[0-9a-fA-F]{32}$``; optional.
        integration_channel (str): ``Integration.Channel``; string; optional.
        integration_timeout (int): ``Integration.Timeout``; integer; optional.
        integration_priority (int): ``Integration.Priority``; integer; optional.
        integration_creation_on_message (bool): ``Integration.CreationOnMessage``; boolean; optional.
        long_lived (bool): ``LongLived``; boolean; optional.
        janitor_enabled (bool): ``JanitorEnabled``; boolean; optional.
        integration_retry_count (int): ``Integration.RetryCount``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        FlexFlow

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Update this FlexFlow: ``POST /v1/FlexFlows/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^FO[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        chat_service_sid (str): ``ChatServiceSid``; string; matching ``^IS[0-9a-fA-F]{32}$``; optional.
        channel_type (FlexFlowChannelType | str): ``ChannelType``; enum:flex_flow_channel_type; one of ``web``, ``sms``, ``facebook``, ``whatsapp``, ``line``, ``custom``; optional.
        contact_identity (str): ``ContactIdentity``; string; optional.
        enabled (bool): ``Enabled``; boolean; optional.
        integration_type (FlexFlowIntegrationType | str): ``IntegrationType``; enum:flex_flow_integration_type; one of ``studio``, ``external``, ``task``; optional.
        integration_flow_sid (str): ``Integration.FlowSid``; string; matching ``^FW[0-9a-fA-F]{32}$``; optional.
        integration_url (str): ``Integration.Url``; uri; optional.
        integration_workspace_sid (str): ``Integration.WorkspaceSid``; string; matching ``^WS[0-9a-fA-F]{32}$``; optional.
        integration_workflow_sid (str): ``Integration.WorkflowSid``; string; matching ``^WW[0-9a-fA-F]{32}$``; optional.
        integration_channel (str): ``Integration.Channel``; string; optional.
        integration_timeout (int): ``Integration.Timeout``; integer; optional.
        integration_priority (int): ``Integration.Priority``; integer; optional.
        integration_creation_on_message (bool): ``Integration.CreationOnMessage``; boolean; optional.
        long_lived (bool): ``LongLived``; boolean; optional.
        janitor_enabled (bool): ``JanitorEnabled``; boolean; optional.
        integration_retry_count (int): ``Integration.RetryCount``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        FlexFlow

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this FlexFlow: ``DELETE /v1/FlexFlows/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^FO[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Delete this FlexFlow: ``DELETE /v1/FlexFlows/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^FO[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """


class FlexFlowList(KeyedList[FlexFlowContext]):
    """FlexFlow collection: ``/v1/FlexFlows``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^FO[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        FlexFlowCreateArgs,
        """Create a FlexFlow: ``POST /v1/FlexFlows``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        chat_service_sid (str): ``ChatServiceSid``; string; matching ``^IS[0-9a-fA-F]{32}$``; required.
        channel_type (FlexFlowChannelType | str): ``ChannelType``; enum:flex_flow_channel_type; one of ``web``, ``sms``, ``facebook``, ``whatsapp``, ``line``, ``custom``; required.
        contact_identity (str): ``ContactIdentity``; string; optional.
        enabled (bool): ``Enabled``; boolean; optional.
        integration_type (FlexFlowIntegrationType | str): ``IntegrationType``; enum:flex_flow_integration_type; one of ``studio``, ``external``, ``task``; optional.
        integration_flow_sid (str): ``Integration.FlowSid``; string; matching ``^FW[0-9a-fA-F]{32}$``; optional.
        integration_url (str): ``Integration.Url``; uri; optional.
        integration_workspace_sid (str): ``Integration.WorkspaceSid``; string; matching ``^WS[0-9a-fA-F]{32}$``; optional.
        integration_workflow_sid (str): ``Integration.WorkflowSid``; string; matching ``^WW[0-9a-fA-F]{32}$``; optional.
        integration_channel (str): ``Integration.Channel``; string; optional.
        integration_timeout (int): ``Integration.Timeout``; integer; optional.
        integration_priority (int): ``Integration.Priority``; integer; optional.
        integration_creation_on_message (bool): ``Integration.CreationOnMessage``; boolean; optional.
        long_lived (bool): ``LongLived``; boolean; optional.
        janitor_enabled (bool): ``JanitorEnabled``; boolean; optional.
        integration_retry_count (int): ``Integration.RetryCount``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        FlexFlow

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Create a FlexFlow: ``POST /v1/FlexFlows``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        chat_service_sid (str): ``ChatServiceSid``; string; matching ``^IS[0-9a-fA-F]{32}$``; required.
        channel_type (FlexFlowChannelType | str): ``ChannelType``; enum:flex_flow_channel_type; one of ``web``, ``sms``, ``facebook``, ``whatsapp``, ``line``, ``custom``; required.
        contact_identity (str): ``ContactIdentity``; string; optional.
        enabled (bool): ``Enabled``; boolean; optional.
        integration_type (FlexFlowIntegrationType | str): ``IntegrationType``; enum:flex_flow_integration_type; one of ``studio``, ``external``, ``task``; optional.
        integration_flow_sid (str): ``Integration.FlowSid``; string; matching ``^FW[0-9a-fA-F]{32}$``; optional.
        integration_url (str): ``Integration.Url``; uri; optional.
        integration_workspace_sid (str): ``Integration.WorkspaceSid``; string; matching ``^WS[0-9a-fA-F]{32}$``; optional.
        integration_workflow_sid (str): ``Integration.WorkflowSid``; string; matching ``^WW[0-9a-fA-F]{32}$``; optional.
        integration_channel (str): ``Integration.Channel``; string; optional.
        integration_timeout (int): ``Integration.Timeout``; integer; optional.
        integration_priority (int): ``Integration.Priority``; integer; optional.
        integration_creation_on_message (bool): ``Integration.CreationOnMessage``; boolean; optional.
        long_lived (bool): ``LongLived``; boolean; optional.
        janitor_enabled (bool): ``JanitorEnabled``; boolean; optional.
        integration_retry_count (int): ``Integration.RetryCount``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        FlexFlow

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    list = _LIST.list_method(
        FlexFlowListArgs,
        """List FlexFlow resources, every page up to ``limit`` items: ``GET /v1/FlexFlows``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[FlexFlow]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """List FlexFlow resources, every page up to ``limit`` items: ``GET /v1/FlexFlows``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[FlexFlow]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    stream = _LIST.stream_method(
        FlexFlowListArgs,
        """Stream FlexFlow resources, one page in memory at a time: ``GET /v1/FlexFlows``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of FlexFlow.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Stream FlexFlow resources, one page in memory at a time: ``GET /v1/FlexFlows``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of FlexFlow.

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    page = _LIST.page_method(
        FlexFlowPageArgs,
        """One page of FlexFlow resources (``next_page()`` moves on): ``GET /v1/FlexFlows``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[FlexFlow]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """One page of FlexFlow resources (``next_page()`` moves on): ``GET /v1/FlexFlows``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[FlexFlow]

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
