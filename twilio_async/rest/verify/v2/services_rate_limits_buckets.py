# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""Bucket resources (``services.rate_limits.buckets``)."""

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
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.services_rate_limits_buckets import Bucket

_TYPES = Models(__package__, ".types.services_rate_limits_buckets")
_MODEL = _TYPES("Bucket")
_LIST_PATH = "/v2/Services/{0}/RateLimits/{1}/Buckets"
_INSTANCE_PATH = "/v2/Services/{0}/RateLimits/{1}/Buckets/{2}"
_CREATE: Operation[Bucket] = Operation(
    "buckets.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("max", "Max", FORM, "integer", required=True),
    P("interval", "Interval", FORM, "integer", required=True),
)
_LIST: Operation[Bucket] = Operation(
    "buckets.list", "GET", _LIST_PATH, body="none", list_key="buckets", model=_MODEL
)
_FETCH: Operation[Bucket] = Operation(
    "buckets.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Bucket] = Operation(
    "buckets.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("max", "Max", FORM, "integer"), P("interval", "Interval", FORM, "integer"))
_DELETE: Operation[None] = Operation("buckets.delete", "DELETE", _INSTANCE_PATH, body="none")


class BucketCreateArgs(Args):
    max: int
    interval: int


class BucketUpdateArgs(Args):
    max: int | NotGiven = NOT_GIVEN
    interval: int | NotGiven = NOT_GIVEN


class BucketContext(InstanceContext):
    """One Bucket: ``/v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Bucket: ``GET /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^BL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Bucket

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Fetch this Bucket: ``GET /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^BL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Bucket

    Twilio docs: https://www.twilio.com/docs/verify
    """
    update = _UPDATE.call_method(
        BucketUpdateArgs,
        """Update this Bucket: ``POST /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^BL[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        max (int): ``Max``; integer; optional.
        interval (int): ``Interval``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Bucket

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Update this Bucket: ``POST /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^BL[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        max (int): ``Max``; integer; optional.
        interval (int): ``Interval``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Bucket

    Twilio docs: https://www.twilio.com/docs/verify
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Bucket: ``DELETE /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^BL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Delete this Bucket: ``DELETE /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^BL[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/verify
    """


class BucketList(KeyedList[BucketContext]):
    """Bucket collection: ``/v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^BL[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        BucketCreateArgs,
        """Create a Bucket: ``POST /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets``.

    Parameters are sent in the form body unless noted.

    Args:
        max (int): ``Max``; integer; required.
        interval (int): ``Interval``; integer; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Bucket

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Create a Bucket: ``POST /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets``.

    Parameters are sent in the form body unless noted.

    Args:
        max (int): ``Max``; integer; required.
        interval (int): ``Interval``; integer; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Bucket

    Twilio docs: https://www.twilio.com/docs/verify
    """
    list = _LIST.list_method(
        ListArgs,
        """List Bucket resources, every page up to ``limit`` items: ``GET /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Bucket]

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """List Bucket resources, every page up to ``limit`` items: ``GET /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Bucket]

    Twilio docs: https://www.twilio.com/docs/verify
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Bucket resources, one page in memory at a time: ``GET /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Bucket.

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Stream Bucket resources, one page in memory at a time: ``GET /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Bucket.

    Twilio docs: https://www.twilio.com/docs/verify
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Bucket resources (``next_page()`` moves on): ``GET /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Bucket]

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """One page of Bucket resources (``next_page()`` moves on): ``GET /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Bucket]

    Twilio docs: https://www.twilio.com/docs/verify
    """
