# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""ProvisioningStatus resources (``provisioning_status``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Args, InstanceContext, Models, Operation, SingletonList

if TYPE_CHECKING:
    from .types.provisioning_status import ProvisioningStatus

_TYPES = Models(__package__, ".types.provisioning_status")
_MODEL = _TYPES("ProvisioningStatus")
_INSTANCE_PATH = "/v1/account/provision/status"
_FETCH: Operation[ProvisioningStatus] = Operation(
    "provisioning_status.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class ProvisioningStatusContext(InstanceContext):
    """One ProvisioningStatus: ``/v1/account/provision/status``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this ProvisioningStatus: ``GET /v1/account/provision/status``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ProvisioningStatus

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Fetch this ProvisioningStatus: ``GET /v1/account/provision/status``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ProvisioningStatus

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """


class ProvisioningStatusList(SingletonList[ProvisioningStatusContext]):
    """ProvisioningStatus collection."""

    __slots__ = ()
