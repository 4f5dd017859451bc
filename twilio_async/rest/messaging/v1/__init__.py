# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""messaging v1: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Mount, Root

if TYPE_CHECKING:
    from .brand_registrations import BrandRegistrationsList
    from .deactivations import DeactivationsList
    from .domain_certs import DomainCertsList
    from .domain_config import DomainConfigList
    from .domain_config_messaging_service import DomainConfigMessagingServiceList
    from .domain_validate_dns import DomainDnsValidationList
    from .domains import DomainsList
    from .domains_linkshortening_messaging_service import LinkshorteningMessagingServiceContext
    from .external_campaign import ExternalCampaignList
    from .linkshortening_messaging_service_domain_association import (
        LinkshorteningMessagingServiceDomainAssociationList,
    )
    from .request_managed_cert import RequestManagedCertList
    from .services import ServiceList
    from .tollfree_verifications import TollfreeVerificationList
    from .usecases import UsecaseList


class V1(Version):
    """``messaging`` v1 (json-v1)."""

    domain = "messaging"
    dialect_name = "json-v1"
    brand_registrations: Root[BrandRegistrationsList] = Root(
        ".brand_registrations", "BrandRegistrationsList"
    )
    deactivations: Root[DeactivationsList] = Root(".deactivations", "DeactivationsList")
    domain_certs: Root[DomainCertsList] = Root(".domain_certs", "DomainCertsList")
    domain_config: Root[DomainConfigList] = Root(".domain_config", "DomainConfigList")
    domain_config_messaging_service: Root[DomainConfigMessagingServiceList] = Root(
        ".domain_config_messaging_service", "DomainConfigMessagingServiceList"
    )
    domain_validate_dns: Root[DomainDnsValidationList] = Root(
        ".domain_validate_dns", "DomainDnsValidationList"
    )
    domains: Root[DomainsList] = Root(".domains", "DomainsList")
    external_campaign: Root[ExternalCampaignList] = Root(
        ".external_campaign", "ExternalCampaignList"
    )
    linkshortening_messaging_service_domain_association: Root[
        LinkshorteningMessagingServiceDomainAssociationList
    ] = Root(
        ".linkshortening_messaging_service_domain_association",
        "LinkshorteningMessagingServiceDomainAssociationList",
    )
    request_managed_cert: Root[RequestManagedCertList] = Root(
        ".request_managed_cert", "RequestManagedCertList"
    )
    services: Root[ServiceList] = Root(".services", "ServiceList")
    tollfree_verifications: Root[TollfreeVerificationList] = Root(
        ".tollfree_verifications", "TollfreeVerificationList"
    )
    usecases: Root[UsecaseList] = Root(".usecases", "UsecaseList")
    linkshortening_messaging_service: Mount[LinkshorteningMessagingServiceContext] = Mount(
        ".domains_linkshortening_messaging_service",
        "LinkshorteningMessagingServiceList",
        ("domain_sid", "messaging_service_sid"),
    )
