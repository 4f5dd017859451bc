# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""UsAppToPersonUsecase models (``services.us_app_to_person_usecases``)."""

from __future__ import annotations

from typing import Any

from twilio_async._models import TwilioModel


class UsAppToPersonUsecase(TwilioModel):
    """A UsAppToPersonUsecase as returned by the API."""

    us_app_to_person_usecases: list[Any] | None = None
