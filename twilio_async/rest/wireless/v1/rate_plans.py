# Generated from specs/wireless_v1.yaml by `make codegen`; do not edit.
"""RatePlan resources (``rate_plans``)."""

from __future__ import annotations

from collections.abc import Sequence
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
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import RatePlanDataLimitStrategy
    from .types.rate_plans import RatePlan

_TYPES = Models(__package__, ".types.rate_plans")
_MODEL = _TYPES("RatePlan")
_LIST_PATH = "/v1/RatePlans"
_INSTANCE_PATH = "/v1/RatePlans/{0}"
_CREATE: Operation[RatePlan] = Operation(
    "rate_plans.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("unique_name", "UniqueName", FORM, "string"),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("data_enabled", "DataEnabled", FORM, "boolean"),
    P("data_limit", "DataLimit", FORM, "integer"),
    P("data_metering", "DataMetering", FORM, "string"),
    P("messaging_enabled", "MessagingEnabled", FORM, "boolean"),
    P("voice_enabled", "VoiceEnabled", FORM, "boolean"),
    P("national_roaming_enabled", "NationalRoamingEnabled", FORM, "boolean"),
    P("international_roaming", "InternationalRoaming", FORM, "string", many=True),
    P("national_roaming_data_limit", "NationalRoamingDataLimit", FORM, "integer"),
    P("international_roaming_data_limit", "InternationalRoamingDataLimit", FORM, "integer"),
    P("data_limit_strategy", "DataLimitStrategy", FORM, "string"),
)
_LIST: Operation[RatePlan] = Operation(
    "rate_plans.list", "GET", _LIST_PATH, body="none", list_key="rate_plans", model=_MODEL
)
_FETCH: Operation[RatePlan] = Operation(
    "rate_plans.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[RatePlan] = Operation(
    "rate_plans.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("unique_name", "UniqueName", FORM, "string"),
    P("friendly_name", "FriendlyName", FORM, "string"),
)
_DELETE: Operation[None] = Operation("rate_plans.delete", "DELETE", _INSTANCE_PATH, body="none")


class RatePlanCreateArgs(Args):
    unique_name: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    data_enabled: bool | NotGiven = NOT_GIVEN
    data_limit: int | NotGiven = NOT_GIVEN
    data_metering: str | NotGiven = NOT_GIVEN
    messaging_enabled: bool | NotGiven = NOT_GIVEN
    voice_enabled: bool | NotGiven = NOT_GIVEN
    national_roaming_enabled: bool | NotGiven = NOT_GIVEN
    international_roaming: Sequence[str] | NotGiven = NOT_GIVEN
    national_roaming_data_limit: int | NotGiven = NOT_GIVEN
    international_roaming_data_limit: int | NotGiven = NOT_GIVEN
    data_limit_strategy: RatePlanDataLimitStrategy | str | NotGiven = NOT_GIVEN


class RatePlanUpdateArgs(Args):
    unique_name: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN


class RatePlanContext(InstanceContext):
    """One RatePlan: ``/v1/RatePlans/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this RatePlan: ``GET /v1/RatePlans/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RatePlan

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Fetch this RatePlan: ``GET /v1/RatePlans/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RatePlan

    Twilio docs: https://www.twilio.com/docs/iot
    """
    update = _UPDATE.call_method(
        RatePlanUpdateArgs,
        """Update this RatePlan: ``POST /v1/RatePlans/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        unique_name (str): ``UniqueName``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RatePlan

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Update this RatePlan: ``POST /v1/RatePlans/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        unique_name (str): ``UniqueName``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RatePlan

    Twilio docs: https://www.twilio.com/docs/iot
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this RatePlan: ``DELETE /v1/RatePlans/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Delete this RatePlan: ``DELETE /v1/RatePlans/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/iot
    """


class RatePlanList(KeyedList[RatePlanContext]):
    """RatePlan collection: ``/v1/RatePlans``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(
        RatePlanCreateArgs,
        """Create a RatePlan: ``POST /v1/RatePlans``.

    Parameters are sent in the form body unless noted.

    Args:
        unique_name (str): ``UniqueName``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        data_enabled (bool): ``DataEnabled``; boolean; optional.
        data_limit (int): ``DataLimit``; integer; optional.
        data_metering (str): ``DataMetering``; string; optional.
        messaging_enabled (bool): ``MessagingEnabled``; boolean; optional.
        voice_enabled (bool): ``VoiceEnabled``; boolean; optional.
        national_roaming_enabled (bool): ``NationalRoamingEnabled``; boolean; optional.
        international_roaming (Sequence[str]): ``InternationalRoaming``; list<string>; optional.
        national_roaming_data_limit (int): ``NationalRoamingDataLimit``; integer; optional.
        international_roaming_data_limit (int): ``InternationalRoamingDataLimit``; integer; optional.
        data_limit_strategy (RatePlanDataLimitStrategy | str): ``DataLimitStrategy``; enum:rate_plan_data_limit_strategy; one of ``block``, ``throttle``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RatePlan

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Create a RatePlan: ``POST /v1/RatePlans``.

    Parameters are sent in the form body unless noted.

    Args:
        unique_name (str): ``UniqueName``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        data_enabled (bool): ``DataEnabled``; boolean; optional.
        data_limit (int): ``DataLimit``; integer; optional.
        data_metering (str): ``DataMetering``; string; optional.
        messaging_enabled (bool): ``MessagingEnabled``; boolean; optional.
        voice_enabled (bool): ``VoiceEnabled``; boolean; optional.
        national_roaming_enabled (bool): ``NationalRoamingEnabled``; boolean; optional.
        international_roaming (Sequence[str]): ``InternationalRoaming``; list<string>; optional.
        national_roaming_data_limit (int): ``NationalRoamingDataLimit``; integer; optional.
        international_roaming_data_limit (int): ``InternationalRoamingDataLimit``; integer; optional.
        data_limit_strategy (RatePlanDataLimitStrategy | str): ``DataLimitStrategy``; enum:rate_plan_data_limit_strategy; one of ``block``, ``throttle``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RatePlan

    Twilio docs: https://www.twilio.com/docs/iot
    """
    list = _LIST.list_method(
        ListArgs,
        """List RatePlan resources, every page up to ``limit`` items: ``GET /v1/RatePlans``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[RatePlan]

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """List RatePlan resources, every page up to ``limit`` items: ``GET /v1/RatePlans``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[RatePlan]

    Twilio docs: https://www.twilio.com/docs/iot
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream RatePlan resources, one page in memory at a time: ``GET /v1/RatePlans``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of RatePlan.

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Stream RatePlan resources, one page in memory at a time: ``GET /v1/RatePlans``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of RatePlan.

    Twilio docs: https://www.twilio.com/docs/iot
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of RatePlan resources (``next_page()`` moves on): ``GET /v1/RatePlans``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[RatePlan]

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """One page of RatePlan resources (``next_page()`` moves on): ``GET /v1/RatePlans``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[RatePlan]

    Twilio docs: https://www.twilio.com/docs/iot
    """
