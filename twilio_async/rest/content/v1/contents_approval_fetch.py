# Generated from specs/content_v1.yaml by `make codegen`; do not edit.
"""ApprovalFetch resources (``contents.approval_fetch``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Args, InstanceContext, Models, Operation, SingletonList

if TYPE_CHECKING:
    from .types.contents_approval_fetch import ApprovalFetch

_TYPES = Models(__package__, ".types.contents_approval_fetch")
_MODEL = _TYPES("ApprovalFetch")
_INSTANCE_PATH = "/v1/Content/{0}/ApprovalRequests"
_FETCH: Operation[ApprovalFetch] = Operation(
    "approval_fetch.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class ApprovalFetchContext(InstanceContext):
    """One ApprovalFetch: ``/v1/Content/{Sid}/ApprovalRequests``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this ApprovalFetch: ``GET /v1/Content/{Sid}/ApprovalRequests``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ApprovalFetch

    Twilio docs: https://www.twilio.com/docs/content
    """,
    )
    """Fetch this ApprovalFetch: ``GET /v1/Content/{Sid}/ApprovalRequests``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ApprovalFetch

    Twilio docs: https://www.twilio.com/docs/content
    """


class ApprovalFetchList(SingletonList[ApprovalFetchContext]):
    """ApprovalFetch collection."""

    __slots__ = ()
