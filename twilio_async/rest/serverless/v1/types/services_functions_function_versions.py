# Generated from specs/serverless_v1.yaml by `make codegen`; do not edit.
"""FunctionVersion models (``services.functions.function_versions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import FunctionVersionVisibility

if TYPE_CHECKING:
    from ..services_functions_function_versions import FunctionVersionContext


class FunctionVersion(InstanceModel["FunctionVersionContext"]):
    """A FunctionVersion as returned by the API."""

    sid: str
    account_sid: str | None = None
    service_sid: str | None = None
    function_sid: str | None = None
    path: str | None = None
    visibility: FunctionVersionVisibility | None = None
    date_created: IsoDateTime | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = FunctionVersionContext.fetch
        function_version_content: ClassVar = FunctionVersionContext.function_version_content

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_functions_function_versions import FunctionVersionContext  # noqa: F401
    else:
        fetch = FromContext()
        function_version_content = FromContext()
