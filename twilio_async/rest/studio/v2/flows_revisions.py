# Generated from specs/studio_v2.yaml by `make codegen`; do not edit.
"""FlowRevision resources (``flows.revisions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    PageArgs,
)

if TYPE_CHECKING:
    from .types.flows_revisions import FlowRevision

_TYPES = Models(__package__, ".types.flows_revisions")
_MODEL = _TYPES("FlowRevision")
_LIST_PATH = "/v2/Flows/{0}/Revisions"
_INSTANCE_PATH = "/v2/Flows/{0}/Revisions/{1}"
_LIST: Operation[FlowRevision] = Operation(
    "revisions.list", "GET", _LIST_PATH, body="none", list_key="revisions", model=_MODEL
)
_FETCH: Operation[FlowRevision] = Operation(
    "revisions.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class FlowRevisionContext(InstanceContext):
    """One FlowRevision: ``/v2/Flows/{Sid}/Revisions/{Revision}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this FlowRevision: ``GET /v2/Flows/{Sid}/Revisions/{Revision}``.

    The instance is addressed by ``{Revision}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        FlowRevision

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """Fetch this FlowRevision: ``GET /v2/Flows/{Sid}/Revisions/{Revision}``.

    The instance is addressed by ``{Revision}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        FlowRevision

    Twilio docs: https://www.twilio.com/docs/studio
    """


class FlowRevisionList(KeyedList[FlowRevisionContext]):
    """FlowRevision collection: ``/v2/Flows/{Sid}/Revisions``."""

    __slots__ = ()
    _key = ("Revision", "revision", None)
    list = _LIST.list_method(
        ListArgs,
        """List FlowRevision resources, every page up to ``limit`` items: ``GET /v2/Flows/{Sid}/Revisions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[FlowRevision]

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """List FlowRevision resources, every page up to ``limit`` items: ``GET /v2/Flows/{Sid}/Revisions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[FlowRevision]

    Twilio docs: https://www.twilio.com/docs/studio
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream FlowRevision resources, one page in memory at a time: ``GET /v2/Flows/{Sid}/Revisions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of FlowRevision.

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """Stream FlowRevision resources, one page in memory at a time: ``GET /v2/Flows/{Sid}/Revisions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of FlowRevision.

    Twilio docs: https://www.twilio.com/docs/studio
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of FlowRevision resources (``next_page()`` moves on): ``GET /v2/Flows/{Sid}/Revisions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[FlowRevision]

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """One page of FlowRevision resources (``next_page()`` moves on): ``GET /v2/Flows/{Sid}/Revisions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[FlowRevision]

    Twilio docs: https://www.twilio.com/docs/studio
    """
