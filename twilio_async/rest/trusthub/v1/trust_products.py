# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""TrustProducts resources (``trust_products``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
    from .enums import TrustProductStatus
    from .trust_products_trust_products_channel_endpoint_assignment import (
        TrustProductChannelEndpointAssignmentList,
    )
    from .trust_products_trust_products_entity_assignments import TrustProductsEntityAssignmentsList
    from .trust_products_trust_products_evaluations import TrustProductsEvaluationsList
    from .types.trust_products import TrustProducts

_TYPES = Models(__package__, ".types.trust_products")
_MODEL = _TYPES("TrustProducts")
_LIST_PATH = "/v1/TrustProducts"
_INSTANCE_PATH = "/v1/TrustProducts/{0}"
_CREATE: Operation[TrustProducts] = Operation(
    "trust_products.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string", required=True),
    P("email", "Email", FORM, "string", required=True),
    P("policy_sid", "PolicySid", FORM, "string", required=True),
    P("status_callback", "StatusCallback", FORM, "string"),
)
_LIST: Operation[TrustProducts] = Operation(
    "trust_products.list", "GET", _LIST_PATH, body="none", list_key="results", model=_MODEL
).with_params(
    P("status", "Status", QUERY, "string"),
    P("friendly_name", "FriendlyName", QUERY, "string"),
    P("policy_sid", "PolicySid", QUERY, "string"),
)
_FETCH: Operation[TrustProducts] = Operation(
    "trust_products.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[TrustProducts] = Operation(
    "trust_products.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("status", "Status", FORM, "string"),
    P("status_callback", "StatusCallback", FORM, "string"),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("email", "Email", FORM, "string"),
)
_DELETE: Operation[None] = Operation("trust_products.delete", "DELETE", _INSTANCE_PATH, body="none")


class TrustProductsCreateArgs(Args):
    friendly_name: str
    email: str
    policy_sid: str
    status_callback: str | NotGiven = NOT_GIVEN


class TrustProductsFilters(Args):
    status: TrustProductStatus | str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    policy_sid: str | NotGiven = NOT_GIVEN


class TrustProductsListArgs(TrustProductsFilters, ListArgs): ...


class TrustProductsPageArgs(TrustProductsFilters, PageArgs): ...


class TrustProductsUpdateArgs(Args):
    status: TrustProductStatus | str | NotGiven = NOT_GIVEN
    status_callback: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    email: str | NotGiven = NOT_GIVEN


class TrustProductsContext(InstanceContext):
    """One TrustProducts: ``/v1/TrustProducts/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this TrustProducts: ``GET /v1/TrustProducts/{Sid}``."""
    update = _UPDATE.call_method(TrustProductsUpdateArgs)
    """Update this TrustProducts: ``POST /v1/TrustProducts/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this TrustProducts: ``DELETE /v1/TrustProducts/{Sid}``; returns True."""
    trust_products_channel_endpoint_assignment: Child[TrustProductChannelEndpointAssignmentList] = (
        Child(
            ".trust_products_trust_products_channel_endpoint_assignment",
            "TrustProductChannelEndpointAssignmentList",
        )
    )
    trust_products_entity_assignments: Child[TrustProductsEntityAssignmentsList] = Child(
        ".trust_products_trust_products_entity_assignments", "TrustProductsEntityAssignmentsList"
    )
    trust_products_evaluations: Child[TrustProductsEvaluationsList] = Child(
        ".trust_products_trust_products_evaluations", "TrustProductsEvaluationsList"
    )


class TrustProductsList(KeyedList[TrustProductsContext]):
    """TrustProducts collection: ``/v1/TrustProducts``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^BU[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(TrustProductsCreateArgs)
    """Create a TrustProducts: ``POST /v1/TrustProducts``."""
    list = _LIST.list_method(TrustProductsListArgs)
    """List TrustProducts resources: ``GET /v1/TrustProducts``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(TrustProductsListArgs)
    """Stream TrustProducts resources: ``GET /v1/TrustProducts``; one page in memory at a time."""
    page = _LIST.page_method(TrustProductsPageArgs)
    """One page of TrustProducts resources: ``GET /v1/TrustProducts``; ``next_page()`` moves on."""
