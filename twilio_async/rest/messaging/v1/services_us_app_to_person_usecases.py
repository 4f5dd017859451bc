# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""UsAppToPersonUsecase resources (``services.us_app_to_person_usecases``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import QUERY, Args, ListResource, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.services_us_app_to_person_usecases import UsAppToPersonUsecase

_TYPES = Models(__package__, ".types.services_us_app_to_person_usecases")
_MODEL = _TYPES("UsAppToPersonUsecase")
_LIST_PATH = "/v1/Services/{0}/Compliance/Usa2p/Usecases"
_FETCH: Operation[UsAppToPersonUsecase] = Operation(
    "us_app_to_person_usecases.fetch", "GET", _LIST_PATH, body="none", model=_MODEL
).with_params(P("brand_registration_sid", "BrandRegistrationSid", QUERY, "string"))


class UsAppToPersonUsecaseFetchArgs(Args):
    brand_registration_sid: str | NotGiven = NOT_GIVEN


class UsAppToPersonUsecaseList(ListResource):
    """UsAppToPersonUsecase collection: ``/v1/Services/{MessagingServiceSid}/Compliance/Usa2p/Usecases``."""

    __slots__ = ()
    fetch = _FETCH.call_method(UsAppToPersonUsecaseFetchArgs)
    """Fetch the UsAppToPersonUsecase: ``GET /v1/Services/{MessagingServiceSid}/Compliance/Usa2p/Usecases``."""
