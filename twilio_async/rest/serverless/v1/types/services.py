# Generated from specs/serverless_v1.yaml by `make codegen`; do not edit.
"""Service models (``services``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services import ServiceContext


class Service(InstanceModel["ServiceContext"]):
    """A Service as returned by the API."""

    sid: str
    account_sid: str | None = None
    friendly_name: str | None = None
    unique_name: str | None = None
    include_credentials: bool | None = None
    ui_editable: bool | None = None
    domain_base: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ServiceContext.fetch
        update: ClassVar = ServiceContext.update
        delete: ClassVar = ServiceContext.delete
        assets: ClassVar = ServiceContext.assets
        builds: ClassVar = ServiceContext.builds
        environments: ClassVar = ServiceContext.environments
        functions: ClassVar = ServiceContext.functions

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services import ServiceContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        assets = FromContext()
        builds = FromContext()
        environments = FromContext()
        functions = FromContext()
