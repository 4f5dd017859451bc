# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""Usecase resources (``usecases``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Args, ListResource, Models, Operation

if TYPE_CHECKING:
    from .types.usecases import Usecase

_TYPES = Models(__package__, ".types.usecases")
_MODEL = _TYPES("Usecase")
_LIST_PATH = "/v1/Services/Usecases"
_FETCH: Operation[Usecase] = Operation(
    "usecases.fetch", "GET", _LIST_PATH, body="none", model=_MODEL
)


class UsecaseList(ListResource):
    """Usecase collection: ``/v1/Services/Usecases``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch the Usecase: ``GET /v1/Services/Usecases``."""
