# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""Activity resources (``workspaces.activities``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    QUERY,
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.workspaces_activities import Activity

_TYPES = Models(__package__, ".types.workspaces_activities")
_MODEL = _TYPES("Activity")
_LIST_PATH = "/v1/Workspaces/{0}/Activities"
_INSTANCE_PATH = "/v1/Workspaces/{0}/Activities/{1}"
_CREATE: Operation[Activity] = Operation(
    "activities.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string", required=True),
    P("available", "Available", FORM, "boolean"),
)
_LIST: Operation[Activity] = Operation(
    "activities.list", "GET", _LIST_PATH, body="none", list_key="activities", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", QUERY, "string"),
    P("available", "Available", QUERY, "string"),
)
_FETCH: Operation[Activity] = Operation(
    "activities.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Activity] = Operation(
    "activities.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("friendly_name", "FriendlyName", FORM, "string"))
_DELETE: Operation[None] = Operation("activities.delete", "DELETE", _INSTANCE_PATH, body="none")


class ActivityCreateArgs(Args):
    friendly_name: str
    available: bool | NotGiven = NOT_GIVEN


class ActivityFilters(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    available: str | NotGiven = NOT_GIVEN


class ActivityListArgs(ActivityFilters, ListArgs): ...


class ActivityPageArgs(ActivityFilters, PageArgs): ...


class ActivityUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN


class ActivityContext(InstanceContext):
    """One Activity: ``/v1/Workspaces/{WorkspaceSid}/Activities/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Activity: ``GET /v1/Workspaces/{WorkspaceSid}/Activities/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WA[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Activity

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Fetch this Activity: ``GET /v1/Workspaces/{WorkspaceSid}/Activities/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WA[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Activity

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    update = _UPDATE.call_method(
        ActivityUpdateArgs,
        """Update this Activity: ``POST /v1/Workspaces/{WorkspaceSid}/Activities/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WA[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Activity

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Update this Activity: ``POST /v1/Workspaces/{WorkspaceSid}/Activities/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WA[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Activity

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Activity: ``DELETE /v1/Workspaces/{WorkspaceSid}/Activities/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WA[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Delete this Activity: ``DELETE /v1/Workspaces/{WorkspaceSid}/Activities/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WA[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """


class ActivityList(KeyedList[ActivityContext]):
    """Activity collection: ``/v1/Workspaces/{WorkspaceSid}/Activities``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^WA[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        ActivityCreateArgs,
        """Create a Activity: ``POST /v1/Workspaces/{WorkspaceSid}/Activities``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        available (bool): ``Available``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Activity

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Create a Activity: ``POST /v1/Workspaces/{WorkspaceSid}/Activities``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        available (bool): ``Available``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Activity

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    list = _LIST.list_method(
        ActivityListArgs,
        """List Activity resources, every page up to ``limit`` items: ``GET /v1/Workspaces/{WorkspaceSid}/Activities``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        available (str): ``Available``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Activity]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """List Activity resources, every page up to ``limit`` items: ``GET /v1/Workspaces/{WorkspaceSid}/Activities``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        available (str): ``Available``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Activity]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    stream = _LIST.stream_method(
        ActivityListArgs,
        """Stream Activity resources, one page in memory at a time: ``GET /v1/Workspaces/{WorkspaceSid}/Activities``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        available (str): ``Available``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Activity.

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Stream Activity resources, one page in memory at a time: ``GET /v1/Workspaces/{WorkspaceSid}/Activities``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        available (str): ``Available``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Activity.

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    page = _LIST.page_method(
        ActivityPageArgs,
        """One page of Activity resources (``next_page()`` moves on): ``GET /v1/Workspaces/{WorkspaceSid}/Activities``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        available (str): ``Available``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Activity]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """One page of Activity resources (``next_page()`` moves on): ``GET /v1/Workspaces/{WorkspaceSid}/Activities``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        available (str): ``Available``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Activity]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
