# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""Usecase models (``usecases``)."""

from __future__ import annotations

from typing import Any

from twilio_async._models import TwilioModel


class Usecase(TwilioModel):
    """A Usecase as returned by the API."""

    usecases: list[Any] | None = None
