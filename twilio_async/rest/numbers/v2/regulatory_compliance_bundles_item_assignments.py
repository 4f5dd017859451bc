# Generated from specs/numbers_v2.yaml by `make codegen`; do not edit.
"""ItemAssignment resources (``regulatory_compliance.bundles.item_assignments``)."""

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
    from .types.regulatory_compliance_bundles_item_assignments import ItemAssignment

_TYPES = Models(__package__, ".types.regulatory_compliance_bundles_item_assignments")
_MODEL = _TYPES("ItemAssignment")
_LIST_PATH = "/v2/RegulatoryCompliance/Bundles/{0}/ItemAssignments"
_INSTANCE_PATH = "/v2/RegulatoryCompliance/Bundles/{0}/ItemAssignments/{1}"
_CREATE: Operation[ItemAssignment] = Operation(
    "item_assignments.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("object_sid", "ObjectSid", FORM, "string", required=True))
_LIST: Operation[ItemAssignment] = Operation(
    "item_assignments.list", "GET", _LIST_PATH, body="none", list_key="results", model=_MODEL
)
_FETCH: Operation[ItemAssignment] = Operation(
    "item_assignments.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation(
    "item_assignments.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class ItemAssignmentCreateArgs(Args):
    object_sid: str


class ItemAssignmentContext(InstanceContext):
    """One ItemAssignment: ``/v2/RegulatoryCompliance/Bundles/{BundleSid}/ItemAssignments/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this ItemAssignment: ``GET /v2/RegulatoryCompliance/Bundles/{BundleSid}/ItemAssignments/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^BV[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ItemAssignment

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Fetch this ItemAssignment: ``GET /v2/RegulatoryCompliance/Bundles/{BundleSid}/ItemAssignments/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^BV[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ItemAssignment

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this ItemAssignment: ``DELETE /v2/RegulatoryCompliance/Bundles/{BundleSid}/ItemAssignments/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^BV[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Delete this ItemAssignment: ``DELETE /v2/RegulatoryCompliance/Bundles/{BundleSid}/ItemAssignments/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^BV[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """


class ItemAssignmentList(KeyedList[ItemAssignmentContext]):
    """ItemAssignment collection: ``/v2/RegulatoryCompliance/Bundles/{BundleSid}/ItemAssignments``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^BV[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        ItemAssignmentCreateArgs,
        """Create a ItemAssignment: ``POST /v2/RegulatoryCompliance/Bundles/{BundleSid}/ItemAssignments``.

    Parameters are sent in the form body unless noted.

    Args:
        object_sid (str): ``ObjectSid``; string; matching ``^[a-zA-Z]{2}[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ItemAssignment

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Create a ItemAssignment: ``POST /v2/RegulatoryCompliance/Bundles/{BundleSid}/ItemAssignments``.

    Parameters are sent in the form body unless noted.

    Args:
        object_sid (str): ``ObjectSid``; string; matching ``^[a-zA-Z]{2}[0-9a-fA-F]{32}$``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ItemAssignment

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    list = _LIST.list_method(
        ListArgs,
        """List ItemAssignment resources, every page up to ``limit`` items: ``GET /v2/RegulatoryCompliance/Bundles/{BundleSid}/ItemAssignments``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ItemAssignment]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """List ItemAssignment resources, every page up to ``limit`` items: ``GET /v2/RegulatoryCompliance/Bundles/{BundleSid}/ItemAssignments``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[ItemAssignment]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream ItemAssignment resources, one page in memory at a time: ``GET /v2/RegulatoryCompliance/Bundles/{BundleSid}/ItemAssignments``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ItemAssignment.

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Stream ItemAssignment resources, one page in memory at a time: ``GET /v2/RegulatoryCompliance/Bundles/{BundleSid}/ItemAssignments``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of ItemAssignment.

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of ItemAssignment resources (``next_page()`` moves on): ``GET /v2/RegulatoryCompliance/Bundles/{BundleSid}/ItemAssignments``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ItemAssignment]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """One page of ItemAssignment resources (``next_page()`` moves on): ``GET /v2/RegulatoryCompliance/Bundles/{BundleSid}/ItemAssignments``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[ItemAssignment]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
