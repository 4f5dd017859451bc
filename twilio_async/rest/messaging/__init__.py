# Generated from specs/messaging_v1.yaml, specs/messaging_v2.yaml, specs/messaging_v3.yaml by `make codegen`; do not edit.
"""The messaging domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .v1 import V1
    from .v1.brand_registrations import BrandRegistrationsList
    from .v1.deactivations import DeactivationsList
    from .v1.domain_config import DomainConfigList
    from .v1.domain_config_messaging_service import DomainConfigMessagingServiceList
    from .v1.domain_validate_dns import DomainDnsValidationList
    from .v1.domains import DomainsList
    from .v1.external_campaign import ExternalCampaignList
    from .v1.linkshortening_messaging_service_domain_association import (
        LinkshorteningMessagingServiceDomainAssociationList,
    )
    from .v1.request_managed_cert import RequestManagedCertList
    from .v1.services import ServiceList
    from .v1.tollfree_verifications import TollfreeVerificationList
    from .v1.usecases import UsecaseList
    from .v2 import V2
    from .v2.channels_senders import ChannelsSenderResponseList
    from .v2.domain_certs import DomainCertsList
    from .v3 import V3
    from .v3.typing_indicator import TypingIndicatorList


class Messaging(Domain):
    """The ``messaging.twilio.com`` domain."""

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
    def brand_registrations(self) -> BrandRegistrationsList:
        """``v1.brand_registrations`` (twilio-python's domain-level name)."""
        return self.v1.brand_registrations

    @property
    def channels_senders(self) -> ChannelsSenderResponseList:
        """``v2.channels_senders`` (twilio-python's domain-level name)."""
        return self.v2.channels_senders

    @property
    def deactivations(self) -> DeactivationsList:
        """``v1.deactivations`` (twilio-python's domain-level name)."""
        return self.v1.deactivations

    @property
    def domain_certs(self) -> DomainCertsList:
        """``v2.domain_certs`` (twilio-python's domain-level name)."""
        return self.v2.domain_certs

    @property
    def domain_config(self) -> DomainConfigList:
        """``v1.domain_config`` (twilio-python's domain-level name)."""
        return self.v1.domain_config

    @property
    def domain_config_messaging_service(self) -> DomainConfigMessagingServiceList:
        """``v1.domain_config_messaging_service`` (twilio-python's domain-level name)."""
        return self.v1.domain_config_messaging_service

    @property
    def domain_validate_dns(self) -> DomainDnsValidationList:
        """``v1.domain_validate_dns`` (twilio-python's domain-level name)."""
        return self.v1.domain_validate_dns

    @property
    def domains(self) -> DomainsList:
        """``v1.domains`` (twilio-python's domain-level name)."""
        return self.v1.domains

    @property
    def external_campaign(self) -> ExternalCampaignList:
        """``v1.external_campaign`` (twilio-python's domain-level name)."""
        return self.v1.external_campaign

    @property
    def linkshortening_messaging_service_domain_association(
        self,
    ) -> LinkshorteningMessagingServiceDomainAssociationList:
        """``v1.linkshortening_messaging_service_domain_association`` (twilio-python's domain-level name)."""
        return self.v1.linkshortening_messaging_service_domain_association

    @property
    def request_managed_cert(self) -> RequestManagedCertList:
        """``v1.request_managed_cert`` (twilio-python's domain-level name)."""
        return self.v1.request_managed_cert

    @property
    def services(self) -> ServiceList:
        """``v1.services`` (twilio-python's domain-level name)."""
        return self.v1.services

    @property
    def tollfree_verifications(self) -> TollfreeVerificationList:
        """``v1.tollfree_verifications`` (twilio-python's domain-level name)."""
        return self.v1.tollfree_verifications

    @property
    def typing_indicator(self) -> TypingIndicatorList:
        """``v3.typing_indicator`` (twilio-python's domain-level name)."""
        return self.v3.typing_indicator

    @property
    def usecases(self) -> UsecaseList:
        """``v1.usecases`` (twilio-python's domain-level name)."""
        return self.v1.usecases
