# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""TrustProductsEvaluations resources (``trust_products.trust_products_evaluations``)."""

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
    from .types.trust_products_trust_products_evaluations import TrustProductsEvaluations

_TYPES = Models(__package__, ".types.trust_products_trust_products_evaluations")
_MODEL = _TYPES("TrustProductsEvaluations")
_LIST_PATH = "/v1/TrustProducts/{0}/Evaluations"
_INSTANCE_PATH = "/v1/TrustProducts/{0}/Evaluations/{1}"
_CREATE: Operation[TrustProductsEvaluations] = Operation(
    "trust_products_evaluations.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("policy_sid", "PolicySid", FORM, "string", required=True))
_LIST: Operation[TrustProductsEvaluations] = Operation(
    "trust_products_evaluations.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="results",
    model=_MODEL,
)
_FETCH: Operation[TrustProductsEvaluations] = Operation(
    "trust_products_evaluations.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class TrustProductsEvaluationsCreateArgs(Args):
    policy_sid: str


class TrustProductsEvaluationsContext(InstanceContext):
    """One TrustProductsEvaluations: ``/v1/TrustProducts/{TrustProductSid}/Evaluations/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this TrustProductsEvaluations: ``GET /v1/TrustProducts/{TrustProductSid}/Evaluations/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^EL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TrustProductsEvaluations

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this TrustProductsEvaluations: ``GET /v1/TrustProducts/{TrustProductSid}/Evaluations/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^EL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TrustProductsEvaluations

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class TrustProductsEvaluationsList(KeyedList[TrustProductsEvaluationsContext]):
    """TrustProductsEvaluations collection: ``/v1/TrustProducts/{TrustProductSid}/Evaluations``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^EL[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        TrustProductsEvaluationsCreateArgs,
        """Create a TrustProductsEvaluations: ``POST /v1/TrustProducts/{TrustProductSid}/Evaluations``.

    Parameters are sent in the form body unless noted.

    Args:
        policy_sid (str): ``PolicySid``; string; matching ``^RN[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TrustProductsEvaluations

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a TrustProductsEvaluations: ``POST /v1/TrustProducts/{TrustProductSid}/Evaluations``.

    Parameters are sent in the form body unless noted.

    Args:
        policy_sid (str): ``PolicySid``; string; matching ``^RN[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TrustProductsEvaluations

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    list = _LIST.list_method(
        ListArgs,
        """List TrustProductsEvaluations resources, every page up to ``limit`` items: ``GET /v1/TrustProducts/{TrustProductSid}/Evaluations``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[TrustProductsEvaluations]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List TrustProductsEvaluations resources, every page up to ``limit`` items: ``GET /v1/TrustProducts/{TrustProductSid}/Evaluations``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[TrustProductsEvaluations]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream TrustProductsEvaluations resources, one page in memory at a time: ``GET /v1/TrustProducts/{TrustProductSid}/Evaluations``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of TrustProductsEvaluations.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream TrustProductsEvaluations resources, one page in memory at a time: ``GET /v1/TrustProducts/{TrustProductSid}/Evaluations``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of TrustProductsEvaluations.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of TrustProductsEvaluations resources (``next_page()`` moves on): ``GET /v1/TrustProducts/{TrustProductSid}/Evaluations``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[TrustProductsEvaluations]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of TrustProductsEvaluations resources (``next_page()`` moves on): ``GET /v1/TrustProducts/{TrustProductSid}/Evaluations``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[TrustProductsEvaluations]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
