# Generated from specs/numbers_v1.yaml by `make codegen`; do not edit.
"""Response models of numbers v1, loaded on first access: ``from twilio_async.rest.numbers.v1.types import BulkEligibility``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .bulk_eligibilities import BulkEligibility as BulkEligibility
    from .eligibilities import Eligibility as Eligibility
    from .porting_all_port_ins import PortInRequestList as PortInRequestList
    from .porting_port_ins import PortingPortIn as PortingPortIn
    from .porting_port_ins_porting_port_in_phone_number import (
        PortingPortInPhoneNumber as PortingPortInPhoneNumber,
    )
    from .porting_portabilities import PortingPortability as PortingPortability
    from .porting_webhook_configurations_delete import (
        PortingWebhookConfigurationDelete as PortingWebhookConfigurationDelete,
    )
    from .sender_id_registrations import (
        CreateEmbeddedRegistrationResponse as CreateEmbeddedRegistrationResponse,
    )
    from .sender_id_registrations_embedded_sessions import (
        CreateEmbeddedSessionResponse as CreateEmbeddedSessionResponse,
    )
    from .signing_request_configurations import (
        SigningRequestConfiguration as SigningRequestConfiguration,
    )
    from .webhook import PortingWebhookConfiguration as PortingWebhookConfiguration
    from .webhook import PortingWebhookConfigurationFetch as PortingWebhookConfigurationFetch

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "BulkEligibility": ".bulk_eligibilities",
    "CreateEmbeddedRegistrationResponse": ".sender_id_registrations",
    "CreateEmbeddedSessionResponse": ".sender_id_registrations_embedded_sessions",
    "Eligibility": ".eligibilities",
    "PortInRequestList": ".porting_all_port_ins",
    "PortingPortIn": ".porting_port_ins",
    "PortingPortInPhoneNumber": ".porting_port_ins_porting_port_in_phone_number",
    "PortingPortability": ".porting_portabilities",
    "PortingWebhookConfiguration": ".webhook",
    "PortingWebhookConfigurationDelete": ".porting_webhook_configurations_delete",
    "PortingWebhookConfigurationFetch": ".webhook",
    "SigningRequestConfiguration": ".signing_request_configurations",
}
__all__ = [
    "BulkEligibility",
    "CreateEmbeddedRegistrationResponse",
    "CreateEmbeddedSessionResponse",
    "Eligibility",
    "PortInRequestList",
    "PortingPortIn",
    "PortingPortInPhoneNumber",
    "PortingPortability",
    "PortingWebhookConfiguration",
    "PortingWebhookConfigurationDelete",
    "PortingWebhookConfigurationFetch",
    "SigningRequestConfiguration",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
