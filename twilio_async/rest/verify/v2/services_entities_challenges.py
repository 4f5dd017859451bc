# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""Challenge resources (``services.entities.challenges``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    FORM,
    QUERY,
    Args,
    Child,
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
    from .enums import ChallengeChallengeStatuses, ChallengeListOrders
    from .services_entities_challenges_notifications import NotificationList
    from .types.services_entities_challenges import Challenge

_TYPES = Models(__package__, ".types.services_entities_challenges")
_MODEL = _TYPES("Challenge")
_LIST_PATH = "/v2/Services/{0}/Entities/{1}/Challenges"
_INSTANCE_PATH = "/v2/Services/{0}/Entities/{1}/Challenges/{2}"
_CREATE: Operation[Challenge] = Operation(
    "challenges.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("factor_sid", "FactorSid", FORM, "string", required=True),
    P("expiration_date", "ExpirationDate", FORM, "datetime"),
    P("details_message", "Details.Message", FORM, "string"),
    P("details_fields", "Details.Fields", FORM, "object", many=True),
    P("hidden_details", "HiddenDetails", FORM, "object"),
    P("auth_payload", "AuthPayload", FORM, "string"),
)
_LIST: Operation[Challenge] = Operation(
    "challenges.list", "GET", _LIST_PATH, body="none", list_key="challenges", model=_MODEL
).with_params(
    P("factor_sid", "FactorSid", QUERY, "string"),
    P("status", "Status", QUERY, "string"),
    P("order", "Order", QUERY, "string"),
)
_FETCH: Operation[Challenge] = Operation(
    "challenges.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Challenge] = Operation(
    "challenges.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("auth_payload", "AuthPayload", FORM, "string"), P("metadata", "Metadata", FORM, "object")
)


class ChallengeCreateArgs(Args):
    factor_sid: str
    expiration_date: datetime | date | str | NotGiven = NOT_GIVEN
    details_message: str | NotGiven = NOT_GIVEN
    details_fields: Sequence[Any] | NotGiven = NOT_GIVEN
    hidden_details: Any | NotGiven = NOT_GIVEN
    auth_payload: str | NotGiven = NOT_GIVEN


class ChallengeFilters(Args):
    factor_sid: str | NotGiven = NOT_GIVEN
    status: ChallengeChallengeStatuses | str | NotGiven = NOT_GIVEN
    order: ChallengeListOrders | str | NotGiven = NOT_GIVEN


class ChallengeListArgs(ChallengeFilters, ListArgs): ...


class ChallengePageArgs(ChallengeFilters, PageArgs): ...


class ChallengeUpdateArgs(Args):
    auth_payload: str | NotGiven = NOT_GIVEN
    metadata: Any | NotGiven = NOT_GIVEN


class ChallengeContext(InstanceContext):
    """One Challenge: ``/v2/Services/{ServiceSid}/Entities/{Identity}/Challenges/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Challenge: ``GET /v2/Services/{ServiceSid}/Entities/{Identity}/Challenges/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^YC[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Challenge

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Fetch this Challenge: ``GET /v2/Services/{ServiceSid}/Entities/{Identity}/Challenges/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^YC[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Challenge

    Twilio docs: https://www.twilio.com/docs/verify
    """
    update = _UPDATE.call_method(
        ChallengeUpdateArgs,
        """Update this Challenge: ``POST /v2/Services/{ServiceSid}/Entities/{Identity}/Challenges/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^YC[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        auth_payload (str): ``AuthPayload``; string; optional.
        metadata (Any): ``Metadata``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Challenge

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Update this Challenge: ``POST /v2/Services/{ServiceSid}/Entities/{Identity}/Challenges/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^YC[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        auth_payload (str): ``AuthPayload``; string; optional.
        metadata (Any): ``Metadata``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Challenge

    Twilio docs: https://www.twilio.com/docs/verify
    """
    notifications: Child[NotificationList] = Child(
        ".services_entities_challenges_notifications", "NotificationList"
    )


class ChallengeList(KeyedList[ChallengeContext]):
    """Challenge collection: ``/v2/Services/{ServiceSid}/Entities/{Identity}/Challenges``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^YC[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        ChallengeCreateArgs,
        """Create a Challenge: ``POST /v2/Services/{ServiceSid}/Entities/{Identity}/Challenges``.

    Parameters are sent in the form body unless noted.

    Args:
        factor_sid (str): ``FactorSid``; string; matching ``^YF[0-9a-fA-F]{32}$``; required.
        expiration_date (datetime | date | str): ``ExpirationDate``; datetime; optional.
        details_message (str): ``Details.Message``; string; optional.
        details_fields (Sequence[Any]): ``Details.Fields``; list<object>; optional.
        hidden_details (Any): ``HiddenDetails``; object; optional.
        auth_payload (str): ``AuthPayload``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Challenge

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Create a Challenge: ``POST /v2/Services/{ServiceSid}/Entities/{Identity}/Challenges``.

    Parameters are sent in the form body unless noted.

    Args:
        factor_sid (str): ``FactorSid``; string; matching ``^YF[0-9a-fA-F]{32}$``; required.
        expiration_date (datetime | date | str): ``ExpirationDate``; datetime; optional.
        details_message (str): ``Details.Message``; string; optional.
        details_fields (Sequence[Any]): ``Details.Fields``; list<object>; optional.
        hidden_details (Any): ``HiddenDetails``; object; optional.
        auth_payload (str): ``AuthPayload``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Challenge

    Twilio docs: https://www.twilio.com/docs/verify
    """
    list = _LIST.list_method(
        ChallengeListArgs,
        """List Challenge resources, every page up to ``limit`` items: ``GET /v2/Services/{ServiceSid}/Entities/{Identity}/Challenges``.

    Parameters are sent in the query string unless noted.

    Args:
        factor_sid (str): ``FactorSid``; string; matching ``^YF[0-9a-fA-F]{32}$``; optional.
        status (ChallengeChallengeStatuses | str): ``Status``; enum:challenge_challenge_statuses; one of ``pending``, ``expired``, ``approved``, ``denied``; optional.
        order (ChallengeListOrders | str): ``Order``; enum:challenge_list_orders; one of ``asc``, ``desc``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Challenge]

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """List Challenge resources, every page up to ``limit`` items: ``GET /v2/Services/{ServiceSid}/Entities/{Identity}/Challenges``.

    Parameters are sent in the query string unless noted.

    Args:
        factor_sid (str): ``FactorSid``; string; matching ``^YF[0-9a-fA-F]{32}$``; optional.
        status (ChallengeChallengeStatuses | str): ``Status``; enum:challenge_challenge_statuses; one of ``pending``, ``expired``, ``approved``, ``denied``; optional.
        order (ChallengeListOrders | str): ``Order``; enum:challenge_list_orders; one of ``asc``, ``desc``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Challenge]

    Twilio docs: https://www.twilio.com/docs/verify
    """
    stream = _LIST.stream_method(
        ChallengeListArgs,
        """Stream Challenge resources, one page in memory at a time: ``GET /v2/Services/{ServiceSid}/Entities/{Identity}/Challenges``.

    Parameters are sent in the query string unless noted.

    Args:
        factor_sid (str): ``FactorSid``; string; matching ``^YF[0-9a-fA-F]{32}$``; optional.
        status (ChallengeChallengeStatuses | str): ``Status``; enum:challenge_challenge_statuses; one of ``pending``, ``expired``, ``approved``, ``denied``; optional.
        order (ChallengeListOrders | str): ``Order``; enum:challenge_list_orders; one of ``asc``, ``desc``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Challenge.

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Stream Challenge resources, one page in memory at a time: ``GET /v2/Services/{ServiceSid}/Entities/{Identity}/Challenges``.

    Parameters are sent in the query string unless noted.

    Args:
        factor_sid (str): ``FactorSid``; string; matching ``^YF[0-9a-fA-F]{32}$``; optional.
        status (ChallengeChallengeStatuses | str): ``Status``; enum:challenge_challenge_statuses; one of ``pending``, ``expired``, ``approved``, ``denied``; optional.
        order (ChallengeListOrders | str): ``Order``; enum:challenge_list_orders; one of ``asc``, ``desc``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Challenge.

    Twilio docs: https://www.twilio.com/docs/verify
    """
    page = _LIST.page_method(
        ChallengePageArgs,
        """One page of Challenge resources (``next_page()`` moves on): ``GET /v2/Services/{ServiceSid}/Entities/{Identity}/Challenges``.

    Parameters are sent in the query string unless noted.

    Args:
        factor_sid (str): ``FactorSid``; string; matching ``^YF[0-9a-fA-F]{32}$``; optional.
        status (ChallengeChallengeStatuses | str): ``Status``; enum:challenge_challenge_statuses; one of ``pending``, ``expired``, ``approved``, ``denied``; optional.
        order (ChallengeListOrders | str): ``Order``; enum:challenge_list_orders; one of ``asc``, ``desc``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Challenge]

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """One page of Challenge resources (``next_page()`` moves on): ``GET /v2/Services/{ServiceSid}/Entities/{Identity}/Challenges``.

    Parameters are sent in the query string unless noted.

    Args:
        factor_sid (str): ``FactorSid``; string; matching ``^YF[0-9a-fA-F]{32}$``; optional.
        status (ChallengeChallengeStatuses | str): ``Status``; enum:challenge_challenge_statuses; one of ``pending``, ``expired``, ``approved``, ``denied``; optional.
        order (ChallengeListOrders | str): ``Order``; enum:challenge_list_orders; one of ``asc``, ``desc``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Challenge]

    Twilio docs: https://www.twilio.com/docs/verify
    """
