# Generated from specs/serverless_v1.yaml by `make codegen`; do not edit.
"""Enums of serverless v1."""

from __future__ import annotations

from twilio_async._types import TwilioEnum


class AssetVersionVisibility(TwilioEnum):
    """Values of ``asset_version_visibility``; unknown values are kept, not rejected."""

    PUBLIC = "public"
    PRIVATE = "private"
    PROTECTED = "protected"


class BuildRuntime(TwilioEnum):
    """Values of ``build_runtime``; unknown values are kept, not rejected."""

    NODE8 = "node8"
    NODE10 = "node10"
    NODE12 = "node12"
    NODE14 = "node14"
    NODE16 = "node16"
    NODE18 = "node18"
    NODE20 = "node20"
    NODE22 = "node22"


class BuildStatusEnum(TwilioEnum):
    """Values of ``build_status``; unknown values are kept, not rejected."""

    BUILDING = "building"
    COMPLETED = "completed"
    FAILED = "failed"


class BuildStatusStatus(TwilioEnum):
    """Values of ``build_status_status``; unknown values are kept, not rejected."""

    BUILDING = "building"
    COMPLETED = "completed"
    FAILED = "failed"


class FunctionVersionVisibility(TwilioEnum):
    """Values of ``function_version_visibility``; unknown values are kept, not rejected."""

    PUBLIC = "public"
    PRIVATE = "private"
    PROTECTED = "protected"
