# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""UsAppToPersonResponse resources (``services.us_app_to_person``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    HEADER,
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
    from .types.services_us_app_to_person import UsAppToPersonResponse

_TYPES = Models(__package__, ".types.services_us_app_to_person")
_MODEL = _TYPES("UsAppToPersonResponse")
_LIST_PATH = "/v1/Services/{0}/Compliance/Usa2p"
_INSTANCE_PATH = "/v1/Services/{0}/Compliance/Usa2p/{1}"
_CREATE: Operation[UsAppToPersonResponse] = Operation(
    "us_app_to_person.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("x_twilio_api_version", "X-Twilio-Api-Version", HEADER, "string"),
    P("brand_registration_sid", "BrandRegistrationSid", FORM, "string", required=True),
    P("description", "Description", FORM, "string", required=True),
    P("message_flow", "MessageFlow", FORM, "string", required=True),
    P("message_samples", "MessageSamples", FORM, "string", many=True, required=True),
    P("us_app_to_person_usecase", "UsAppToPersonUsecase", FORM, "string", required=True),
    P("has_embedded_links", "HasEmbeddedLinks", FORM, "boolean", required=True),
    P("has_embedded_phone", "HasEmbeddedPhone", FORM, "boolean", required=True),
    P("opt_in_message", "OptInMessage", FORM, "string"),
    P("opt_out_message", "OptOutMessage", FORM, "string"),
    P("help_message", "HelpMessage", FORM, "string"),
    P("opt_in_keywords", "OptInKeywords", FORM, "string", many=True),
    P("opt_out_keywords", "OptOutKeywords", FORM, "string", many=True),
    P("help_keywords", "HelpKeywords", FORM, "string", many=True),
    P("subscriber_opt_in", "SubscriberOptIn", FORM, "boolean"),
    P("age_gated", "AgeGated", FORM, "boolean"),
    P("direct_lending", "DirectLending", FORM, "boolean"),
    P("privacy_policy_url", "PrivacyPolicyUrl", FORM, "string"),
    P("terms_and_conditions_url", "TermsAndConditionsUrl", FORM, "string"),
)
_LIST: Operation[UsAppToPersonResponse] = Operation(
    "us_app_to_person.list", "GET", _LIST_PATH, body="none", list_key="compliance", model=_MODEL
).with_params(P("x_twilio_api_version", "X-Twilio-Api-Version", HEADER, "string"))
_FETCH: Operation[UsAppToPersonResponse] = Operation(
    "us_app_to_person.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(P("x_twilio_api_version", "X-Twilio-Api-Version", HEADER, "string"))
_UPDATE: Operation[UsAppToPersonResponse] = Operation(
    "us_app_to_person.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("x_twilio_api_version", "X-Twilio-Api-Version", HEADER, "string"),
    P("has_embedded_links", "HasEmbeddedLinks", FORM, "boolean", required=True),
    P("has_embedded_phone", "HasEmbeddedPhone", FORM, "boolean", required=True),
    P("message_samples", "MessageSamples", FORM, "string", many=True, required=True),
    P("message_flow", "MessageFlow", FORM, "string", required=True),
    P("description", "Description", FORM, "string", required=True),
    P("age_gated", "AgeGated", FORM, "boolean", required=True),
    P("direct_lending", "DirectLending", FORM, "boolean", required=True),
    P("privacy_policy_url", "PrivacyPolicyUrl", FORM, "string"),
    P("terms_and_conditions_url", "TermsAndConditionsUrl", FORM, "string"),
)
_DELETE: Operation[None] = Operation(
    "us_app_to_person.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class UsAppToPersonResponseCreateArgs(Args):
    x_twilio_api_version: str | NotGiven = NOT_GIVEN
    brand_registration_sid: str
    description: str
    message_flow: str
    message_samples: Sequence[str]
    us_app_to_person_usecase: str
    has_embedded_links: bool
    has_embedded_phone: bool
    opt_in_message: str | NotGiven = NOT_GIVEN
    opt_out_message: str | NotGiven = NOT_GIVEN
    help_message: str | NotGiven = NOT_GIVEN
    opt_in_keywords: Sequence[str] | NotGiven = NOT_GIVEN
    opt_out_keywords: Sequence[str] | NotGiven = NOT_GIVEN
    help_keywords: Sequence[str] | NotGiven = NOT_GIVEN
    subscriber_opt_in: bool | NotGiven = NOT_GIVEN
    age_gated: bool | NotGiven = NOT_GIVEN
    direct_lending: bool | NotGiven = NOT_GIVEN
    privacy_policy_url: str | NotGiven = NOT_GIVEN
    terms_and_conditions_url: str | NotGiven = NOT_GIVEN


class UsAppToPersonResponseFilters(Args):
    x_twilio_api_version: str | NotGiven = NOT_GIVEN


class UsAppToPersonResponseListArgs(UsAppToPersonResponseFilters, ListArgs): ...


class UsAppToPersonResponsePageArgs(UsAppToPersonResponseFilters, PageArgs): ...


class UsAppToPersonResponseFetchArgs(Args):
    x_twilio_api_version: str | NotGiven = NOT_GIVEN


class UsAppToPersonResponseUpdateArgs(Args):
    x_twilio_api_version: str | NotGiven = NOT_GIVEN
    has_embedded_links: bool
    has_embedded_phone: bool
    message_samples: Sequence[str]
    message_flow: str
    description: str
    age_gated: bool
    direct_lending: bool
    privacy_policy_url: str | NotGiven = NOT_GIVEN
    terms_and_conditions_url: str | NotGiven = NOT_GIVEN


class UsAppToPersonResponseContext(InstanceContext):
    """One UsAppToPersonResponse: ``/v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(UsAppToPersonResponseFetchArgs)
    """Fetch this UsAppToPersonResponse: ``GET /v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid}``."""
    update = _UPDATE.call_method(UsAppToPersonResponseUpdateArgs)
    """Update this UsAppToPersonResponse: ``POST /v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this UsAppToPersonResponse: ``DELETE /v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid}``; returns True."""


class UsAppToPersonResponseList(KeyedList[UsAppToPersonResponseContext]):
    """UsAppToPersonResponse collection: ``/v1/Services/{MessagingServiceSid}/Compliance/Usa2p``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^QE[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(UsAppToPersonResponseCreateArgs)
    """Create a UsAppToPersonResponse: ``POST /v1/Services/{MessagingServiceSid}/Compliance/Usa2p``."""
    list = _LIST.list_method(UsAppToPersonResponseListArgs)
    """List UsAppToPersonResponse resources: ``GET /v1/Services/{MessagingServiceSid}/Compliance/Usa2p``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(UsAppToPersonResponseListArgs)
    """Stream UsAppToPersonResponse resources: ``GET /v1/Services/{MessagingServiceSid}/Compliance/Usa2p``; one page in memory at a time."""
    page = _LIST.page_method(UsAppToPersonResponsePageArgs)
    """One page of UsAppToPersonResponse resources: ``GET /v1/Services/{MessagingServiceSid}/Compliance/Usa2p``; ``next_page()`` moves on."""
