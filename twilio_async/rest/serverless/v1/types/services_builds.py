# Generated from specs/serverless_v1.yaml by `make codegen`; do not edit.
"""Build models (``services.builds``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import BuildRuntime, BuildStatusEnum

if TYPE_CHECKING:
    from ..services_builds import BuildContext


class Build(InstanceModel["BuildContext"]):
    """A Build as returned by the API."""

    sid: str
    account_sid: str | None = None
    service_sid: str | None = None
    status: BuildStatusEnum | None = None
    asset_versions: list[Any] | None = None
    function_versions: list[Any] | None = None
    dependencies: list[Any] | None = None
    runtime: BuildRuntime | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = BuildContext.fetch
        delete: ClassVar = BuildContext.delete
        build_status: ClassVar = BuildContext.build_status

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_builds import BuildContext  # noqa: F401
    else:
        fetch = FromContext()
        delete = FromContext()
        build_status = FromContext()
