# Generated from specs/insights_v1.yaml by `make codegen`; do not edit.
"""CallSummaries resources (``call_summaries``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    QUERY,
    Args,
    ListArgs,
    ListResource,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import (
        CallSummariesAnsweredBy,
        CallSummariesProcessingStateRequest,
        CallSummariesSortBy,
    )
    from .types.call_summaries import CallSummaries

_TYPES = Models(__package__, ".types.call_summaries")
_MODEL = _TYPES("CallSummaries")
_LIST_PATH = "/v1/Voice/Summaries"
_LIST: Operation[CallSummaries] = Operation(
    "call_summaries.list", "GET", _LIST_PATH, body="none", list_key="call_summaries", model=_MODEL
).with_params(
    P("from_", "From", QUERY, "string"),
    P("to", "To", QUERY, "string"),
    P("from_carrier", "FromCarrier", QUERY, "string"),
    P("to_carrier", "ToCarrier", QUERY, "string"),
    P("from_country_code", "FromCountryCode", QUERY, "string"),
    P("to_country_code", "ToCountryCode", QUERY, "string"),
    P("verified_caller", "VerifiedCaller", QUERY, "boolean"),
    P("has_tag", "HasTag", QUERY, "boolean"),
    P("start_time", "StartTime", QUERY, "string"),
    P("end_time", "EndTime", QUERY, "string"),
    P("call_type", "CallType", QUERY, "string"),
    P("call_state", "CallState", QUERY, "string"),
    P("direction", "Direction", QUERY, "string"),
    P("processing_state", "ProcessingState", QUERY, "string"),
    P("sort_by", "SortBy", QUERY, "string"),
    P("subaccount", "Subaccount", QUERY, "string"),
    P("abnormal_session", "AbnormalSession", QUERY, "boolean"),
    P("answered_by", "AnsweredBy", QUERY, "string"),
    P("answered_by_annotation", "AnsweredByAnnotation", QUERY, "string"),
    P("connectivity_issue_annotation", "ConnectivityIssueAnnotation", QUERY, "string"),
    P("quality_issue_annotation", "QualityIssueAnnotation", QUERY, "string"),
    P("spam_annotation", "SpamAnnotation", QUERY, "boolean"),
    P("call_score_annotation", "CallScoreAnnotation", QUERY, "string"),
    P("branded_enabled", "BrandedEnabled", QUERY, "boolean"),
    P("voice_integrity_enabled", "VoiceIntegrityEnabled", QUERY, "boolean"),
    P("branded_bundle_sid", "BrandedBundleSid", QUERY, "string"),
    P("branded_logo", "BrandedLogo", QUERY, "boolean"),
    P("branded_type", "BrandedType", QUERY, "string"),
    P("branded_use_case", "BrandedUseCase", QUERY, "string"),
    P("branded_call_reason", "BrandedCallReason", QUERY, "string"),
    P("voice_integrity_bundle_sid", "VoiceIntegrityBundleSid", QUERY, "string"),
    P("voice_integrity_use_case", "VoiceIntegrityUseCase", QUERY, "string"),
    P("business_profile_identity", "BusinessProfileIdentity", QUERY, "string"),
    P("business_profile_industry", "BusinessProfileIndustry", QUERY, "string"),
    P("business_profile_bundle_sid", "BusinessProfileBundleSid", QUERY, "string"),
    P("business_profile_type", "BusinessProfileType", QUERY, "string"),
)


class CallSummariesFilters(Args):
    from_: str | NotGiven = NOT_GIVEN
    to: str | NotGiven = NOT_GIVEN
    from_carrier: str | NotGiven = NOT_GIVEN
    to_carrier: str | NotGiven = NOT_GIVEN
    from_country_code: str | NotGiven = NOT_GIVEN
    to_country_code: str | NotGiven = NOT_GIVEN
    verified_caller: bool | NotGiven = NOT_GIVEN
    has_tag: bool | NotGiven = NOT_GIVEN
    start_time: str | NotGiven = NOT_GIVEN
    end_time: str | NotGiven = NOT_GIVEN
    call_type: str | NotGiven = NOT_GIVEN
    call_state: str | NotGiven = NOT_GIVEN
    direction: str | NotGiven = NOT_GIVEN
    processing_state: CallSummariesProcessingStateRequest | str | NotGiven = NOT_GIVEN
    sort_by: CallSummariesSortBy | str | NotGiven = NOT_GIVEN
    subaccount: str | NotGiven = NOT_GIVEN
    abnormal_session: bool | NotGiven = NOT_GIVEN
    answered_by: CallSummariesAnsweredBy | str | NotGiven = NOT_GIVEN
    answered_by_annotation: str | NotGiven = NOT_GIVEN
    connectivity_issue_annotation: str | NotGiven = NOT_GIVEN
    quality_issue_annotation: str | NotGiven = NOT_GIVEN
    spam_annotation: bool | NotGiven = NOT_GIVEN
    call_score_annotation: str | NotGiven = NOT_GIVEN
    branded_enabled: bool | NotGiven = NOT_GIVEN
    voice_integrity_enabled: bool | NotGiven = NOT_GIVEN
    branded_bundle_sid: str | NotGiven = NOT_GIVEN
    branded_logo: bool | NotGiven = NOT_GIVEN
    branded_type: str | NotGiven = NOT_GIVEN
    branded_use_case: str | NotGiven = NOT_GIVEN
    branded_call_reason: str | NotGiven = NOT_GIVEN
    voice_integrity_bundle_sid: str | NotGiven = NOT_GIVEN
    voice_integrity_use_case: str | NotGiven = NOT_GIVEN
    business_profile_identity: str | NotGiven = NOT_GIVEN
    business_profile_industry: str | NotGiven = NOT_GIVEN
    business_profile_bundle_sid: str | NotGiven = NOT_GIVEN
    business_profile_type: str | NotGiven = NOT_GIVEN


class CallSummariesListArgs(CallSummariesFilters, ListArgs): ...


class CallSummariesPageArgs(CallSummariesFilters, PageArgs): ...


class CallSummariesList(ListResource):
    """CallSummaries collection: ``/v1/Voice/Summaries``."""

    __slots__ = ()
    list = _LIST.list_method(CallSummariesListArgs)
    """List CallSummaries resources: ``GET /v1/Voice/Summaries``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(CallSummariesListArgs)
    """Stream CallSummaries resources: ``GET /v1/Voice/Summaries``; one page in memory at a time."""
    page = _LIST.page_method(CallSummariesPageArgs)
    """One page of CallSummaries resources: ``GET /v1/Voice/Summaries``; ``next_page()`` moves on."""
