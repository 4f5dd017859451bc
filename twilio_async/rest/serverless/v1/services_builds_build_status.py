# Generated from specs/serverless_v1.yaml by `make codegen`; do not edit.
"""BuildStatus resources (``services.builds.build_status``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Args, InstanceContext, Models, Operation, SingletonList

if TYPE_CHECKING:
    from .types.services_builds_build_status import BuildStatus

_TYPES = Models(__package__, ".types.services_builds_build_status")
_MODEL = _TYPES("BuildStatus")
_INSTANCE_PATH = "/v1/Services/{0}/Builds/{1}/Status"
_FETCH: Operation[BuildStatus] = Operation(
    "build_status.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class BuildStatusContext(InstanceContext):
    """One BuildStatus: ``/v1/Services/{ServiceSid}/Builds/{Sid}/Status``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this BuildStatus: ``GET /v1/Services/{ServiceSid}/Builds/{Sid}/Status``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        BuildStatus

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """Fetch this BuildStatus: ``GET /v1/Services/{ServiceSid}/Builds/{Sid}/Status``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        BuildStatus

    Twilio docs: https://www.twilio.com/docs/serverless
    """


class BuildStatusList(SingletonList[BuildStatusContext]):
    """BuildStatus collection."""

    __slots__ = ()
