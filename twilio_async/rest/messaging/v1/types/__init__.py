# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""Response models of messaging v1, loaded on first access: ``from twilio_async.rest.messaging.v1.types import AlphaSender``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .brand_registrations import BrandRegistrations as BrandRegistrations
    from .brand_registrations_brand_registration_2fa import (
        BrandRegistration2fa as BrandRegistration2fa,
    )
    from .brand_registrations_brand_registration_otps import (
        BrandRegistrationOtp as BrandRegistrationOtp,
    )
    from .brand_registrations_brand_vettings import BrandVetting as BrandVetting
    from .deactivations import Deactivations as Deactivations
    from .domain_certs import DomainCerts as DomainCerts
    from .domain_config import DomainConfig as DomainConfig
    from .domain_config_messaging_service import (
        DomainConfigMessagingService as DomainConfigMessagingService,
    )
    from .domain_validate_dns import DomainDnsValidation as DomainDnsValidation
    from .domains import Domains as Domains
    from .domains_linkshortening_messaging_service import (
        LinkshorteningMessagingService as LinkshorteningMessagingService,
    )
    from .external_campaign import ExternalCampaign as ExternalCampaign
    from .linkshortening_messaging_service_domain_association import (
        LinkshorteningMessagingServiceDomainAssociation as LinkshorteningMessagingServiceDomainAssociation,
    )
    from .request_managed_cert import RequestManagedCert as RequestManagedCert
    from .services import Service as Service
    from .services_alpha_senders import AlphaSender as AlphaSender
    from .services_channel_senders import ChannelSender as ChannelSender
    from .services_destination_alpha_senders import DestinationAlphaSender as DestinationAlphaSender
    from .services_phone_numbers import PhoneNumber as PhoneNumber
    from .services_short_codes import ShortCode as ShortCode
    from .services_us_app_to_person import UsAppToPersonResponse as UsAppToPersonResponse
    from .services_us_app_to_person_usecases import UsAppToPersonUsecase as UsAppToPersonUsecase
    from .tollfree_verifications import TollfreeVerification as TollfreeVerification
    from .usecases import Usecase as Usecase

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "AlphaSender": ".services_alpha_senders",
    "BrandRegistration2fa": ".brand_registrations_brand_registration_2fa",
    "BrandRegistrationOtp": ".brand_registrations_brand_registration_otps",
    "BrandRegistrations": ".brand_registrations",
    "BrandVetting": ".brand_registrations_brand_vettings",
    "ChannelSender": ".services_channel_senders",
    "Deactivations": ".deactivations",
    "DestinationAlphaSender": ".services_destination_alpha_senders",
    "DomainCerts": ".domain_certs",
    "DomainConfig": ".domain_config",
    "DomainConfigMessagingService": ".domain_config_messaging_service",
    "DomainDnsValidation": ".domain_validate_dns",
    "Domains": ".domains",
    "ExternalCampaign": ".external_campaign",
    "LinkshorteningMessagingService": ".domains_linkshortening_messaging_service",
    "LinkshorteningMessagingServiceDomainAssociation": ".linkshortening_messaging_service_domain_association",
    "PhoneNumber": ".services_phone_numbers",
    "RequestManagedCert": ".request_managed_cert",
    "Service": ".services",
    "ShortCode": ".services_short_codes",
    "TollfreeVerification": ".tollfree_verifications",
    "UsAppToPersonResponse": ".services_us_app_to_person",
    "UsAppToPersonUsecase": ".services_us_app_to_person_usecases",
    "Usecase": ".usecases",
}
__all__ = [
    "AlphaSender",
    "BrandRegistration2fa",
    "BrandRegistrationOtp",
    "BrandRegistrations",
    "BrandVetting",
    "ChannelSender",
    "Deactivations",
    "DestinationAlphaSender",
    "DomainCerts",
    "DomainConfig",
    "DomainConfigMessagingService",
    "DomainDnsValidation",
    "Domains",
    "ExternalCampaign",
    "LinkshorteningMessagingService",
    "LinkshorteningMessagingServiceDomainAssociation",
    "PhoneNumber",
    "RequestManagedCert",
    "Service",
    "ShortCode",
    "TollfreeVerification",
    "UsAppToPersonResponse",
    "UsAppToPersonUsecase",
    "Usecase",
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
