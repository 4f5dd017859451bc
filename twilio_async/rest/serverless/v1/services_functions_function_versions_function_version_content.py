# Generated from specs/serverless_v1.yaml by `make codegen`; do not edit.
"""FunctionVersionContent resources (``services.functions.function_versions.function_version_content``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Args, InstanceContext, Models, Operation, SingletonList

if TYPE_CHECKING:
    from .types.services_functions_function_versions_function_version_content import (
        FunctionVersionContent,
    )

_TYPES = Models(__package__, ".types.services_functions_function_versions_function_version_content")
_MODEL = _TYPES("FunctionVersionContent")
_INSTANCE_PATH = "/v1/Services/{0}/Functions/{1}/Versions/{2}/Content"
_FETCH: Operation[FunctionVersionContent] = Operation(
    "function_version_content.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class FunctionVersionContentContext(InstanceContext):
    """One FunctionVersionContent: ``/v1/Services/{ServiceSid}/Functions/{FunctionSid}/Versions/{Sid}/Content``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this FunctionVersionContent: ``GET /v1/Services/{ServiceSid}/Functions/{FunctionSid}/Versions/{Sid}/Content``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        FunctionVersionContent

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """Fetch this FunctionVersionContent: ``GET /v1/Services/{ServiceSid}/Functions/{FunctionSid}/Versions/{Sid}/Content``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        FunctionVersionContent

    Twilio docs: https://www.twilio.com/docs/serverless
    """


class FunctionVersionContentList(SingletonList[FunctionVersionContentContext]):
    """FunctionVersionContent collection."""

    __slots__ = ()
