# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""RateLimit resources (``services.rate_limits``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
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
    from .services_rate_limits_buckets import BucketList
    from .types.services_rate_limits import RateLimit

_TYPES = Models(__package__, ".types.services_rate_limits")
_MODEL = _TYPES("RateLimit")
_LIST_PATH = "/v2/Services/{0}/RateLimits"
_INSTANCE_PATH = "/v2/Services/{0}/RateLimits/{1}"
_CREATE: Operation[RateLimit] = Operation(
    "rate_limits.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("unique_name", "UniqueName", FORM, "string", required=True),
    P("description", "Description", FORM, "string"),
)
_LIST: Operation[RateLimit] = Operation(
    "rate_limits.list", "GET", _LIST_PATH, body="none", list_key="rate_limits", model=_MODEL
)
_FETCH: Operation[RateLimit] = Operation(
    "rate_limits.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[RateLimit] = Operation(
    "rate_limits.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("description", "Description", FORM, "string"))
_DELETE: Operation[None] = Operation("rate_limits.delete", "DELETE", _INSTANCE_PATH, body="none")


class RateLimitCreateArgs(Args):
    unique_name: str
    description: str | NotGiven = NOT_GIVEN


class RateLimitUpdateArgs(Args):
    description: str | NotGiven = NOT_GIVEN


class RateLimitContext(InstanceContext):
    """One RateLimit: ``/v2/Services/{ServiceSid}/RateLimits/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this RateLimit: ``GET /v2/Services/{ServiceSid}/RateLimits/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RK[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RateLimit

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Fetch this RateLimit: ``GET /v2/Services/{ServiceSid}/RateLimits/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RK[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RateLimit

    Twilio docs: https://www.twilio.com/docs/verify
    """
    update = _UPDATE.call_method(
        RateLimitUpdateArgs,
        """Update this RateLimit: ``POST /v2/Services/{ServiceSid}/RateLimits/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RK[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        description (str): ``Description``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RateLimit

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Update this RateLimit: ``POST /v2/Services/{ServiceSid}/RateLimits/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RK[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        description (str): ``Description``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RateLimit

    Twilio docs: https://www.twilio.com/docs/verify
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this RateLimit: ``DELETE /v2/Services/{ServiceSid}/RateLimits/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RK[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Delete this RateLimit: ``DELETE /v2/Services/{ServiceSid}/RateLimits/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^RK[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/verify
    """
    buckets: Child[BucketList] = Child(".services_rate_limits_buckets", "BucketList")


class RateLimitList(KeyedList[RateLimitContext]):
    """RateLimit collection: ``/v2/Services/{ServiceSid}/RateLimits``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^RK[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        RateLimitCreateArgs,
        """Create a RateLimit: ``POST /v2/Services/{ServiceSid}/RateLimits``.

    Parameters are sent in the form body unless noted.

    Args:
        unique_name (str): ``UniqueName``; string; required.
        description (str): ``Description``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RateLimit

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Create a RateLimit: ``POST /v2/Services/{ServiceSid}/RateLimits``.

    Parameters are sent in the form body unless noted.

    Args:
        unique_name (str): ``UniqueName``; string; required.
        description (str): ``Description``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RateLimit

    Twilio docs: https://www.twilio.com/docs/verify
    """
    list = _LIST.list_method(
        ListArgs,
        """List RateLimit resources, every page up to ``limit`` items: ``GET /v2/Services/{ServiceSid}/RateLimits``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[RateLimit]

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """List RateLimit resources, every page up to ``limit`` items: ``GET /v2/Services/{ServiceSid}/RateLimits``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[RateLimit]

    Twilio docs: https://www.twilio.com/docs/verify
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream RateLimit resources, one page in memory at a time: ``GET /v2/Services/{ServiceSid}/RateLimits``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of RateLimit.

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Stream RateLimit resources, one page in memory at a time: ``GET /v2/Services/{ServiceSid}/RateLimits``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of RateLimit.

    Twilio docs: https://www.twilio.com/docs/verify
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of RateLimit resources (``next_page()`` moves on): ``GET /v2/Services/{ServiceSid}/RateLimits``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[RateLimit]

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """One page of RateLimit resources (``next_page()`` moves on): ``GET /v2/Services/{ServiceSid}/RateLimits``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[RateLimit]

    Twilio docs: https://www.twilio.com/docs/verify
    """
