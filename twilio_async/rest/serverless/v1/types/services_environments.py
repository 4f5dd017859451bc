# Generated from specs/serverless_v1.yaml by `make codegen`; do not edit.
"""Environment models (``services.environments``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services_environments import EnvironmentContext


class Environment(InstanceModel["EnvironmentContext"]):
    """A Environment as returned by the API."""

    sid: str
    account_sid: str | None = None
    service_sid: str | None = None
    build_sid: str | None = None
    unique_name: str | None = None
    domain_suffix: str | None = None
    domain_name: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = EnvironmentContext.fetch
        delete: ClassVar = EnvironmentContext.delete
        deployments: ClassVar = EnvironmentContext.deployments
        logs: ClassVar = EnvironmentContext.logs
        variables: ClassVar = EnvironmentContext.variables

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_environments import EnvironmentContext  # noqa: F401
    else:
        fetch = FromContext()
        delete = FromContext()
        deployments = FromContext()
        logs = FromContext()
        variables = FromContext()
