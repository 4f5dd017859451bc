# Generated from specs/numbers_v2.yaml by `make codegen`; do not edit.
"""Evaluation resources (``regulatory_compliance.bundles.evaluations``)."""

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
    from .types.regulatory_compliance_bundles_evaluations import Evaluation

_TYPES = Models(__package__, ".types.regulatory_compliance_bundles_evaluations")
_MODEL = _TYPES("Evaluation")
_LIST_PATH = "/v2/RegulatoryCompliance/Bundles/{0}/Evaluations"
_INSTANCE_PATH = "/v2/RegulatoryCompliance/Bundles/{0}/Evaluations/{1}"
_CREATE: Operation[Evaluation] = Operation(
    "evaluations.create", "POST", _LIST_PATH, body="form", model=_MODEL
)
_LIST: Operation[Evaluation] = Operation(
    "evaluations.list", "GET", _LIST_PATH, body="none", list_key="results", model=_MODEL
)
_FETCH: Operation[Evaluation] = Operation(
    "evaluations.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class EvaluationContext(InstanceContext):
    """One Evaluation: ``/v2/RegulatoryCompliance/Bundles/{BundleSid}/Evaluations/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Evaluation: ``GET /v2/RegulatoryCompliance/Bundles/{BundleSid}/Evaluations/{Sid}``."""


class EvaluationList(KeyedList[EvaluationContext]):
    """Evaluation collection: ``/v2/RegulatoryCompliance/Bundles/{BundleSid}/Evaluations``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^EL[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(Args)
    """Create a Evaluation: ``POST /v2/RegulatoryCompliance/Bundles/{BundleSid}/Evaluations``."""
    list = _LIST.list_method(ListArgs)
    """List Evaluation resources: ``GET /v2/RegulatoryCompliance/Bundles/{BundleSid}/Evaluations``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream Evaluation resources: ``GET /v2/RegulatoryCompliance/Bundles/{BundleSid}/Evaluations``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of Evaluation resources: ``GET /v2/RegulatoryCompliance/Bundles/{BundleSid}/Evaluations``; ``next_page()`` moves on."""
