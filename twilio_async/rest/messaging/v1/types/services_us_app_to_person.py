# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""UsAppToPersonResponse models (``services.us_app_to_person``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services_us_app_to_person import UsAppToPersonResponseContext


class UsAppToPersonResponse(InstanceModel["UsAppToPersonResponseContext"]):
    """A UsAppToPersonResponse as returned by the API."""

    pass

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = UsAppToPersonResponseContext.fetch
        update: ClassVar = UsAppToPersonResponseContext.update
        delete: ClassVar = UsAppToPersonResponseContext.delete
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
