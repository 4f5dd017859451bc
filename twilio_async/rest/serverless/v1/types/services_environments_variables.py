# Generated from specs/serverless_v1.yaml by `make codegen`; do not edit.
"""Variable models (``services.environments.variables``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services_environments_variables import VariableContext


class Variable(InstanceModel["VariableContext"]):
    """A Variable as returned by the API."""

    sid: str
    account_sid: str | None = None
    service_sid: str | None = None
    environment_sid: str | None = None
    key: str | None = None
    value: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = VariableContext.fetch
        update: ClassVar = VariableContext.update
        delete: ClassVar = VariableContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_environments_variables import VariableContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
