# Generated from specs/intelligence_v2.yaml by `make codegen`; do not edit.
"""Enums of intelligence v2."""

from __future__ import annotations

from twilio_async._types import TwilioEnum


class CustomOperatorAvailability(TwilioEnum):
    """Values of ``custom_operator_availability``; unknown values are kept, not rejected."""

    INTERNAL = "internal"
    BETA = "beta"
    PUBLIC = "public"
    RETIRED = "retired"
    GENERAL_AVAILABILITY = "general-availability"
    DEPRECATED = "deprecated"


class OperatorAvailability(TwilioEnum):
    """Values of ``operator_availability``; unknown values are kept, not rejected."""

    INTERNAL = "internal"
    BETA = "beta"
    PUBLIC = "public"
    DEPRECATED = "deprecated"
    GENERAL_AVAILABILITY = "general-availability"
    RETIRED = "retired"


class OperatorResultOperatorType(TwilioEnum):
    """Values of ``operator_result_operator_type``; unknown values are kept, not rejected."""

    CONVERSATION_CLASSIFY = "conversation-classify"
    UTTERANCE_CLASSIFY = "utterance-classify"
    EXTRACT = "extract"
    EXTRACT_NORMALIZE = "extract-normalize"
    PII_EXTRACT = "pii-extract"
    TEXT_GENERATION = "text-generation"
    JSON = "json"


class OperatorTypeAvailability(TwilioEnum):
    """Values of ``operator_type_availability``; unknown values are kept, not rejected."""

    INTERNAL = "internal"
    BETA = "beta"
    GENERAL_AVAILABILITY = "general-availability"
    RETIRED = "retired"
    DEPRECATED = "deprecated"


class OperatorTypeOutputType(TwilioEnum):
    """Values of ``operator_type_output_type``; unknown values are kept, not rejected."""

    TEXT_CLASSIFICATION = "text-classification"
    TEXT_EXTRACTION = "text-extraction"
    TEXT_EXTRACTION_NORMALIZED = "text-extraction-normalized"
    TEXT_GENERATION = "text-generation"
    JSON = "json"


class OperatorTypeProvider(TwilioEnum):
    """Values of ``operator_type_provider``; unknown values are kept, not rejected."""

    TWILIO = "twilio"
    AMAZON = "amazon"
    OPENAI = "openai"


class PrebuiltOperatorAvailability(TwilioEnum):
    """Values of ``prebuilt_operator_availability``; unknown values are kept, not rejected."""

    INTERNAL = "internal"
    BETA = "beta"
    PUBLIC = "public"
    RETIRED = "retired"
    GENERAL_AVAILABILITY = "general-availability"


class ServiceHttpMethod(TwilioEnum):
    """Values of ``service_http_method``; unknown values are kept, not rejected."""

    GET = "GET"
    POST = "POST"
    NULL = "NULL"


class TranscriptStatus(TwilioEnum):
    """Values of ``transcript_status``; unknown values are kept, not rejected."""

    QUEUED = "queued"
    IN_PROGRESS = "in-progress"
    COMPLETED = "completed"
    NEW = "new"
    FAILED = "failed"
    CANCELED = "canceled"
    ERROR = "error"
