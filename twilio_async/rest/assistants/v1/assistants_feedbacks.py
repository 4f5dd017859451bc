# Generated from specs/assistants_v1.yaml by `make codegen`; do not edit.
"""Feedback resources (``assistants.feedbacks``)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from twilio_async._resource import (
    JSON,
    Args,
    ListArgs,
    ListResource,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.assistants_feedbacks import Feedback

_TYPES = Models(__package__, ".types.assistants_feedbacks")
_MODEL = _TYPES("Feedback")
_LIST_PATH = "/v1/Assistants/{0}/Feedbacks"
_CREATE: Operation[Feedback] = Operation(
    "feedbacks.create", "POST", _LIST_PATH, body="json", model=_MODEL
).with_params(
    P("message_id", "message_id", JSON, "string"),
    P("score", "score", JSON, "number"),
    P("session_id", "session_id", JSON, "string", required=True),
    P("text", "text", JSON, "string"),
)
_LIST: Operation[Feedback] = Operation(
    "feedbacks.list", "GET", _LIST_PATH, body="none", list_key="feedbacks", model=_MODEL
)


class FeedbackCreateArgs(Args):
    message_id: str | NotGiven = NOT_GIVEN
    score: float | Decimal | NotGiven = NOT_GIVEN
    session_id: str
    text: str | NotGiven = NOT_GIVEN


class FeedbackList(ListResource):
    """Feedback collection: ``/v1/Assistants/{id}/Feedbacks``."""

    __slots__ = ()
    create = _CREATE.call_method(
        FeedbackCreateArgs,
        """Create a Feedback: ``POST /v1/Assistants/{id}/Feedbacks``.

    Parameters are sent in the JSON body unless noted.

    Args:
        message_id (str): ``message_id``; string; matching ``^aia_msg_.+$``; optional.
        score (float | Decimal): ``score``; number; optional.
        session_id (str): ``session_id``; string; required.
        text (str): ``text``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Feedback

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a Feedback: ``POST /v1/Assistants/{id}/Feedbacks``.

    Parameters are sent in the JSON body unless noted.

    Args:
        message_id (str): ``message_id``; string; matching ``^aia_msg_.+$``; optional.
        score (float | Decimal): ``score``; number; optional.
        session_id (str): ``session_id``; string; required.
        text (str): ``text``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Feedback

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    list = _LIST.list_method(
        ListArgs,
        """List Feedback resources, every page up to ``limit`` items: ``GET /v1/Assistants/{id}/Feedbacks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Feedback]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List Feedback resources, every page up to ``limit`` items: ``GET /v1/Assistants/{id}/Feedbacks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Feedback]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Feedback resources, one page in memory at a time: ``GET /v1/Assistants/{id}/Feedbacks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Feedback.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream Feedback resources, one page in memory at a time: ``GET /v1/Assistants/{id}/Feedbacks``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Feedback.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Feedback resources (``next_page()`` moves on): ``GET /v1/Assistants/{id}/Feedbacks``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Feedback]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of Feedback resources (``next_page()`` moves on): ``GET /v1/Assistants/{id}/Feedbacks``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Feedback]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
