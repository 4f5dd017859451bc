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
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Entity: ``GET /v2/Services/{ServiceSid}/Entities/{Identity}``.

    The instance is addressed by ``{Identity}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Entity

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Fetch this Entity: ``GET /v2/Services/{ServiceSid}/Entities/{Identity}``.

    The instance is addressed by ``{Identity}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Entity

    Twilio docs: https://www.twilio.com/docs/verify
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Entity: ``DELETE /v2/Services/{ServiceSid}/Entities/{Identity}``.

    The instance is addressed by ``{Identity}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Delete this Entity: ``DELETE /v2/Services/{ServiceSid}/Entities/{Identity}``.

    The instance is addressed by ``{Identity}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/verify
    """
    challenges: Child[ChallengeList] = Child(".services_entities_challenges", "ChallengeList")
    factors: Child[FactorList] = Child(".services_entities_factors", "FactorList")
    new_factors: Child[FactorNewFactorsList] = Child(
        ".services_entities_factors", "FactorNewFactorsList"
    )


class EntityList(KeyedList[EntityContext]):
    """Entity collection: ``/v2/Services/{ServiceSid}/Entities``."""

    __slots__ = ()
    _key = ("Identity", "identity", None)
    create = _CREATE.call_method(
        EntityCreateArgs,
        """Create a Entity: ``POST /v2/Services/{ServiceSid}/Entities``.

    Parameters are sent in the form body unless noted.

    Args:
        identity (str): ``Identity``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Entity

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Create a Entity: ``POST /v2/Services/{ServiceSid}/Entities``.

    Parameters are sent in the form body unless noted.

    Args:
        identity (str): ``Identity``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Entity

    Twilio docs: https://www.twilio.com/docs/verify
    """
    list = _LIST.list_method(
        ListArgs,
        """List Entity resources, every page up to ``limit`` items: ``GET /v2/Services/{ServiceSid}/Entities``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Entity]

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """List Entity resources, every page up to ``limit`` items: ``GET /v2/Services/{ServiceSid}/Entities``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Entity]

    Twilio docs: https://www.twilio.com/docs/verify
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Entity resources, one page in memory at a time: ``GET /v2/Services/{ServiceSid}/Entities``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Entity.

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Stream Entity resources, one page in memory at a time: ``GET /v2/Services/{ServiceSid}/Entities``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Entity.

    Twilio docs: https://www.twilio.com/docs/verify
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Entity resources (``next_page()`` moves on): ``GET /v2/Services/{ServiceSid}/Entities``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Entity]

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """One page of Entity resources (``next_page()`` moves on): ``GET /v2/Services/{ServiceSid}/Entities``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Entity]

    Twilio docs: https://www.twilio.com/docs/verify
    """
