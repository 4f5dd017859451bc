# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""ComplianceInquiries resources (``compliance_inquiries``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, InstanceContext, KeyedList, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.compliance_inquiries import ComplianceInquiries

_TYPES = Models(__package__, ".types.compliance_inquiries")
_MODEL = _TYPES("ComplianceInquiries")
_LIST_PATH = "/v1/ComplianceInquiries/Customers/Initialize"
_INSTANCE_PATH = "/v1/ComplianceInquiries/Customers/{0}/Initialize"
_CREATE: Operation[ComplianceInquiries] = Operation(
    "compliance_inquiries.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("notification_email", "NotificationEmail", FORM, "string"),
    P("theme_set_id", "ThemeSetId", FORM, "string"),
    P("primary_profile_sid", "PrimaryProfileSid", FORM, "string"),
)
_UPDATE: Operation[ComplianceInquiries] = Operation(
    "compliance_inquiries.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("primary_profile_sid", "PrimaryProfileSid", FORM, "string", required=True),
    P("theme_set_id", "ThemeSetId", FORM, "string"),
)


class ComplianceInquiriesCreateArgs(Args):
    notification_email: str | NotGiven = NOT_GIVEN
    theme_set_id: str | NotGiven = NOT_GIVEN
    primary_profile_sid: str | NotGiven = NOT_GIVEN


class ComplianceInquiriesUpdateArgs(Args):
    primary_profile_sid: str
    theme_set_id: str | NotGiven = NOT_GIVEN


class ComplianceInquiriesContext(InstanceContext):
    """One ComplianceInquiries: ``/v1/ComplianceInquiries/Customers/{CustomerId}/Initialize``."""

    __slots__ = ()
    update = _UPDATE.call_method(ComplianceInquiriesUpdateArgs)
    """Update this ComplianceInquiries: ``POST /v1/ComplianceInquiries/Customers/{CustomerId}/Initialize``."""


class ComplianceInquiriesList(KeyedList[ComplianceInquiriesContext]):
    """ComplianceInquiries collection: ``/v1/ComplianceInquiries/Customers/Initialize``."""

    __slots__ = ()
    _key = ("CustomerId", "customer_id", None)
    create = _CREATE.call_method(ComplianceInquiriesCreateArgs)
    """Create a ComplianceInquiries: ``POST /v1/ComplianceInquiries/Customers/Initialize``."""
