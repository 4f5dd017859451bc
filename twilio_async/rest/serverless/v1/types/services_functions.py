# Generated from specs/serverless_v1.yaml by `make codegen`; do not edit.
"""Function models (``services.functions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services_functions import FunctionContext


class Function(InstanceModel["FunctionContext"]):
    """A Function as returned by the API."""

    sid: str
    account_sid: str | None = None
    service_sid: str | None = None
    friendly_name: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = FunctionContext.fetch
        update: ClassVar = FunctionContext.update
        delete: ClassVar = FunctionContext.delete
        function_versions: ClassVar = FunctionContext.function_versions

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_functions import FunctionContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        function_versions = FromContext()
