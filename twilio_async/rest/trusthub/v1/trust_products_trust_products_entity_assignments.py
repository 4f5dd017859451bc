# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""TrustProductsEntityAssignments resources (``trust_products.trust_products_entity_assignments``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    QUERY,
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
    from .types.trust_products_trust_products_entity_assignments import (
        TrustProductsEntityAssignments,
    )

_TYPES = Models(__package__, ".types.trust_products_trust_products_entity_assignments")
_MODEL = _TYPES("TrustProductsEntityAssignments")
_LIST_PATH = "/v1/TrustProducts/{0}/EntityAssignments"
_INSTANCE_PATH = "/v1/TrustProducts/{0}/EntityAssignments/{1}"
_CREATE: Operation[TrustProductsEntityAssignments] = Operation(
    "trust_products_entity_assignments.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("object_sid", "ObjectSid", FORM, "string", required=True))
_LIST: Operation[TrustProductsEntityAssignments] = Operation(
    "trust_products_entity_assignments.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="results",
    model=_MODEL,
).with_params(P("object_type", "ObjectType", QUERY, "string"))
_FETCH: Operation[TrustProductsEntityAssignments] = Operation(
    "trust_products_entity_assignments.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation(
    "trust_products_entity_assignments.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class TrustProductsEntityAssignmentsCreateArgs(Args):
    object_sid: str


class TrustProductsEntityAssignmentsFilters(Args):
    object_type: str | NotGiven = NOT_GIVEN


class TrustProductsEntityAssignmentsListArgs(TrustProductsEntityAssignmentsFilters, ListArgs): ...


class TrustProductsEntityAssignmentsPageArgs(TrustProductsEntityAssignmentsFilters, PageArgs): ...


class TrustProductsEntityAssignmentsContext(InstanceContext):
    """One TrustProductsEntityAssignments: ``/v1/TrustProducts/{TrustProductSid}/EntityAssignments/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this TrustProductsEntityAssignments: ``GET /v1/TrustProducts/{TrustProductSid}/EntityAssignments/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this TrustProductsEntityAssignments: ``DELETE /v1/TrustProducts/{TrustProductSid}/EntityAssignments/{Sid}``; returns True."""


class TrustProductsEntityAssignmentsList(KeyedList[TrustProductsEntityAssignmentsContext]):
    """TrustProductsEntityAssignments collection: ``/v1/TrustProducts/{TrustProductSid}/EntityAssignments``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^BV[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(TrustProductsEntityAssignmentsCreateArgs)
    """Create a TrustProductsEntityAssignments: ``POST /v1/TrustProducts/{TrustProductSid}/EntityAssignments``."""
    list = _LIST.list_method(TrustProductsEntityAssignmentsListArgs)
    """List TrustProductsEntityAssignments resources: ``GET /v1/TrustProducts/{TrustProductSid}/EntityAssignments``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(TrustProductsEntityAssignmentsListArgs)
    """Stream TrustProductsEntityAssignments resources: ``GET /v1/TrustProducts/{TrustProductSid}/EntityAssignments``; one page in memory at a time."""
    page = _LIST.page_method(TrustProductsEntityAssignmentsPageArgs)
    """One page of TrustProductsEntityAssignments resources: ``GET /v1/TrustProducts/{TrustProductSid}/EntityAssignments``; ``next_page()`` moves on."""
