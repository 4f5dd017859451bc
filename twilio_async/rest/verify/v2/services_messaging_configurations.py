# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""MessagingConfiguration resources (``services.messaging_configurations``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

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

if TYPE_CHECKING:
    from .types.services_messaging_configurations import MessagingConfiguration

_TYPES = Models(__package__, ".types.services_messaging_configurations")
_MODEL = _TYPES("MessagingConfiguration")
_LIST_PATH = "/v2/Services/{0}/MessagingConfigurations"
_INSTANCE_PATH = "/v2/Services/{0}/MessagingConfigurations/{1}"
_CREATE: Operation[MessagingConfiguration] = Operation(
    "messaging_configurations.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("country", "Country", FORM, "string", required=True),
    P("messaging_service_sid", "MessagingServiceSid", FORM, "string", required=True),
)
_LIST: Operation[MessagingConfiguration] = Operation(
    "messaging_configurations.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="messaging_configurations",
    model=_MODEL,
)
_FETCH: Operation[MessagingConfiguration] = Operation(
    "messaging_configurations.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[MessagingConfiguration] = Operation(
    "messaging_configurations.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("messaging_service_sid", "MessagingServiceSid", FORM, "string", required=True))
_DELETE: Operation[None] = Operation(
    "messaging_configurations.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class MessagingConfigurationCreateArgs(Args):
    country: str
    messaging_service_sid: str


class MessagingConfigurationUpdateArgs(Args):
    messaging_service_sid: str


class MessagingConfigurationContext(InstanceContext):
    """One MessagingConfiguration: ``/v2/Services/{ServiceSid}/MessagingConfigurations/{Country}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this MessagingConfiguration: ``GET /v2/Services/{ServiceSid}/MessagingConfigurations/{Country}``.

    The instance is addressed by ``{Country}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        MessagingConfiguration

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Fetch this MessagingConfiguration: ``GET /v2/Services/{ServiceSid}/MessagingConfigurations/{Country}``.

    The instance is addressed by ``{Country}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        MessagingConfiguration

    Twilio docs: https://www.twilio.com/docs/verify
    """
    update = _UPDATE.call_method(
        MessagingConfigurationUpdateArgs,
        """Update this MessagingConfiguration: ``POST /v2/Services/{ServiceSid}/MessagingConfigurations/{Country}``.

    The instance is addressed by ``{Country}``.

    Parameters are sent in the form body unless noted.

    Args:
        messaging_service_sid (str): ``MessagingServiceSid``; string; matching ``^MG[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        MessagingConfiguration

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Update this MessagingConfiguration: ``POST /v2/Services/{ServiceSid}/MessagingConfigurations/{Country}``.

    The instance is addressed by ``{Country}``.

    Parameters are sent in the form body unless noted.

    Args:
        messaging_service_sid (str): ``MessagingServiceSid``; string; matching ``^MG[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        MessagingConfiguration

    Twilio docs: https://www.twilio.com/docs/verify
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this MessagingConfiguration: ``DELETE /v2/Services/{ServiceSid}/MessagingConfigurations/{Country}``.

    The instance is addressed by ``{Country}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Delete this MessagingConfiguration: ``DELETE /v2/Services/{ServiceSid}/MessagingConfigurations/{Country}``.

    The instance is addressed by ``{Country}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/verify
    """


class MessagingConfigurationList(KeyedList[MessagingConfigurationContext]):
    """MessagingConfiguration collection: ``/v2/Services/{ServiceSid}/MessagingConfigurations``."""

    __slots__ = ()
    _key = ("Country", "country", None)
    create = _CREATE.call_method(
        MessagingConfigurationCreateArgs,
        """Create a MessagingConfiguration: ``POST /v2/Services/{ServiceSid}/MessagingConfigurations``.

    Parameters are sent in the form body unless noted.

    Args:
        country (str): ``Country``; string; required.
        messaging_service_sid (str): ``MessagingServiceSid``; string; matching ``^MG[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        MessagingConfiguration

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Create a MessagingConfiguration: ``POST /v2/Services/{ServiceSid}/MessagingConfigurations``.

    Parameters are sent in the form body unless noted.

    Args:
        country (str): ``Country``; string; required.
        messaging_service_sid (str): ``MessagingServiceSid``; string; matching ``^MG[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        MessagingConfiguration

    Twilio docs: https://www.twilio.com/docs/verify
    """
    list = _LIST.list_method(
        ListArgs,
        """List MessagingConfiguration resources, every page up to ``limit`` items: ``GET /v2/Services/{ServiceSid}/MessagingConfigurations``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[MessagingConfiguration]

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """List MessagingConfiguration resources, every page up to ``limit`` items: ``GET /v2/Services/{ServiceSid}/MessagingConfigurations``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[MessagingConfiguration]

    Twilio docs: https://www.twilio.com/docs/verify
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream MessagingConfiguration resources, one page in memory at a time: ``GET /v2/Services/{ServiceSid}/MessagingConfigurations``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of MessagingConfiguration.

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Stream MessagingConfiguration resources, one page in memory at a time: ``GET /v2/Services/{ServiceSid}/MessagingConfigurations``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of MessagingConfiguration.

    Twilio docs: https://www.twilio.com/docs/verify
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of MessagingConfiguration resources (``next_page()`` moves on): ``GET /v2/Services/{ServiceSid}/MessagingConfigurations``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[MessagingConfiguration]

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """One page of MessagingConfiguration resources (``next_page()`` moves on): ``GET /v2/Services/{ServiceSid}/MessagingConfigurations``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[MessagingConfiguration]

    Twilio docs: https://www.twilio.com/docs/verify
    """
