# Generated from specs/supersim_v1.yaml by `make codegen`; do not edit.
"""EsimProfile resources (``esim_profiles``)."""

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
    from .enums import EsimProfileStatus
    from .types.esim_profiles import EsimProfile

_TYPES = Models(__package__, ".types.esim_profiles")
_MODEL = _TYPES("EsimProfile")
_LIST_PATH = "/v1/ESimProfiles"
_INSTANCE_PATH = "/v1/ESimProfiles/{0}"
_CREATE: Operation[EsimProfile] = Operation(
    "esim_profiles.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("callback_url", "CallbackUrl", FORM, "string"),
    P("callback_method", "CallbackMethod", FORM, "string"),
    P("generate_matching_id", "GenerateMatchingId", FORM, "boolean"),
    P("eid", "Eid", FORM, "string"),
)
_LIST: Operation[EsimProfile] = Operation(
    "esim_profiles.list", "GET", _LIST_PATH, body="none", list_key="esim_profiles", model=_MODEL
).with_params(
    P("eid", "Eid", QUERY, "string"),
    P("sim_sid", "SimSid", QUERY, "string"),
    P("status", "Status", QUERY, "string"),
)
_FETCH: Operation[EsimProfile] = Operation(
    "esim_profiles.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class EsimProfileCreateArgs(Args):
    callback_url: str | NotGiven = NOT_GIVEN
    callback_method: str | NotGiven = NOT_GIVEN
    generate_matching_id: bool | NotGiven = NOT_GIVEN
    eid: str | NotGiven = NOT_GIVEN


class EsimProfileFilters(Args):
    eid: str | NotGiven = NOT_GIVEN
    sim_sid: str | NotGiven = NOT_GIVEN
    status: EsimProfileStatus | str | NotGiven = NOT_GIVEN


class EsimProfileListArgs(EsimProfileFilters, ListArgs): ...


class EsimProfilePageArgs(EsimProfileFilters, PageArgs): ...


class EsimProfileContext(InstanceContext):
    """One EsimProfile: ``/v1/ESimProfiles/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this EsimProfile: ``GET /v1/ESimProfiles/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        EsimProfile

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Fetch this EsimProfile: ``GET /v1/ESimProfiles/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        EsimProfile

    Twilio docs: https://www.twilio.com/docs/iot
    """


class EsimProfileList(KeyedList[EsimProfileContext]):
    """EsimProfile collection: ``/v1/ESimProfiles``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(
        EsimProfileCreateArgs,
        """Create a EsimProfile: ``POST /v1/ESimProfiles``.

    Parameters are sent in the form body unless noted.

    Args:
        callback_url (str): ``CallbackUrl``; string; optional.
        callback_method (str): ``CallbackMethod``; http-method; optional.
        generate_matching_id (bool): ``GenerateMatchingId``; boolean; optional.
        eid (str): ``Eid``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        EsimProfile

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Create a EsimProfile: ``POST /v1/ESimProfiles``.

    Parameters are sent in the form body unless noted.

    Args:
        callback_url (str): ``CallbackUrl``; string; optional.
        callback_method (str): ``CallbackMethod``; http-method; optional.
        generate_matching_id (bool): ``GenerateMatchingId``; boolean; optional.
        eid (str): ``Eid``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        EsimProfile

    Twilio docs: https://www.twilio.com/docs/iot
    """
    list = _LIST.list_method(
        EsimProfileListArgs,
        """List EsimProfile resources, every page up to ``limit`` items: ``GET /v1/ESimProfiles``.

    Parameters are sent in the query string unless noted.

    Args:
        eid (str): ``Eid``; string; optional.
        sim_sid (str): ``SimSid``; string; optional.
        status (EsimProfileStatus | str): ``Status``; enum:esim_profile_status; one of ``new``, ``reserving``, ``available``, ``downloaded``, ``installed``, ``failed``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[EsimProfile]

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """List EsimProfile resources, every page up to ``limit`` items: ``GET /v1/ESimProfiles``.

    Parameters are sent in the query string unless noted.

    Args:
        eid (str): ``Eid``; string; optional.
        sim_sid (str): ``SimSid``; string; optional.
        status (EsimProfileStatus | str): ``Status``; enum:esim_profile_status; one of ``new``, ``reserving``, ``available``, ``downloaded``, ``installed``, ``failed``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[EsimProfile]

    Twilio docs: https://www.twilio.com/docs/iot
    """
    stream = _LIST.stream_method(
        EsimProfileListArgs,
        """Stream EsimProfile resources, one page in memory at a time: ``GET /v1/ESimProfiles``.

    Parameters are sent in the query string unless noted.

    Args:
        eid (str): ``Eid``; string; optional.
        sim_sid (str): ``SimSid``; string; optional.
        status (EsimProfileStatus | str): ``Status``; enum:esim_profile_status; one of ``new``, ``reserving``, ``available``, ``downloaded``, ``installed``, ``failed``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of EsimProfile.

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Stream EsimProfile resources, one page in memory at a time: ``GET /v1/ESimProfiles``.

    Parameters are sent in the query string unless noted.

    Args:
        eid (str): ``Eid``; string; optional.
        sim_sid (str): ``SimSid``; string; optional.
        status (EsimProfileStatus | str): ``Status``; enum:esim_profile_status; one of ``new``, ``reserving``, ``available``, ``downloaded``, ``installed``, ``failed``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of EsimProfile.

    Twilio docs: https://www.twilio.com/docs/iot
    """
    page = _LIST.page_method(
        EsimProfilePageArgs,
        """One page of EsimProfile resources (``next_page()`` moves on): ``GET /v1/ESimProfiles``.

    Parameters are sent in the query string unless noted.

    Args:
        eid (str): ``Eid``; string; optional.
        sim_sid (str): ``SimSid``; string; optional.
        status (EsimProfileStatus | str): ``Status``; enum:esim_profile_status; one of ``new``, ``reserving``, ``available``, ``downloaded``, ``installed``, ``failed``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[EsimProfile]

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """One page of EsimProfile resources (``next_page()`` moves on): ``GET /v1/ESimProfiles``.

    Parameters are sent in the query string unless noted.

    Args:
        eid (str): ``Eid``; string; optional.
        sim_sid (str): ``SimSid``; string; optional.
        status (EsimProfileStatus | str): ``Status``; enum:esim_profile_status; one of ``new``, ``reserving``, ``available``, ``downloaded``, ``installed``, ``failed``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[EsimProfile]

    Twilio docs: https://www.twilio.com/docs/iot
    """
