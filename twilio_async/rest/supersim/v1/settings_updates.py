# Generated from specs/supersim_v1.yaml by `make codegen`; do not edit.
"""SettingsUpdate resources (``settings_updates``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    QUERY,
    Args,
    ListArgs,
    ListResource,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import SettingsUpdateStatus
    from .types.settings_updates import SettingsUpdate

_TYPES = Models(__package__, ".types.settings_updates")
_MODEL = _TYPES("SettingsUpdate")
_LIST_PATH = "/v1/SettingsUpdates"
_LIST: Operation[SettingsUpdate] = Operation(
    "settings_updates.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="settings_updates",
    model=_MODEL,
).with_params(P("sim", "Sim", QUERY, "string"), P("status", "Status", QUERY, "string"))


class SettingsUpdateFilters(Args):
    sim: str | NotGiven = NOT_GIVEN
    status: SettingsUpdateStatus | str | NotGiven = NOT_GIVEN


class SettingsUpdateListArgs(SettingsUpdateFilters, ListArgs): ...


class SettingsUpdatePageArgs(SettingsUpdateFilters, PageArgs): ...


class SettingsUpdateList(ListResource):
    """SettingsUpdate collection: ``/v1/SettingsUpdates``."""

    __slots__ = ()
    list = _LIST.list_method(
        SettingsUpdateListArgs,
        """List SettingsUpdate resources, every page up to ``limit`` items: ``GET /v1/SettingsUpdates``.

    Parameters are sent in the query string unless noted.

    Args:
        sim (str): ``Sim``; string; optional.
        status (SettingsUpdateStatus | str): ``Status``; enum:settings_update_status; one of ``scheduled``, ``in-progress``, ``successful``, ``failed``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SettingsUpdate]

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """List SettingsUpdate resources, every page up to ``limit`` items: ``GET /v1/SettingsUpdates``.

    Parameters are sent in the query string unless noted.

    Args:
        sim (str): ``Sim``; string; optional.
        status (SettingsUpdateStatus | str): ``Status``; enum:settings_update_status; one of ``scheduled``, ``in-progress``, ``successful``, ``failed``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SettingsUpdate]

    Twilio docs: https://www.twilio.com/docs/iot
    """
    stream = _LIST.stream_method(
        SettingsUpdateListArgs,
        """Stream SettingsUpdate resources, one page in memory at a time: ``GET /v1/SettingsUpdates``.

    Parameters are sent in the query string unless noted.

    Args:
        sim (str): ``Sim``; string; optional.
        status (SettingsUpdateStatus | str): ``Status``; enum:settings_update_status; one of ``scheduled``, ``in-progress``, ``successful``, ``failed``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SettingsUpdate.

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Stream SettingsUpdate resources, one page in memory at a time: ``GET /v1/SettingsUpdates``.

    Parameters are sent in the query string unless noted.

    Args:
        sim (str): ``Sim``; string; optional.
        status (SettingsUpdateStatus | str): ``Status``; enum:settings_update_status; one of ``scheduled``, ``in-progress``, ``successful``, ``failed``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SettingsUpdate.

    Twilio docs: https://www.twilio.com/docs/iot
    """
    page = _LIST.page_method(
        SettingsUpdatePageArgs,
        """One page of SettingsUpdate resources (``next_page()`` moves on): ``GET /v1/SettingsUpdates``.

    Parameters are sent in the query string unless noted.

    Args:
        sim (str): ``Sim``; string; optional.
        status (SettingsUpdateStatus | str): ``Status``; enum:settings_update_status; one of ``scheduled``, ``in-progress``, ``successful``, ``failed``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SettingsUpdate]

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """One page of SettingsUpdate resources (``next_page()`` moves on): ``GET /v1/SettingsUpdates``.

    Parameters are sent in the query string unless noted.

    Args:
        sim (str): ``Sim``; string; optional.
        status (SettingsUpdateStatus | str): ``Status``; enum:settings_update_status; one of ``scheduled``, ``in-progress``, ``successful``, ``failed``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SettingsUpdate]

    Twilio docs: https://www.twilio.com/docs/iot
    """
