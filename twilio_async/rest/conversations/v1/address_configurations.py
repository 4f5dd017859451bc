# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ConfigurationAddress resources (``address_configurations``)."""

from __future__ import annotations

from collections.abc import Sequence
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
    from .enums import (
        ConfigurationAddressAutoCreationType,
        ConfigurationAddressMethod,
        ConfigurationAddressType,
    )
    from .types.address_configurations import ConfigurationAddress

_TYPES = Models(__package__, ".types.address_configurations")
_MODEL = _TYPES("ConfigurationAddress")
_LIST_PATH = "/v1/Configuration/Addresses"
_INSTANCE_PATH = "/v1/Configuration/Addresses/{0}"
_CREATE: Operation[ConfigurationAddress] = Operation(
    "address_configurations.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("type", "Type", FORM, "string", required=True),
    P("address", "Address", FORM, "string", required=True),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("auto_creation_enabled", "AutoCreation.Enabled", FORM, "boolean"),
    P("auto_creation_type", "AutoCreation.Type", FORM, "string"),
    P(
        "auto_creation_conversation_service_sid",
        "AutoCreation.ConversationServiceSid",
        FORM,
        "string",
    ),
    P("auto_creation_webhook_url", "AutoCreation.WebhookUrl", FORM, "string"),
    P("auto_creation_webhook_method", "AutoCreation.WebhookMethod", FORM, "string"),
    P("auto_creation_webhook_filters", "AutoCreation.WebhookFilters", FORM, "string", many=True),
    P("auto_creation_studio_flow_sid", "AutoCreation.StudioFlowSid", FORM, "string"),
    P("auto_creation_studio_retry_count", "AutoCreation.StudioRetryCount", FORM, "integer"),
    P("address_country", "AddressCountry", FORM, "string"),
)
_LIST: Operation[ConfigurationAddress] = Operation(
    "address_configurations.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="address_configurations",
    model=_MODEL,
).with_params(P("type", "Type", QUERY, "string"))
_FETCH: Operation[ConfigurationAddress] = Operation(
    "address_configurations.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[ConfigurationAddress] = Operation(
    "address_configurations.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("auto_creation_enabled", "AutoCreation.Enabled", FORM, "boolean"),
    P("auto_creation_type", "AutoCreation.Type", FORM, "string"),
    P(
        "auto_creation_conversation_service_sid",
        "AutoCreation.ConversationServiceSid",
        FORM,
        "string",
    ),
    P("auto_creation_webhook_url", "AutoCreation.WebhookUrl", FORM, "string"),
    P("auto_creation_webhook_method", "AutoCreation.WebhookMethod", FORM, "string"),
    P("auto_creation_webhook_filters", "AutoCreation.WebhookFilters", FORM, "string", many=True),
    P("auto_creation_studio_flow_sid", "AutoCreation.StudioFlowSid", FORM, "string"),
    P("auto_creation_studio_retry_count", "AutoCreation.StudioRetryCount", FORM, "integer"),
)
_DELETE: Operation[None] = Operation(
    "address_configurations.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class ConfigurationAddressCreateArgs(Args):
    type: ConfigurationAddressType | str
    address: str
    friendly_name: str | NotGiven = NOT_GIVEN
    auto_creation_enabled: bool | NotGiven = NOT_GIVEN
    auto_creation_type: ConfigurationAddressAutoCreationType | str | NotGiven = NOT_GIVEN
    auto_creation_conversation_service_sid: str | NotGiven = NOT_GIVEN
    auto_creation_webhook_url: str | NotGiven = NOT_GIVEN
    auto_creation_webhook_method: ConfigurationAddressMethod | str | NotGiven = NOT_GIVEN
    auto_creation_webhook_filters: Sequence[str] | NotGiven = NOT_GIVEN
    auto_creation_studio_flow_sid: str | NotGiven = NOT_GIVEN
    auto_creation_studio_retry_count: int | NotGiven = NOT_GIVEN
    address_country: str | NotGiven = NOT_GIVEN


class ConfigurationAddressFilters(Args):
    type: str | NotGiven = NOT_GIVEN


class ConfigurationAddressListArgs(ConfigurationAddressFilters, ListArgs): ...


class ConfigurationAddressPageArgs(ConfigurationAddressFilters, PageArgs): ...


class ConfigurationAddressUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    auto_creation_enabled: bool | NotGiven = NOT_GIVEN
    auto_creation_type: ConfigurationAddressAutoCreationType | str | NotGiven = NOT_GIVEN
    auto_creation_conversation_service_sid: str | NotGiven = NOT_GIVEN
    auto_creation_webhook_url: str | NotGiven = NOT_GIVEN
    auto_creation_webhook_method: ConfigurationAddressMethod | str | NotGiven = NOT_GIVEN
    auto_creation_webhook_filters: Sequence[str] | NotGiven = NOT_GIVEN
    auto_creation_studio_flow_sid: str | NotGiven = NOT_GIVEN
    auto_creation_studio_retry_count: int | NotGiven = NOT_GIVEN


class ConfigurationAddressContext(InstanceContext):
    """One ConfigurationAddress: ``/v1/Configuration/Addresses/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this ConfigurationAddress: ``GET /v1/Configuration/Addresses/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConfigurationAddress

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Fetch this ConfigurationAddress: ``GET /v1/Configuration/Addresses/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConfigurationAddress

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    update = _UPDATE.call_method(
        ConfigurationAddressUpdateArgs,
        """Update this ConfigurationAddress: ``POST /v1/Configuration/Addresses/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        auto_creation_enabled (bool): ``AutoCreation.Enabled``; boolean; optional.
        auto_creation_type (ConfigurationAddressAutoCreationType | str): ``AutoCreation.Type``; enum:configuration_address_auto_creation_type; one of ``webhook``, ``studio``, ``default``; optional.
        auto_creation_conversation_service_sid (str): ``AutoCreation.ConversationServiceSid``; string; matching ``^IS[0-9a-fA-F]{32}$``; optional.
        auto_creation_webhook_url (str): ``AutoCreation.WebhookUrl``; string; optional.
        auto_creation_webhook_method (ConfigurationAddressMethod | str): ``AutoCreation.WebhookMethod``; enum:configuration_address_method; one of ``get``, ``post``; optional.
        auto_creation_webhook_filters (Sequence[str]): ``AutoCreation.WebhookFilters``; list<string>; optional.
        auto_creation_studio_flow_sid (str): ``AutoCreation.StudioFlowSid``; string; matching ``^FW[0-9a-fA-F]{32}$``; optional.
        auto_creation_studio_retry_count (int): ``AutoCreation.StudioRetryCount``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConfigurationAddress

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Update this ConfigurationAddress: ``POST /v1/Configuration/Addresses/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        auto_creation_enabled (bool): ``AutoCreation.Enabled``; boolean; optional.
        auto_creation_type (ConfigurationAddressAutoCreationType | str): ``AutoCreation.Type``; enum:configuration_address_auto_creation_type; one of ``webhook``, ``studio``, ``default``; optional.
        auto_creation_conversation_service_sid (str): ``AutoCreation.ConversationServiceSid``; string; matching ``^IS[0-9a-fA-F]{32}$``; optional.
        auto_creation_webhook_url (str): ``AutoCreation.WebhookUrl``; string; optional.
        auto_creation_webhook_method (ConfigurationAddressMethod | str): ``AutoCreation.WebhookMethod``; enum:configuration_address_method; one of ``get``, ``post``; optional.
        auto_creation_webhook_filters (Sequence[str]): ``AutoCreation.WebhookFilters``; list<string>; optional.
        auto_creation_studio_flow_sid (str): ``AutoCreation.StudioFlowSid``; string; matching ``^FW[0-9a-fA-F]{32}$``; optional.
        auto_creation_studio_retry_count (int): ``AutoCreation.StudioRetryCount``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConfigurationAddress

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this ConfigurationAddress: ``DELETE /v1/Configuration/Addresses/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Delete this ConfigurationAddress: ``DELETE /v1/Configuration/Addresses/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/conversations
    """


class ConfigurationAddressList(KeyedList[ConfigurationAddressContext]):
    """ConfigurationAddress collection: ``/v1/Configuration/Addresses``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(
        ConfigurationAddressCreateArgs,
        """Create a ConfigurationAddress: ``POST /v1/Configuration/Addresses``.

    Parameters are sent in the form body unless noted.

    Args:
        type (ConfigurationAddressType | str): ``Type``; enum:configuration_address_type; one of ``sms``, ``whatsapp``, ``messenger``, ``gbm``, ``email``, ``rcs``, ``apple``, ``chat``; required.
        address (str): ``Address``; string; required.
        friendly_name (str): ``FriendlyName``; string; optional.
        auto_creation_enabled (bool): ``AutoCreation.Enabled``; boolean; optional.
        auto_creation_type (ConfigurationAddressAutoCreationType | str): ``AutoCreation.Type``; enum:configuration_address_auto_creation_type; one of ``webhook``, ``studio``, ``default``; optional.
        auto_creation_conversation_service_sid (str): ``AutoCreation.ConversationServiceSid``; string; matching ``^IS[0-9a-fA-F]{32}$``; optional.
        auto_creation_webhook_url (str): ``AutoCreation.WebhookUrl``; string; optional.
        auto_creation_webhook_method (ConfigurationAddressMethod | str): ``AutoCreation.WebhookMethod``; enum:configuration_address_method; one of ``get``, ``post``; optional.
        auto_creation_webhook_filters (Sequence[str]): ``AutoCreation.WebhookFilters``; list<string>; optional.
        auto_creation_studio_flow_sid (str): ``AutoCreation.StudioFlowSid``; string; matching ``^FW[0-9a-fA-F]{32}$``; optional.
        auto_creation_studio_retry_count (int): ``AutoCreation.StudioRetryCount``; integer; optional.
        address_country (str): ``AddressCountry``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConfigurationAddress

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Create a ConfigurationAddress: ``POST /v1/Configuration/Addresses``.

    Parameters are sent in the form body unless noted.

    Args:
        type (ConfigurationAddressType | str): ``Type``; enum:configuration_address_type; one of ``sms``, ``whatsapp``, ``messenger``, ``gbm``, ``email``, ``rcs``, ``apple``, ``chat``; required.
        address (str): ``Address``; string; required.
        friendly_name (str): ``FriendlyName``; string; optional.
        auto_creation_enabled (bool): ``AutoCreation.Enabled``; boolean; optional.
        auto_creation_type (ConfigurationAddressAutoCreationType | str): ``AutoCreation.Type``; enum:configuration_address_auto_creation_type; one of ``webhook``, ``studio``, ``default``; optional.
        auto_creation_conversation_service_sid (str): ``AutoCreation.ConversationServiceSid``; string; matching ``^IS[0-9a-fA-F]{32}$``; optional.
        auto_creation_webhook_url (str): ``AutoCreation.WebhookUrl``; string; optional.
        auto_creation_webhook_method (ConfigurationAddressMethod | str): ``AutoCreation.WebhookMethod``; enum:configuration_address_method; one of ``get``, ``post``; optional.
        auto_creation_webhook_filters (Sequence[str]): ``AutoCreation.WebhookFilters``; list<string>; optional.
        auto_creation_studio_flow_sid (str): ``AutoCreation.StudioFlowSid``; string; matching ``^FW[0-9a-fA-F]{32}$``; optional.
        auto_creation_studio_retry_count (int): ``AutoCreation.StudioRetryCount``; integer; optional.
        address_country (str): ``AddressCountry``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ConfigurationAddress

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    list = _LIST.list_method(
        ConfigurationAddressListArgs,
        """List ConfigurationAddress resources, every page up to ``limit`` items: ``GET /v1/Configuration/Addresses``.

    Parameters are sent in the query string unless noted.

    Args:
        type (str): ``Type``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ConfigurationAddress]

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """List ConfigurationAddress resources, every page up to ``limit`` items: ``GET /v1/Configuration/Addresses``.

    Parameters are sent in the query string unless noted.

    Args:
        type (str): ``Type``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ConfigurationAddress]

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    stream = _LIST.stream_method(
        ConfigurationAddressListArgs,
        """Stream ConfigurationAddress resources, one page in memory at a time: ``GET /v1/Configuration/Addresses``.

    Parameters are sent in the query string unless noted.

    Args:
        type (str): ``Type``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ConfigurationAddress.

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """Stream ConfigurationAddress resources, one page in memory at a time: ``GET /v1/Configuration/Addresses``.

    Parameters are sent in the query string unless noted.

    Args:
        type (str): ``Type``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ConfigurationAddress.

    Twilio docs: https://www.twilio.com/docs/conversations
    """
    page = _LIST.page_method(
        ConfigurationAddressPageArgs,
        """One page of ConfigurationAddress resources (``next_page()`` moves on): ``GET /v1/Configuration/Addresses``.

    Parameters are sent in the query string unless noted.

    Args:
        type (str): ``Type``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ConfigurationAddress]

    Twilio docs: https://www.twilio.com/docs/conversations
    """,
    )
    """One page of ConfigurationAddress resources (``next_page()`` moves on): ``GET /v1/Configuration/Addresses``.

    Parameters are sent in the query string unless noted.

    Args:
        type (str): ``Type``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ConfigurationAddress]

    Twilio docs: https://www.twilio.com/docs/conversations
    """
