# Generated from specs/numbers_v2.yaml by `make codegen`; do not edit.
"""Bundle resources (``regulatory_compliance.bundles``)."""

from __future__ import annotations

from datetime import date, datetime
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
    from .enums import BundleEndUserType, BundleSortBy, BundleSortDirection, BundleStatus
    from .regulatory_compliance_bundles_bundle_copies import BundleCopyList
    from .regulatory_compliance_bundles_evaluations import EvaluationList
    from .regulatory_compliance_bundles_item_assignments import ItemAssignmentList
    from .regulatory_compliance_bundles_replace_items import ReplaceItemsList
    from .types.regulatory_compliance_bundles import Bundle

_TYPES = Models(__package__, ".types.regulatory_compliance_bundles")
_MODEL = _TYPES("Bundle")
_LIST_PATH = "/v2/RegulatoryCompliance/Bundles"
_INSTANCE_PATH = "/v2/RegulatoryCompliance/Bundles/{0}"
_CREATE: Operation[Bundle] = Operation(
    "bundles.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string", required=True),
    P("email", "Email", FORM, "string", required=True),
    P("status_callback", "StatusCallback", FORM, "string"),
    P("regulation_sid", "RegulationSid", FORM, "string"),
    P("iso_country", "IsoCountry", FORM, "string"),
    P("end_user_type", "EndUserType", FORM, "string"),
    P("number_type", "NumberType", FORM, "string"),
    P("is_test", "IsTest", FORM, "boolean"),
)
_LIST: Operation[Bundle] = Operation(
    "bundles.list", "GET", _LIST_PATH, body="none", list_key="results", model=_MODEL
).with_params(
    P("status", "Status", QUERY, "string"),
    P("bundle_sids", "BundleSids", QUERY, "string"),
    P("friendly_name", "FriendlyName", QUERY, "string"),
    P("regulation_sid", "RegulationSid", QUERY, "string"),
    P("iso_country", "IsoCountry", QUERY, "string"),
    P("number_type", "NumberType", QUERY, "string"),
    P("end_user_type", "EndUserType", QUERY, "string"),
    P("has_valid_until_date", "HasValidUntilDate", QUERY, "boolean"),
    P("sort_by", "SortBy", QUERY, "string"),
    P("sort_direction", "SortDirection", QUERY, "string"),
    P("valid_until_date", "ValidUntilDate", QUERY, "datetime"),
    P("valid_until_date_before", "ValidUntilDate<", QUERY, "datetime"),
    P("valid_until_date_after", "ValidUntilDate>", QUERY, "datetime"),
)
_FETCH: Operation[Bundle] = Operation(
    "bundles.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Bundle] = Operation(
    "bundles.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("status", "Status", FORM, "string"),
    P("status_callback", "StatusCallback", FORM, "string"),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("email", "Email", FORM, "string"),
)
_DELETE: Operation[None] = Operation("bundles.delete", "DELETE", _INSTANCE_PATH, body="none")


class BundleCreateArgs(Args):
    friendly_name: str
    email: str
    status_callback: str | NotGiven = NOT_GIVEN
    regulation_sid: str | NotGiven = NOT_GIVEN
    iso_country: str | NotGiven = NOT_GIVEN
    end_user_type: BundleEndUserType | str | NotGiven = NOT_GIVEN
    number_type: str | NotGiven = NOT_GIVEN
    is_test: bool | NotGiven = NOT_GIVEN


class BundleFilters(Args):
    status: BundleStatus | str | NotGiven = NOT_GIVEN
    bundle_sids: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    regulation_sid: str | NotGiven = NOT_GIVEN
    iso_country: str | NotGiven = NOT_GIVEN
    number_type: str | NotGiven = NOT_GIVEN
    end_user_type: str | NotGiven = NOT_GIVEN
    has_valid_until_date: bool | NotGiven = NOT_GIVEN
    sort_by: BundleSortBy | str | NotGiven = NOT_GIVEN
    sort_direction: BundleSortDirection | str | NotGiven = NOT_GIVEN
    valid_until_date: datetime | date | str | NotGiven = NOT_GIVEN
    valid_until_date_before: datetime | date | str | NotGiven = NOT_GIVEN
    valid_until_date_after: datetime | date | str | NotGiven = NOT_GIVEN


class BundleListArgs(BundleFilters, ListArgs): ...


class BundlePageArgs(BundleFilters, PageArgs): ...


class BundleUpdateArgs(Args):
    status: BundleStatus | str | NotGiven = NOT_GIVEN
    status_callback: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    email: str | NotGiven = NOT_GIVEN


class BundleContext(InstanceContext):
    """One Bundle: ``/v2/RegulatoryCompliance/Bundles/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Bundle: ``GET /v2/RegulatoryCompliance/Bundles/{Sid}``."""
    update = _UPDATE.call_method(BundleUpdateArgs)
    """Update this Bundle: ``POST /v2/RegulatoryCompliance/Bundles/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this Bundle: ``DELETE /v2/RegulatoryCompliance/Bundles/{Sid}``; returns True."""
    bundle_copies: Child[BundleCopyList] = Child(
        ".regulatory_compliance_bundles_bundle_copies", "BundleCopyList"
    )
    evaluations: Child[EvaluationList] = Child(
        ".regulatory_compliance_bundles_evaluations", "EvaluationList"
    )
    item_assignments: Child[ItemAssignmentList] = Child(
        ".regulatory_compliance_bundles_item_assignments", "ItemAssignmentList"
    )
    replace_items: Child[ReplaceItemsList] = Child(
        ".regulatory_compliance_bundles_replace_items", "ReplaceItemsList"
    )


class BundleList(KeyedList[BundleContext]):
    """Bundle collection: ``/v2/RegulatoryCompliance/Bundles``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^BU[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(BundleCreateArgs)
    """Create a Bundle: ``POST /v2/RegulatoryCompliance/Bundles``."""
    list = _LIST.list_method(BundleListArgs)
    """List Bundle resources: ``GET /v2/RegulatoryCompliance/Bundles``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(BundleListArgs)
    """Stream Bundle resources: ``GET /v2/RegulatoryCompliance/Bundles``; one page in memory at a time."""
    page = _LIST.page_method(BundlePageArgs)
    """One page of Bundle resources: ``GET /v2/RegulatoryCompliance/Bundles``; ``next_page()`` moves on."""
