# Generated from specs/serverless_v1.yaml by `make codegen`; do not edit.
"""FunctionVersionContent models (``services.functions.function_versions.function_version_content``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services_functions_function_versions_function_version_content import (
        FunctionVersionContentContext,
    )


class FunctionVersionContent(InstanceModel["FunctionVersionContentContext"]):
    """A FunctionVersionContent as returned by the API."""

    sid: str | None = None
    account_sid: str | None = None
    service_sid: str | None = None
    function_sid: str | None = None
    content: str | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = FunctionVersionContentContext.fetch
    else:
        fetch = FromContext()
