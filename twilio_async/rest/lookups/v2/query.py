# Generated from specs/lookups_v2.yaml by `make codegen`; do not edit.
"""Query resources (``query``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from twilio_async._resource import JSON, Args, ListResource, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.query import Query

_TYPES = Models(__package__, ".types.query")
_MODEL = _TYPES("Query")
_LIST_PATH = "/v2/batch/query"
_CREATE: Operation[Query] = Operation(
    "query.create", "POST", _LIST_PATH, body="json", model=_MODEL
).with_params(P("phone_numbers", "phone_numbers", JSON, "object", many=True))


class QueryCreateArgs(Args):
    phone_numbers: Sequence[Any] | NotGiven = NOT_GIVEN


class QueryList(ListResource):
    """Query collection: ``/v2/batch/query``."""

    __slots__ = ()
    create = _CREATE.call_method(QueryCreateArgs)
    """Create a Query: ``POST /v2/batch/query``."""
