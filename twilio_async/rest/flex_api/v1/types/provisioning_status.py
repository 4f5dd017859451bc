# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""ProvisioningStatus models (``provisioning_status``)."""

from __future__ import annotations

from typing import ClassVar

from twilio_async._models import InstanceModel

from ..enums import ProvisioningStatusStatus
from ..provisioning_status import ProvisioningStatusContext


class ProvisioningStatus(InstanceModel[ProvisioningStatusContext]):
    """A ProvisioningStatus as returned by the API."""

    status: ProvisioningStatusStatus | None = None
    url: str | None = None

    fetch: ClassVar = ProvisioningStatusContext.fetch
