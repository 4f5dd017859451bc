# Generated from specs/studio_v2.yaml by `make codegen`; do not edit.
"""Flow resources (``flows``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import FlowStatus
    from .flows_executions import ExecutionList
    from .flows_revisions import FlowRevisionList
    from .flows_test_users import FlowTestUserList
    from .types.flows import Flow

_TYPES = Models(__package__, ".types.flows")
_MODEL = _TYPES("Flow")
_LIST_PATH = "/v2/Flows"
_INSTANCE_PATH = "/v2/Flows/{0}"
_CREATE: Operation[Flow] = Operation(
    "flows.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string", required=True),
    P("status", "Status", FORM, "string", required=True),
    P("definition", "Definition", FORM, "object", required=True),
    P("commit_message", "CommitMessage", FORM, "string"),
)
_LIST: Operation[Flow] = Operation(
    "flows.list", "GET", _LIST_PATH, body="none", list_key="flows", model=_MODEL
)
_FETCH: Operation[Flow] = Operation("flows.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL)
_UPDATE: Operation[Flow] = Operation(
    "flows.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("status", "Status", FORM, "string", required=True),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("definition", "Definition", FORM, "object"),
    P("commit_message", "CommitMessage", FORM, "string"),
)
_DELETE: Operation[None] = Operation("flows.delete", "DELETE", _INSTANCE_PATH, body="none")


class FlowCreateArgs(Args):
    friendly_name: str
    status: FlowStatus | str
    definition: Any
    commit_message: str | NotGiven = NOT_GIVEN


class FlowUpdateArgs(Args):
    status: FlowStatus | str
    friendly_name: str | NotGiven = NOT_GIVEN
    definition: Any | NotGiven = NOT_GIVEN
    commit_message: str | NotGiven = NOT_GIVEN


class FlowContext(InstanceContext):
    """One Flow: ``/v2/Flows/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Flow: ``GET /v2/Flows/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^FW[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Flow

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """Fetch this Flow: ``GET /v2/Flows/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^FW[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Flow

    Twilio docs: https://www.twilio.com/docs/studio
    """
    update = _UPDATE.call_method(
        FlowUpdateArgs,
        """Update this Flow: ``POST /v2/Flows/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^FW[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        status (FlowStatus | str): ``Status``; enum:flow_status; one of ``draft``, ``published``; required.
        friendly_name (str): ``FriendlyName``; string; optional.
        definition (Any): ``Definition``; object; optional.
        commit_message (str): ``CommitMessage``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Flow

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """Update this Flow: ``POST /v2/Flows/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^FW[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        status (FlowStatus | str): ``Status``; enum:flow_status; one of ``draft``, ``published``; required.
        friendly_name (str): ``FriendlyName``; string; optional.
        definition (Any): ``Definition``; object; optional.
        commit_message (str): ``CommitMessage``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Flow

    Twilio docs: https://www.twilio.com/docs/studio
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Flow: ``DELETE /v2/Flows/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^FW[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """Delete this Flow: ``DELETE /v2/Flows/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^FW[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/studio
    """
    executions: Child[ExecutionList] = Child(".flows_executions", "ExecutionList")
    revisions: Child[FlowRevisionList] = Child(".flows_revisions", "FlowRevisionList")
    test_users: Child[FlowTestUserList] = Child(".flows_test_users", "FlowTestUserList")


class FlowList(KeyedList[FlowContext]):
    """Flow collection: ``/v2/Flows``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^FW[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        FlowCreateArgs,
        """Create a Flow: ``POST /v2/Flows``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        status (FlowStatus | str): ``Status``; enum:flow_status; one of ``draft``, ``published``; required.
        definition (Any): ``Definition``; object; required.
        commit_message (str): ``CommitMessage``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Flow

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """Create a Flow: ``POST /v2/Flows``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        status (FlowStatus | str): ``Status``; enum:flow_status; one of ``draft``, ``published``; required.
        definition (Any): ``Definition``; object; required.
        commit_message (str): ``CommitMessage``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Flow

    Twilio docs: https://www.twilio.com/docs/studio
    """
    list = _LIST.list_method(
        ListArgs,
        """List Flow resources, every page up to ``limit`` items: ``GET /v2/Flows``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Flow]

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """List Flow resources, every page up to ``limit`` items: ``GET /v2/Flows``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Flow]

    Twilio docs: https://www.twilio.com/docs/studio
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Flow resources, one page in memory at a time: ``GET /v2/Flows``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Flow.

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """Stream Flow resources, one page in memory at a time: ``GET /v2/Flows``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Flow.

    Twilio docs: https://www.twilio.com/docs/studio
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Flow resources (``next_page()`` moves on): ``GET /v2/Flows``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Flow]

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """One page of Flow resources (``next_page()`` moves on): ``GET /v2/Flows``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Flow]

    Twilio docs: https://www.twilio.com/docs/studio
    """
