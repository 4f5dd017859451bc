# Generated from specs/numbers_v1.yaml, specs/numbers_v2.yaml, specs/numbers_v3.yaml by `make codegen`; do not edit.
"""The numbers domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .v1 import V1
    from .v1.bulk_eligibilities import BulkEligibilityList
    from .v1.eligibilities import EligibilityList
    from .v1.porting_all_port_ins import PortInRequestListList
    from .v1.porting_port_ins import PortingPortInList
    from .v1.porting_portabilities import PortingPortabilityList
    from .v1.porting_webhook_configurations_delete import PortingWebhookConfigurationDeleteList
    from .v1.sender_id_registrations import CreateEmbeddedRegistrationResponseList
    from .v1.signing_request_configurations import SigningRequestConfigurationList
    from .v1.webhook import (
        PortingWebhookConfigurationFetchList,
        PortingWebhookConfigurationFetchPortingWebhookConfigurationsList,
    )
    from .v2 import V2
    from .v2.applications import ShortCodeApplicationList
    from .v2.authorization_documents import AuthorizationDocumentList
    from .v2.bulk_hosted_number_orders import BulkHostedNumberOrderList
    from .v2.bundle_clone import BundleCloneList
    from .v2.regulatory_compliance import RegulatoryComplianceList
    from .v3 import V3
    from .v3.hosted_number_orders import HostedNumberOrderList


class Numbers(Domain):
    """The ``numbers.twilio.com`` domain."""

    @cached_property
    def v1(self) -> V1:
        """API version v1."""
        from .v1 import V1

        return V1(self._host)

    @cached_property
    def v2(self) -> V2:
        """API version v2."""
        from .v2 import V2

        return V2(self._host)

    @cached_property
    def v3(self) -> V3:
        """API version v3."""
        from .v3 import V3

        return V3(self._host)

    @property
    def applications(self) -> ShortCodeApplicationList:
        """``v2.applications`` (twilio-python's domain-level name)."""
        return self.v2.applications

    @property
    def authorization_documents(self) -> AuthorizationDocumentList:
        """``v2.authorization_documents`` (twilio-python's domain-level name)."""
        return self.v2.authorization_documents

    @property
    def bulk_eligibilities(self) -> BulkEligibilityList:
        """``v1.bulk_eligibilities`` (twilio-python's domain-level name)."""
        return self.v1.bulk_eligibilities

    @property
    def bulk_hosted_number_orders(self) -> BulkHostedNumberOrderList:
        """``v2.bulk_hosted_number_orders`` (twilio-python's domain-level name)."""
        return self.v2.bulk_hosted_number_orders

    @property
    def bundle_clone(self) -> BundleCloneList:
        """``v2.bundle_clone`` (twilio-python's domain-level name)."""
        return self.v2.bundle_clone

    @property
    def eligibilities(self) -> EligibilityList:
        """``v1.eligibilities`` (twilio-python's domain-level name)."""
        return self.v1.eligibilities

    @property
    def hosted_number_orders(self) -> HostedNumberOrderList:
        """``v3.hosted_number_orders`` (twilio-python's domain-level name)."""
        return self.v3.hosted_number_orders

    @property
    def porting_all_port_ins(self) -> PortInRequestListList:
        """``v1.porting_all_port_ins`` (twilio-python's domain-level name)."""
        return self.v1.porting_all_port_ins

    @property
    def porting_port_ins(self) -> PortingPortInList:
        """``v1.porting_port_ins`` (twilio-python's domain-level name)."""
        return self.v1.porting_port_ins

    @property
    def porting_portabilities(self) -> PortingPortabilityList:
        """``v1.porting_portabilities`` (twilio-python's domain-level name)."""
        return self.v1.porting_portabilities

    @property
    def porting_webhook_configurations(
        self,
    ) -> PortingWebhookConfigurationFetchPortingWebhookConfigurationsList:
        """``v1.porting_webhook_configurations`` (twilio-python's domain-level name)."""
        return self.v1.porting_webhook_configurations

    @property
    def porting_webhook_configurations_delete(self) -> PortingWebhookConfigurationDeleteList:
        """``v1.porting_webhook_configurations_delete`` (twilio-python's domain-level name)."""
        return self.v1.porting_webhook_configurations_delete

    @property
    def regulatory_compliance(self) -> RegulatoryComplianceList:
        """``v2.regulatory_compliance`` (twilio-python's domain-level name)."""
        return self.v2.regulatory_compliance

    @property
    def sender_id_registrations(self) -> CreateEmbeddedRegistrationResponseList:
        """``v1.sender_id_registrations`` (twilio-python's domain-level name)."""
        return self.v1.sender_id_registrations

    @property
    def signing_request_configurations(self) -> SigningRequestConfigurationList:
        """``v1.signing_request_configurations`` (twilio-python's domain-level name)."""
        return self.v1.signing_request_configurations

    @property
    def webhook(self) -> PortingWebhookConfigurationFetchList:
        """``v1.webhook`` (twilio-python's domain-level name)."""
        return self.v1.webhook
