# Generated from specs/marketplace_v1.yaml by `make codegen`; do not edit.
"""ModuleData models (``module_data``)."""

from __future__ import annotations

from typing import Any

from twilio_async._models import TwilioModel


class ModuleData(TwilioModel):
    """A ModuleData as returned by the API."""

    url: str | None = None
    sid: str | None = None
    description: Any | None = None
    support: Any | None = None
    policies: Any | None = None
    module_info: Any | None = None
    documentation: Any | None = None
    configuration: Any | None = None
    pricing: Any | None = None
