# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""AlphaSender resources (``services.alpha_senders``)."""

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
    from .types.services_alpha_senders import AlphaSender

_TYPES = Models(__package__, ".types.services_alpha_senders")
_MODEL = _TYPES("AlphaSender")
_LIST_PATH = "/v1/Services/{0}/AlphaSenders"
_INSTANCE_PATH = "/v1/Services/{0}/AlphaSenders/{1}"
_CREATE: Operation[AlphaSender] = Operation(
    "alpha_senders.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("alpha_sender", "AlphaSender", FORM, "string", required=True))
_LIST: Operation[AlphaSender] = Operation(
    "alpha_senders.list", "GET", _LIST_PATH, body="none", list_key="alpha_senders", model=_MODEL
)
_FETCH: Operation[AlphaSender] = Operation(
    "alpha_senders.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation("alpha_senders.delete", "DELETE", _INSTANCE_PATH, body="none")


class AlphaSenderCreateArgs(Args):
    alpha_sender: str


class AlphaSenderContext(InstanceContext):
    """One AlphaSender: ``/v1/Services/{ServiceSid}/AlphaSenders/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this AlphaSender: ``GET /v1/Services/{ServiceSid}/AlphaSenders/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AlphaSender

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """Fetch this AlphaSender: ``GET /v1/Services/{ServiceSid}/AlphaSenders/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AlphaSender

    Twilio docs: https://www.twilio.com/docs/messaging
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this AlphaSender: ``DELETE /v1/Services/{ServiceSid}/AlphaSenders/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """Delete this AlphaSender: ``DELETE /v1/Services/{ServiceSid}/AlphaSenders/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/messaging
    """


class AlphaSenderList(KeyedList[AlphaSenderContext]):
    """AlphaSender collection: ``/v1/Services/{ServiceSid}/AlphaSenders``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(
        AlphaSenderCreateArgs,
        """Create a AlphaSender: ``POST /v1/Services/{ServiceSid}/AlphaSenders``.

    Parameters are sent in the form body unless noted.

    Args:
        alpha_sender (str): ``AlphaSender``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AlphaSender

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """Create a AlphaSender: ``POST /v1/Services/{ServiceSid}/AlphaSenders``.

    Parameters are sent in the form body unless noted.

    Args:
        alpha_sender (str): ``AlphaSender``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AlphaSender

    Twilio docs: https://www.twilio.com/docs/messaging
    """
    list = _LIST.list_method(
        ListArgs,
        """List AlphaSender resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/AlphaSenders``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[AlphaSender]

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """List AlphaSender resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/AlphaSenders``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[AlphaSender]

    Twilio docs: https://www.twilio.com/docs/messaging
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream AlphaSender resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/AlphaSenders``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of AlphaSender.

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """Stream AlphaSender resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/AlphaSenders``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of AlphaSender.

    Twilio docs: https://www.twilio.com/docs/messaging
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of AlphaSender resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/AlphaSenders``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[AlphaSender]

    Twilio docs: https://www.twilio.com/docs/messaging
    """,
    )
    """One page of AlphaSender resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/AlphaSenders``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[AlphaSender]

    Twilio docs: https://www.twilio.com/docs/messaging
    """
