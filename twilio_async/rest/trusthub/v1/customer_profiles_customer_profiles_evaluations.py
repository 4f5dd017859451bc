# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""CustomerProfilesEvaluations resources (``customer_profiles.customer_profiles_evaluations``)."""

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
    from .types.customer_profiles_customer_profiles_evaluations import CustomerProfilesEvaluations

_TYPES = Models(__package__, ".types.customer_profiles_customer_profiles_evaluations")
_MODEL = _TYPES("CustomerProfilesEvaluations")
_LIST_PATH = "/v1/CustomerProfiles/{0}/Evaluations"
_INSTANCE_PATH = "/v1/CustomerProfiles/{0}/Evaluations/{1}"
_CREATE: Operation[CustomerProfilesEvaluations] = Operation(
    "customer_profiles_evaluations.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("policy_sid", "PolicySid", FORM, "string", required=True))
_LIST: Operation[CustomerProfilesEvaluations] = Operation(
    "customer_profiles_evaluations.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="results",
    model=_MODEL,
)
_FETCH: Operation[CustomerProfilesEvaluations] = Operation(
    "customer_profiles_evaluations.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class CustomerProfilesEvaluationsCreateArgs(Args):
    policy_sid: str


class CustomerProfilesEvaluationsContext(InstanceContext):
    """One CustomerProfilesEvaluations: ``/v1/CustomerProfiles/{CustomerProfileSid}/Evaluations/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this CustomerProfilesEvaluations: ``GET /v1/CustomerProfiles/{CustomerProfileSid}/Evaluations/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^EL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CustomerProfilesEvaluations

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this CustomerProfilesEvaluations: ``GET /v1/CustomerProfiles/{CustomerProfileSid}/Evaluations/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^EL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CustomerProfilesEvaluations

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class CustomerProfilesEvaluationsList(KeyedList[CustomerProfilesEvaluationsContext]):
    """CustomerProfilesEvaluations collection: ``/v1/CustomerProfiles/{CustomerProfileSid}/Evaluations``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^EL[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        CustomerProfilesEvaluationsCreateArgs,
        """Create a CustomerProfilesEvaluations: ``POST /v1/CustomerProfiles/{CustomerProfileSid}/Evaluations``.

    Parameters are sent in the form body unless noted.

    Args:
        policy_sid (str): ``PolicySid``; string; matching ``^RN[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CustomerProfilesEvaluations

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a CustomerProfilesEvaluations: ``POST /v1/CustomerProfiles/{CustomerProfileSid}/Evaluations``.

    Parameters are sent in the form body unless noted.

    Args:
        policy_sid (str): ``PolicySid``; string; matching ``^RN[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CustomerProfilesEvaluations

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    list = _LIST.list_method(
        ListArgs,
        """List CustomerProfilesEvaluations resources, every page up to ``limit`` items: ``GET /v1/CustomerProfiles/{CustomerProfileSid}/Evaluations``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[CustomerProfilesEvaluations]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List CustomerProfilesEvaluations resources, every page up to ``limit`` items: ``GET /v1/CustomerProfiles/{CustomerProfileSid}/Evaluations``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[CustomerProfilesEvaluations]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream CustomerProfilesEvaluations resources, one page in memory at a time: ``GET /v1/CustomerProfiles/{CustomerProfileSid}/Evaluations``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of CustomerProfilesEvaluations.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream CustomerProfilesEvaluations resources, one page in memory at a time: ``GET /v1/CustomerProfiles/{CustomerProfileSid}/Evaluations``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of CustomerProfilesEvaluations.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of CustomerProfilesEvaluations resources (``next_page()`` moves on): ``GET /v1/CustomerProfiles/{CustomerProfileSid}/Evaluations``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[CustomerProfilesEvaluations]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of CustomerProfilesEvaluations resources (``next_page()`` moves on): ``GET /v1/CustomerProfiles/{CustomerProfileSid}/Evaluations``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[CustomerProfilesEvaluations]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
