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
    list = _LIST.list_method(
        CallSummariesListArgs,
        """List CallSummaries resources, every page up to ``limit`` items: ``GET /v1/Voice/Summaries``.

    Parameters are sent in the query string unless noted.

    Args:
        from_ (str): ``From``; string; optional.
        to (str): ``To``; string; optional.
        from_carrier (str): ``FromCarrier``; string; optional.
        to_carrier (str): ``ToCarrier``; string; optional.
        from_country_code (str): ``FromCountryCode``; string; optional.
        to_country_code (str): ``ToCountryCode``; string; optional.
        verified_caller (bool): ``VerifiedCaller``; boolean; optional.
        has_tag (bool): ``HasTag``; boolean; optional.
        start_time (str): ``StartTime``; string; optional.
        end_time (str): ``EndTime``; string; optional.
        call_type (str): ``CallType``; string; optional.
        call_state (str): ``CallState``; string; optional.
        direction (str): ``Direction``; string; optional.
        processing_state (CallSummariesProcessingStateRequest | str): ``ProcessingState``; enum:call_summaries_processing_state_request; one of ``completed``, ``started``, ``partial``, ``all``; optional.
        sort_by (CallSummariesSortBy | str): ``SortBy``; enum:call_summaries_sort_by; one of ``start_time``, ``end_time``; optional.
        subaccount (str): ``Subaccount``; string; matching ``^AC[0-9a-fA-F]{32}$``; optional.
        abnormal_session (bool): ``AbnormalSession``; boolean; optional.
        answered_by (CallSummariesAnsweredBy | str): ``AnsweredBy``; enum:call_summaries_answered_by; one of ``unknown``, ``machine_start``, ``machine_end_beep``, ``machine_end_silence``, ``machine_end_other``, ``human``, ``fax``; optional.
        answered_by_annotation (str): ``AnsweredByAnnotation``; string; optional.
        connectivity_issue_annotation (str): ``ConnectivityIssueAnnotation``; string; optional.
        quality_issue_annotation (str): ``QualityIssueAnnotation``; string; optional.
        spam_annotation (bool): ``SpamAnnotation``; boolean; optional.
        call_score_annotation (str): ``CallScoreAnnotation``; string; optional.
        branded_enabled (bool): ``BrandedEnabled``; boolean; optional.
        voice_integrity_enabled (bool): ``VoiceIntegrityEnabled``; boolean; optional.
        branded_bundle_sid (str): ``BrandedBundleSid``; string; optional.
        branded_logo (bool): ``BrandedLogo``; boolean; optional.
        branded_type (str): ``BrandedType``; string; optional.
        branded_use_case (str): ``BrandedUseCase``; string; optional.
        branded_call_reason (str): ``BrandedCallReason``; string; optional.
        voice_integrity_bundle_sid (str): ``VoiceIntegrityBundleSid``; string; optional.
        voice_integrity_use_case (str): ``VoiceIntegrityUseCase``; string; optional.
        business_profile_identity (str): ``BusinessProfileIdentity``; string; optional.
        business_profile_industry (str): ``BusinessProfileIndustry``; string; optional.
        business_profile_bundle_sid (str): ``BusinessProfileBundleSid``; string; optional.
        business_profile_type (str): ``BusinessProfileType``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[CallSummaries]

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """List CallSummaries resources, every page up to ``limit`` items: ``GET /v1/Voice/Summaries``.

    Parameters are sent in the query string unless noted.

    Args:
        from_ (str): ``From``; string; optional.
        to (str): ``To``; string; optional.
        from_carrier (str): ``FromCarrier``; string; optional.
        to_carrier (str): ``ToCarrier``; string; optional.
        from_country_code (str): ``FromCountryCode``; string; optional.
        to_country_code (str): ``ToCountryCode``; string; optional.
        verified_caller (bool): ``VerifiedCaller``; boolean; optional.
        has_tag (bool): ``HasTag``; boolean; optional.
        start_time (str): ``StartTime``; string; optional.
        end_time (str): ``EndTime``; string; optional.
        call_type (str): ``CallType``; string; optional.
        call_state (str): ``CallState``; string; optional.
        direction (str): ``Direction``; string; optional.
        processing_state (CallSummariesProcessingStateRequest | str): ``ProcessingState``; enum:call_summaries_processing_state_request; one of ``completed``, ``started``, ``partial``, ``all``; optional.
        sort_by (CallSummariesSortBy | str): ``SortBy``; enum:call_summaries_sort_by; one of ``start_time``, ``end_time``; optional.
        subaccount (str): ``Subaccount``; string; matching ``^AC[0-9a-fA-F]{32}$``; optional.
        abnormal_session (bool): ``AbnormalSession``; boolean; optional.
        answered_by (CallSummariesAnsweredBy | str): ``AnsweredBy``; enum:call_summaries_answered_by; one of ``unknown``, ``machine_start``, ``machine_end_beep``, ``machine_end_silence``, ``machine_end_other``, ``human``, ``fax``; optional.
        answered_by_annotation (str): ``AnsweredByAnnotation``; string; optional.
        connectivity_issue_annotation (str): ``ConnectivityIssueAnnotation``; string; optional.
        quality_issue_annotation (str): ``QualityIssueAnnotation``; string; optional.
        spam_annotation (bool): ``SpamAnnotation``; boolean; optional.
        call_score_annotation (str): ``CallScoreAnnotation``; string; optional.
        branded_enabled (bool): ``BrandedEnabled``; boolean; optional.
        voice_integrity_enabled (bool): ``VoiceIntegrityEnabled``; boolean; optional.
        branded_bundle_sid (str): ``BrandedBundleSid``; string; optional.
        branded_logo (bool): ``BrandedLogo``; boolean; optional.
        branded_type (str): ``BrandedType``; string; optional.
        branded_use_case (str): ``BrandedUseCase``; string; optional.
        branded_call_reason (str): ``BrandedCallReason``; string; optional.
        voice_integrity_bundle_sid (str): ``VoiceIntegrityBundleSid``; string; optional.
        voice_integrity_use_case (str): ``VoiceIntegrityUseCase``; string; optional.
        business_profile_identity (str): ``BusinessProfileIdentity``; string; optional.
        business_profile_industry (str): ``BusinessProfileIndustry``; string; optional.
        business_profile_bundle_sid (str): ``BusinessProfileBundleSid``; string; optional.
        business_profile_type (str): ``BusinessProfileType``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[CallSummaries]

    Twilio docs: https://www.twilio.com/docs/voice
    """
    stream = _LIST.stream_method(
        CallSummariesListArgs,
        """Stream CallSummaries resources, one page in memory at a time: ``GET /v1/Voice/Summaries``.

    Parameters are sent in the query string unless noted.

    Args:
        from_ (str): ``From``; string; optional.
        to (str): ``To``; string; optional.
        from_carrier (str): ``FromCarrier``; string; optional.
        to_carrier (str): ``ToCarrier``; string; optional.
        from_country_code (str): ``FromCountryCode``; string; optional.
        to_country_code (str): ``ToCountryCode``; string; optional.
        verified_caller (bool): ``VerifiedCaller``; boolean; optional.
        has_tag (bool): ``HasTag``; boolean; optional.
        start_time (str): ``StartTime``; string; optional.
        end_time (str): ``EndTime``; string; optional.
        call_type (str): ``CallType``; string; optional.
        call_state (str): ``CallState``; string; optional.
        direction (str): ``Direction``; string; optional.
        processing_state (CallSummariesProcessingStateRequest | str): ``ProcessingState``; enum:call_summaries_processing_state_request; one of ``completed``, ``started``, ``partial``, ``all``; optional.
        sort_by (CallSummariesSortBy | str): ``SortBy``; enum:call_summaries_sort_by; one of ``start_time``, ``end_time``; optional.
        subaccount (str): ``Subaccount``; string; matching ``^AC[0-9a-fA-F]{32}$``; optional.
        abnormal_session (bool): ``AbnormalSession``; boolean; optional.
        answered_by (CallSummariesAnsweredBy | str): ``AnsweredBy``; enum:call_summaries_answered_by; one of ``unknown``, ``machine_start``, ``machine_end_beep``, ``machine_end_silence``, ``machine_end_other``, ``human``, ``fax``; optional.
        answered_by_annotation (str): ``AnsweredByAnnotation``; string; optional.
        connectivity_issue_annotation (str): ``ConnectivityIssueAnnotation``; string; optional.
        quality_issue_annotation (str): ``QualityIssueAnnotation``; string; optional.
        spam_annotation (bool): ``SpamAnnotation``; boolean; optional.
        call_score_annotation (str): ``CallScoreAnnotation``; string; optional.
        branded_enabled (bool): ``BrandedEnabled``; boolean; optional.
        voice_integrity_enabled (bool): ``VoiceIntegrityEnabled``; boolean; optional.
        branded_bundle_sid (str): ``BrandedBundleSid``; string; optional.
        branded_logo (bool): ``BrandedLogo``; boolean; optional.
        branded_type (str): ``BrandedType``; string; optional.
        branded_use_case (str): ``BrandedUseCase``; string; optional.
        branded_call_reason (str): ``BrandedCallReason``; string; optional.
        voice_integrity_bundle_sid (str): ``VoiceIntegrityBundleSid``; string; optional.
        voice_integrity_use_case (str): ``VoiceIntegrityUseCase``; string; optional.
        business_profile_identity (str): ``BusinessProfileIdentity``; string; optional.
        business_profile_industry (str): ``BusinessProfileIndustry``; string; optional.
        business_profile_bundle_sid (str): ``BusinessProfileBundleSid``; string; optional.
        business_profile_type (str): ``BusinessProfileType``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of CallSummaries.

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """Stream CallSummaries resources, one page in memory at a time: ``GET /v1/Voice/Summaries``.

    Parameters are sent in the query string unless noted.

    Args:
        from_ (str): ``From``; string; optional.
        to (str): ``To``; string; optional.
        from_carrier (str): ``FromCarrier``; string; optional.
        to_carrier (str): ``ToCarrier``; string; optional.
        from_country_code (str): ``FromCountryCode``; string; optional.
        to_country_code (str): ``ToCountryCode``; string; optional.
        verified_caller (bool): ``VerifiedCaller``; boolean; optional.
        has_tag (bool): ``HasTag``; boolean; optional.
        start_time (str): ``StartTime``; string; optional.
        end_time (str): ``EndTime``; string; optional.
        call_type (str): ``CallType``; string; optional.
        call_state (str): ``CallState``; string; optional.
        direction (str): ``Direction``; string; optional.
        processing_state (CallSummariesProcessingStateRequest | str): ``ProcessingState``; enum:call_summaries_processing_state_request; one of ``completed``, ``started``, ``partial``, ``all``; optional.
        sort_by (CallSummariesSortBy | str): ``SortBy``; enum:call_summaries_sort_by; one of ``start_time``, ``end_time``; optional.
        subaccount (str): ``Subaccount``; string; matching ``^AC[0-9a-fA-F]{32}$``; optional.
        abnormal_session (bool): ``AbnormalSession``; boolean; optional.
        answered_by (CallSummariesAnsweredBy | str): ``AnsweredBy``; enum:call_summaries_answered_by; one of ``unknown``, ``machine_start``, ``machine_end_beep``, ``machine_end_silence``, ``machine_end_other``, ``human``, ``fax``; optional.
        answered_by_annotation (str): ``AnsweredByAnnotation``; string; optional.
        connectivity_issue_annotation (str): ``ConnectivityIssueAnnotation``; string; optional.
        quality_issue_annotation (str): ``QualityIssueAnnotation``; string; optional.
        spam_annotation (bool): ``SpamAnnotation``; boolean; optional.
        call_score_annotation (str): ``CallScoreAnnotation``; string; optional.
        branded_enabled (bool): ``BrandedEnabled``; boolean; optional.
        voice_integrity_enabled (bool): ``VoiceIntegrityEnabled``; boolean; optional.
        branded_bundle_sid (str): ``BrandedBundleSid``; string; optional.
        branded_logo (bool): ``BrandedLogo``; boolean; optional.
        branded_type (str): ``BrandedType``; string; optional.
        branded_use_case (str): ``BrandedUseCase``; string; optional.
        branded_call_reason (str): ``BrandedCallReason``; string; optional.
        voice_integrity_bundle_sid (str): ``VoiceIntegrityBundleSid``; string; optional.
        voice_integrity_use_case (str): ``VoiceIntegrityUseCase``; string; optional.
        business_profile_identity (str): ``BusinessProfileIdentity``; string; optional.
        business_profile_industry (str): ``BusinessProfileIndustry``; string; optional.
        business_profile_bundle_sid (str): ``BusinessProfileBundleSid``; string; optional.
        business_profile_type (str): ``BusinessProfileType``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of CallSummaries.

    Twilio docs: https://www.twilio.com/docs/voice
    """
    page = _LIST.page_method(
        CallSummariesPageArgs,
        """One page of CallSummaries resources (``next_page()`` moves on): ``GET /v1/Voice/Summaries``.

    Parameters are sent in the query string unless noted.

    Args:
        from_ (str): ``From``; string; optional.
        to (str): ``To``; string; optional.
        from_carrier (str): ``FromCarrier``; string; optional.
        to_carrier (str): ``ToCarrier``; string; optional.
        from_country_code (str): ``FromCountryCode``; string; optional.
        to_country_code (str): ``ToCountryCode``; string; optional.
        verified_caller (bool): ``VerifiedCaller``; boolean; optional.
        has_tag (bool): ``HasTag``; boolean; optional.
        start_time (str): ``StartTime``; string; optional.
        end_time (str): ``EndTime``; string; optional.
        call_type (str): ``CallType``; string; optional.
        call_state (str): ``CallState``; string; optional.
        direction (str): ``Direction``; string; optional.
        processing_state (CallSummariesProcessingStateRequest | str): ``ProcessingState``; enum:call_summaries_processing_state_request; one of ``completed``, ``started``, ``partial``, ``all``; optional.
        sort_by (CallSummariesSortBy | str): ``SortBy``; enum:call_summaries_sort_by; one of ``start_time``, ``end_time``; optional.
        subaccount (str): ``Subaccount``; string; matching ``^AC[0-9a-fA-F]{32}$``; optional.
        abnormal_session (bool): ``AbnormalSession``; boolean; optional.
        answered_by (CallSummariesAnsweredBy | str): ``AnsweredBy``; enum:call_summaries_answered_by; one of ``unknown``, ``machine_start``, ``machine_end_beep``, ``machine_end_silence``, ``machine_end_other``, ``human``, ``fax``; optional.
        answered_by_annotation (str): ``AnsweredByAnnotation``; string; optional.
        connectivity_issue_annotation (str): ``ConnectivityIssueAnnotation``; string; optional.
        quality_issue_annotation (str): ``QualityIssueAnnotation``; string; optional.
        spam_annotation (bool): ``SpamAnnotation``; boolean; optional.
        call_score_annotation (str): ``CallScoreAnnotation``; string; optional.
        branded_enabled (bool): ``BrandedEnabled``; boolean; optional.
        voice_integrity_enabled (bool): ``VoiceIntegrityEnabled``; boolean; optional.
        branded_bundle_sid (str): ``BrandedBundleSid``; string; optional.
        branded_logo (bool): ``BrandedLogo``; boolean; optional.
        branded_type (str): ``BrandedType``; string; optional.
        branded_use_case (str): ``BrandedUseCase``; string; optional.
        branded_call_reason (str): ``BrandedCallReason``; string; optional.
        voice_integrity_bundle_sid (str): ``VoiceIntegrityBundleSid``; string; optional.
        voice_integrity_use_case (str): ``VoiceIntegrityUseCase``; string; optional.
        business_profile_identity (str): ``BusinessProfileIdentity``; string; optional.
        business_profile_industry (str): ``BusinessProfileIndustry``; string; optional.
        business_profile_bundle_sid (str): ``BusinessProfileBundleSid``; string; optional.
        business_profile_type (str): ``BusinessProfileType``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[CallSummaries]

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """One page of CallSummaries resources (``next_page()`` moves on): ``GET /v1/Voice/Summaries``.

    Parameters are sent in the query string unless noted.

    Args:
        from_ (str): ``From``; string; optional.
        to (str): ``To``; string; optional.
        from_carrier (str): ``FromCarrier``; string; optional.
        to_carrier (str): ``ToCarrier``; string; optional.
        from_country_code (str): ``FromCountryCode``; string; optional.
        to_country_code (str): ``ToCountryCode``; string; optional.
        verified_caller (bool): ``VerifiedCaller``; boolean; optional.
        has_tag (bool): ``HasTag``; boolean; optional.
        start_time (str): ``StartTime``; string; optional.
        end_time (str): ``EndTime``; string; optional.
        call_type (str): ``CallType``; string; optional.
        call_state (str): ``CallState``; string; optional.
        direction (str): ``Direction``; string; optional.
        processing_state (CallSummariesProcessingStateRequest | str): ``ProcessingState``; enum:call_summaries_processing_state_request; one of ``completed``, ``started``, ``partial``, ``all``; optional.
        sort_by (CallSummariesSortBy | str): ``SortBy``; enum:call_summaries_sort_by; one of ``start_time``, ``end_time``; optional.
        subaccount (str): ``Subaccount``; string; matching ``^AC[0-9a-fA-F]{32}$``; optional.
        abnormal_session (bool): ``AbnormalSession``; boolean; optional.
        answered_by (CallSummariesAnsweredBy | str): ``AnsweredBy``; enum:call_summaries_answered_by; one of ``unknown``, ``machine_start``, ``machine_end_beep``, ``machine_end_silence``, ``machine_end_other``, ``human``, ``fax``; optional.
        answered_by_annotation (str): ``AnsweredByAnnotation``; string; optional.
        connectivity_issue_annotation (str): ``ConnectivityIssueAnnotation``; string; optional.
        quality_issue_annotation (str): ``QualityIssueAnnotation``; string; optional.
        spam_annotation (bool): ``SpamAnnotation``; boolean; optional.
        call_score_annotation (str): ``CallScoreAnnotation``; string; optional.
        branded_enabled (bool): ``BrandedEnabled``; boolean; optional.
        voice_integrity_enabled (bool): ``VoiceIntegrityEnabled``; boolean; optional.
        branded_bundle_sid (str): ``BrandedBundleSid``; string; optional.
        branded_logo (bool): ``BrandedLogo``; boolean; optional.
        branded_type (str): ``BrandedType``; string; optional.
        branded_use_case (str): ``BrandedUseCase``; string; optional.
        branded_call_reason (str): ``BrandedCallReason``; string; optional.
        voice_integrity_bundle_sid (str): ``VoiceIntegrityBundleSid``; string; optional.
        voice_integrity_use_case (str): ``VoiceIntegrityUseCase``; string; optional.
        business_profile_identity (str): ``BusinessProfileIdentity``; string; optional.
        business_profile_industry (str): ``BusinessProfileIndustry``; string; optional.
        business_profile_bundle_sid (str): ``BusinessProfileBundleSid``; string; optional.
        business_profile_type (str): ``BusinessProfileType``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[CallSummaries]

    Twilio docs: https://www.twilio.com/docs/voice
    """
