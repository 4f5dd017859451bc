# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""Entity resources (``services.entities``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    Args,
    Child,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    P,
    PageArgs,
)

if TYPE_CHECKING:
    from .services_entities_challenges import ChallengeList
    from .services_entities_factors import FactorList, FactorNewFactorsList
    from .types.services_entities import Entity

_TYPES = Models(__package__, ".types.services_entities")
_MODEL = _TYPES("Entity")
_LIST_PATH = "/v2/Services/{0}/Entities"
_INSTANCE_PATH = "/v2/Services/{0}/Entities/{1}"
_CREATE: Operation[Entity] = Operation(
    "entities.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("identity", "Identity", FORM, "string", required=True))
_LIST: Operation[Entity] = Operation(
    "entities.list", "GET", _LIST_PATH, body="none", list_key="entities", model=_MODEL
)
_FETCH: Operation[Entity] = Operation(
    "entities.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation("entities.delete", "DELETE", _INSTANCE_PATH, body="none")


class EntityCreateArgs(Args):
    identity: str


class EntityContext(InstanceContext):
    """One Entity: ``/v2/Services/{ServiceSid}/Entities/{Identity}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Entity: ``GET /v2/Services/{ServiceSid}/Entities/{Identity}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this Entity: ``DELETE /v2/Services/{ServiceSid}/Entities/{Identity}``; returns True."""
    challenges: Child[ChallengeList] = Child(".services_entities_challenges", "ChallengeList")
    factors: Child[FactorList] = Child(".services_entities_factors", "FactorList")
    new_factors: Child[FactorNewFactorsList] = Child(
        ".services_entities_factors", "FactorNewFactorsList"
    )


class EntityList(KeyedList[EntityContext]):
    """Entity collection: ``/v2/Services/{ServiceSid}/Entities``."""

    __slots__ = ()
    _key = ("Identity", "identity", None)
    create = _CREATE.call_method(EntityCreateArgs)
    """Create a Entity: ``POST /v2/Services/{ServiceSid}/Entities``."""
    list = _LIST.list_method(ListArgs)
    """List Entity resources: ``GET /v2/Services/{ServiceSid}/Entities``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream Entity resources: ``GET /v2/Services/{ServiceSid}/Entities``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of Entity resources: ``GET /v2/Services/{ServiceSid}/Entities``; ``next_page()`` moves on."""
