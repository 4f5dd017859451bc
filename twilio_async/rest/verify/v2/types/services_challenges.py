# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""Challenges models (``services.challenges``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services_challenges import ChallengesContext


class Challenges(InstanceModel["ChallengesContext"]):
    """A Challenges as returned by the API."""

    pass

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        create: ClassVar = ChallengesContext.create
    else:
        create = FromContext()
