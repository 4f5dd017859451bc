# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""ProvisioningStatus models (``provisioning_status``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

from ..enums import ProvisioningStatusStatus

if TYPE_CHECKING:
    from ..provisioning_status import ProvisioningStatusContext


class ProvisioningStatus(InstanceModel["ProvisioningStatusContext"]):
    """A ProvisioningStatus as returned by the API."""

    status: ProvisioningStatusStatus | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ProvisioningStatusContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..provisioning_status import ProvisioningStatusContext  # noqa: F401
    else:
        fetch = FromContext()
