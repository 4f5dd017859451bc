# Generated from specs/numbers_v1.yaml by `make codegen`; do not edit.
"""numbers v1: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .bulk_eligibilities import BulkEligibilityList
    from .eligibilities import EligibilityList
    from .porting_all_port_ins import PortInRequestListList
    from .porting_port_ins import PortingPortInList
    from .porting_portabilities import PortingPortabilityList
    from .porting_webhook_configurations_delete import PortingWebhookConfigurationDeleteList
    from .sender_id_registrations import CreateEmbeddedRegistrationResponseList
    from .signing_request_configurations import SigningRequestConfigurationList
    from .webhook import PortingWebhookConfigurationFetchList


class V1(Version):
    """``numbers`` v1 (json-token)."""

    domain = "numbers"
    dialect_name = "json-token"
    bulk_eligibilities: Root[BulkEligibilityList] = Root(
        ".bulk_eligibilities", "BulkEligibilityList"
    )
    eligibilities: Root[EligibilityList] = Root(".eligibilities", "EligibilityList")
    porting_all_port_ins: Root[PortInRequestListList] = Root(
        ".porting_all_port_ins", "PortInRequestListList"
    )
    porting_port_ins: Root[PortingPortInList] = Root(".porting_port_ins", "PortingPortInList")
    porting_portabilities: Root[PortingPortabilityList] = Root(
        ".porting_portabilities", "PortingPortabilityList"
    )
    porting_webhook_configurations_delete: Root[PortingWebhookConfigurationDeleteList] = Root(
        ".porting_webhook_configurations_delete", "PortingWebhookConfigurationDeleteList"
    )
    sender_id_registrations: Root[CreateEmbeddedRegistrationResponseList] = Root(
        ".sender_id_registrations", "CreateEmbeddedRegistrationResponseList"
    )
    signing_request_configurations: Root[SigningRequestConfigurationList] = Root(
        ".signing_request_configurations", "SigningRequestConfigurationList"
    )
    webhook: Root[PortingWebhookConfigurationFetchList] = Root(
        ".webhook", "PortingWebhookConfigurationFetchList"
    )
