# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""CustomerProfilesEvaluations resources (``customer_profiles.customer_profiles_evaluations``)."""

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
    from .types.customer_profiles_customer_profiles_evaluations import CustomerProfilesEvaluations

_TYPES = Models(__package__, ".types.customer_profiles_customer_profiles_evaluations")
_MODEL = _TYPES("CustomerProfilesEvaluations")
_LIST_PATH = "/v1/CustomerProfiles/{0}/Evaluations"
_INSTANCE_PATH = "/v1/CustomerProfiles/{0}/Evaluations/{1}"
_CREATE: Operation[CustomerProfilesEvaluations] = Operation(
    "customer_profiles_evaluations.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("policy_sid", "PolicySid", FORM, "string", required=True))
_LIST: Operation[CustomerProfilesEvaluations] = Operation(
    "customer_profiles_evaluations.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="results",
    model=_MODEL,
)
_FETCH: Operation[CustomerProfilesEvaluations] = Operation(
    "customer_profiles_evaluations.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class CustomerProfilesEvaluationsCreateArgs(Args):
    policy_sid: str


class CustomerProfilesEvaluationsContext(InstanceContext):
    """One CustomerProfilesEvaluations: ``/v1/CustomerProfiles/{CustomerProfileSid}/Evaluations/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this CustomerProfilesEvaluations: ``GET /v1/CustomerProfiles/{CustomerProfileSid}/Evaluations/{Sid}``."""


class CustomerProfilesEvaluationsList(KeyedList[CustomerProfilesEvaluationsContext]):
    """CustomerProfilesEvaluations collection: ``/v1/CustomerProfiles/{CustomerProfileSid}/Evaluations``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^EL[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(CustomerProfilesEvaluationsCreateArgs)
    """Create a CustomerProfilesEvaluations: ``POST /v1/CustomerProfiles/{CustomerProfileSid}/Evaluations``."""
    list = _LIST.list_method(ListArgs)
    """List CustomerProfilesEvaluations resources: ``GET /v1/CustomerProfiles/{CustomerProfileSid}/Evaluations``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream CustomerProfilesEvaluations resources: ``GET /v1/CustomerProfiles/{CustomerProfileSid}/Evaluations``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of CustomerProfilesEvaluations resources: ``GET /v1/CustomerProfiles/{CustomerProfileSid}/Evaluations``; ``next_page()`` moves on."""
