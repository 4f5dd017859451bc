# Generated from specs/serverless_v1.yaml by `make codegen`; do not edit.
"""BuildStatus models (``services.builds.build_status``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

from ..enums import BuildStatusStatus

if TYPE_CHECKING:
    from ..services_builds_build_status import BuildStatusContext


class BuildStatus(InstanceModel["BuildStatusContext"]):
    """A BuildStatus as returned by the API."""

    sid: str | None = None
    account_sid: str | None = None
    service_sid: str | None = None
    status: BuildStatusStatus | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = BuildStatusContext.fetch
    else:
        fetch = FromContext()
