# Generated from specs/content_v1.yaml by `make codegen`; do not edit.
"""ApprovalCreate resources (``contents.approval_create``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import JSON, Args, ListResource, Models, Operation, P

if TYPE_CHECKING:
    from .types.contents_approval_create import ApprovalCreate

_TYPES = Models(__package__, ".types.contents_approval_create")
_MODEL = _TYPES("ApprovalCreate")
_LIST_PATH = "/v1/Content/{0}/ApprovalRequests/whatsapp"
_CREATE: Operation[ApprovalCreate] = Operation(
    "approval_create.create", "POST", _LIST_PATH, body="json", model=_MODEL
).with_params(
    P("name", "name", JSON, "string", required=True),
    P("category", "category", JSON, "string", required=True),
)


class ApprovalCreateCreateArgs(Args):
    name: str
    category: str


class ApprovalCreateList(ListResource):
    """ApprovalCreate collection: ``/v1/Content/{ContentSid}/ApprovalRequests/whatsapp``."""

    __slots__ = ()
    create = _CREATE.call_method(
        ApprovalCreateCreateArgs,
        """Create a ApprovalCreate: ``POST /v1/Content/{ContentSid}/ApprovalRequests/whatsapp``.

    Parameters are sent in the JSON body unless noted.

    Args:
        name (str): ``name``; string; required.
        category (str): ``category``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ApprovalCreate

    Twilio docs: https://www.twilio.com/docs/content
    """,
    )
    """Create a ApprovalCreate: ``POST /v1/Content/{ContentSid}/ApprovalRequests/whatsapp``.

    Parameters are sent in the JSON body unless noted.

    Args:
        name (str): ``name``; string; required.
        category (str): ``category``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ApprovalCreate

    Twilio docs: https://www.twilio.com/docs/content
    """
