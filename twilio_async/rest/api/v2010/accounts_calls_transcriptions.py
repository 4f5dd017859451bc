# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""RealtimeTranscription resources (``accounts.calls.transcriptions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, InstanceContext, KeyedList, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import RealtimeTranscriptionTrack, RealtimeTranscriptionUpdateStatus
    from .types.accounts_calls_transcriptions import RealtimeTranscription

_TYPES = Models(__package__, ".types.accounts_calls_transcriptions")
_MODEL = _TYPES("RealtimeTranscription")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Calls/{1}/Transcriptions.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/Calls/{1}/Transcriptions/{2}.json"
_CREATE: Operation[RealtimeTranscription] = Operation(
    "transcriptions.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("name", "Name", FORM, "string"),
    P("track", "Track", FORM, "string"),
    P("status_callback_url", "StatusCallbackUrl", FORM, "string"),
    P("status_callback_method", "StatusCallbackMethod", FORM, "string"),
    P("inbound_track_label", "InboundTrackLabel", FORM, "string"),
    P("outbound_track_label", "OutboundTrackLabel", FORM, "string"),
    P("partial_results", "PartialResults", FORM, "boolean"),
    P("language_code", "LanguageCode", FORM, "string"),
    P("transcription_engine", "TranscriptionEngine", FORM, "string"),
    P("profanity_filter", "ProfanityFilter", FORM, "boolean"),
    P("speech_model", "SpeechModel", FORM, "string"),
    P("hints", "Hints", FORM, "string"),
    P("enable_automatic_punctuation", "EnableAutomaticPunctuation", FORM, "boolean"),
    P("intelligence_service", "IntelligenceService", FORM, "string"),
    P("conversation_configuration", "ConversationConfiguration", FORM, "string"),
    P("conversation_id", "ConversationId", FORM, "string"),
    P("configuration_id", "ConfigurationId", FORM, "string"),
    P("enable_provider_data", "EnableProviderData", FORM, "boolean"),
)
_UPDATE: Operation[RealtimeTranscription] = Operation(
    "transcriptions.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("status", "Status", FORM, "string", required=True))


class RealtimeTranscriptionCreateArgs(Args):
    name: str | NotGiven = NOT_GIVEN
    track: RealtimeTranscriptionTrack | str | NotGiven = NOT_GIVEN
    status_callback_url: str | NotGiven = NOT_GIVEN
    status_callback_method: str | NotGiven = NOT_GIVEN
    inbound_track_label: str | NotGiven = NOT_GIVEN
    outbound_track_label: str | NotGiven = NOT_GIVEN
    partial_results: bool | NotGiven = NOT_GIVEN
    language_code: str | NotGiven = NOT_GIVEN
    transcription_engine: str | NotGiven = NOT_GIVEN
    profanity_filter: bool | NotGiven = NOT_GIVEN
    speech_model: str | NotGiven = NOT_GIVEN
    hints: str | NotGiven = NOT_GIVEN
    enable_automatic_punctuation: bool | NotGiven = NOT_GIVEN
    intelligence_service: str | NotGiven = NOT_GIVEN
    conversation_configuration: str | NotGiven = NOT_GIVEN
    conversation_id: str | NotGiven = NOT_GIVEN
    configuration_id: str | NotGiven = NOT_GIVEN
    enable_provider_data: bool | NotGiven = NOT_GIVEN


class RealtimeTranscriptionUpdateArgs(Args):
    status: RealtimeTranscriptionUpdateStatus | str


class RealtimeTranscriptionContext(InstanceContext):
    """One RealtimeTranscription: ``/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Transcriptions/{Sid}.json``."""

    __slots__ = ()
    update = _UPDATE.call_method(
        RealtimeTranscriptionUpdateArgs,
        """Update this RealtimeTranscription: ``POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Transcriptions/{Sid}.json``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        status (RealtimeTranscriptionUpdateStatus | str): ``Status``; enum:realtime_transcription_update_status; one of ``stopped``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RealtimeTranscription

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Update this RealtimeTranscription: ``POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Transcriptions/{Sid}.json``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        status (RealtimeTranscriptionUpdateStatus | str): ``Status``; enum:realtime_transcription_update_status; one of ``stopped``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RealtimeTranscription

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class RealtimeTranscriptionList(KeyedList[RealtimeTranscriptionContext]):
    """RealtimeTranscription collection: ``/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Transcriptions.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(
        RealtimeTranscriptionCreateArgs,
        """Create a RealtimeTranscription: ``POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Transcriptions.json``.

    Parameters are sent in the form body unless noted.

    Args:
        name (str): ``Name``; string; optional.
        track (RealtimeTranscriptionTrack | str): ``Track``; enum:realtime_transcription_track; one of ``inbound_track``, ``outbound_track``, ``both_tracks``; optional.
        status_callback_url (str): ``StatusCallbackUrl``; uri; optional.
        status_callback_method (str): ``StatusCallbackMethod``; http-method; optional.
        inbound_track_label (str): ``InboundTrackLabel``; string; optional.
        outbound_track_label (str): ``OutboundTrackLabel``; string; optional.
        partial_results (bool): ``PartialResults``; boolean; optional.
        language_code (str): ``LanguageCode``; string; optional.
        transcription_engine (str): ``TranscriptionEngine``; string; optional.
        profanity_filter (bool): ``ProfanityFilter``; boolean; optional.
        speech_model (str): ``SpeechModel``; string; optional.
        hints (str): ``Hints``; string; optional.
        enable_automatic_punctuation (bool): ``EnableAutomaticPunctuation``; boolean; optional.
        intelligence_service (str): ``IntelligenceService``; string; optional.
        conversation_configuration (str): ``ConversationConfiguration``; string; optional.
        conversation_id (str): ``ConversationId``; string; optional.
        configuration_id (str): ``ConfigurationId``; string; optional.
        enable_provider_data (bool): ``EnableProviderData``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RealtimeTranscription

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a RealtimeTranscription: ``POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Transcriptions.json``.

    Parameters are sent in the form body unless noted.

    Args:
        name (str): ``Name``; string; optional.
        track (RealtimeTranscriptionTrack | str): ``Track``; enum:realtime_transcription_track; one of ``inbound_track``, ``outbound_track``, ``both_tracks``; optional.
        status_callback_url (str): ``StatusCallbackUrl``; uri; optional.
        status_callback_method (str): ``StatusCallbackMethod``; http-method; optional.
        inbound_track_label (str): ``InboundTrackLabel``; string; optional.
        outbound_track_label (str): ``OutboundTrackLabel``; string; optional.
        partial_results (bool): ``PartialResults``; boolean; optional.
        language_code (str): ``LanguageCode``; string; optional.
        transcription_engine (str): ``TranscriptionEngine``; string; optional.
        profanity_filter (bool): ``ProfanityFilter``; boolean; optional.
        speech_model (str): ``SpeechModel``; string; optional.
        hints (str): ``Hints``; string; optional.
        enable_automatic_punctuation (bool): ``EnableAutomaticPunctuation``; boolean; optional.
        intelligence_service (str): ``IntelligenceService``; string; optional.
        conversation_configuration (str): ``ConversationConfiguration``; string; optional.
        conversation_id (str): ``ConversationId``; string; optional.
        configuration_id (str): ``ConfigurationId``; string; optional.
        enable_provider_data (bool): ``EnableProviderData``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        RealtimeTranscription

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
