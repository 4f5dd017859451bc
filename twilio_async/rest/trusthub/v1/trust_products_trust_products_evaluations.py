# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""TrustProductsEvaluations resources (``trust_products.trust_products_evaluations``)."""

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
    from .types.trust_products_trust_products_evaluations import TrustProductsEvaluations

_TYPES = Models(__package__, ".types.trust_products_trust_products_evaluations")
_MODEL = _TYPES("TrustProductsEvaluations")
_LIST_PATH = "/v1/TrustProducts/{0}/Evaluations"
_INSTANCE_PATH = "/v1/TrustProducts/{0}/Evaluations/{1}"
_CREATE: Operation[TrustProductsEvaluations] = Operation(
    "trust_products_evaluations.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("policy_sid", "PolicySid", FORM, "string", required=True))
_LIST: Operation[TrustProductsEvaluations] = Operation(
    "trust_products_evaluations.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="results",
    model=_MODEL,
)
_FETCH: Operation[TrustProductsEvaluations] = Operation(
    "trust_products_evaluations.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class TrustProductsEvaluationsCreateArgs(Args):
    policy_sid: str


class TrustProductsEvaluationsContext(InstanceContext):
    """One TrustProductsEvaluations: ``/v1/TrustProducts/{TrustProductSid}/Evaluations/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this TrustProductsEvaluations: ``GET /v1/TrustProducts/{TrustProductSid}/Evaluations/{Sid}``."""


class TrustProductsEvaluationsList(KeyedList[TrustProductsEvaluationsContext]):
    """TrustProductsEvaluations collection: ``/v1/TrustProducts/{TrustProductSid}/Evaluations``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^EL[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(TrustProductsEvaluationsCreateArgs)
    """Create a TrustProductsEvaluations: ``POST /v1/TrustProducts/{TrustProductSid}/Evaluations``."""
    list = _LIST.list_method(ListArgs)
    """List TrustProductsEvaluations resources: ``GET /v1/TrustProducts/{TrustProductSid}/Evaluations``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream TrustProductsEvaluations resources: ``GET /v1/TrustProducts/{TrustProductSid}/Evaluations``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of TrustProductsEvaluations resources: ``GET /v1/TrustProducts/{TrustProductSid}/Evaluations``; ``next_page()`` moves on."""
