# Generated from specs/preview.yaml by `make codegen`; do not edit.
"""Usage models (``sims.usage``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..sims_usage import UsageContext


class Usage(InstanceModel["UsageContext"]):
    """A Usage as returned by the API."""

    sim_sid: str | None = None
    sim_unique_name: str | None = None
    account_sid: str | None = None
    period: Any | None = None
    commands_usage: Any | None = None
    commands_costs: Any | None = None
    data_usage: Any | None = None
    data_costs: Any | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = UsageContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..sims_usage import UsageContext  # noqa: F401
    else:
        fetch = FromContext()
