# Generated from specs/studio_v2.yaml by `make codegen`; do not edit.
"""FlowValidate models (``flow_validate``)."""

from __future__ import annotations

from twilio_async._models import TwilioModel


class FlowValidate(TwilioModel):
    """A FlowValidate as returned by the API."""

    valid: bool | None = None
