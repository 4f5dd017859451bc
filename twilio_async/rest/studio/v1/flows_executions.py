# Generated from specs/studio_v1.yaml by `make codegen`; do not edit.
"""Execution resources (``flows.executions``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    FORM,
    QUERY,
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
    from .enums import ExecutionStatus
    from .flows_executions_execution_context import ExecutionContextList
    from .flows_executions_steps import ExecutionStepList
    from .types.flows_executions import Execution

_TYPES = Models(__package__, ".types.flows_executions")
_MODEL = _TYPES("Execution")
_LIST_PATH = "/v1/Flows/{0}/Executions"
_INSTANCE_PATH = "/v1/Flows/{0}/Executions/{1}"
_CREATE: Operation[Execution] = Operation(
    "executions.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("to", "To", FORM, "string", required=True),
    P("from_", "From", FORM, "string", required=True),
    P("parameters", "Parameters", FORM, "object"),
)
_LIST: Operation[Execution] = Operation(
    "executions.list", "GET", _LIST_PATH, body="none", list_key="executions", model=_MODEL
).with_params(
    P("date_created_from", "DateCreatedFrom", QUERY, "datetime"),
    P("date_created_to", "DateCreatedTo", QUERY, "datetime"),
)
_FETCH: Operation[Execution] = Operation(
    "executions.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Execution] = Operation(
    "executions.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("status", "Status", FORM, "string", required=True))
_DELETE: Operation[None] = Operation("executions.delete", "DELETE", _INSTANCE_PATH, body="none")


class ExecutionCreateArgs(Args):
    to: str
    from_: str
    parameters: Any | NotGiven = NOT_GIVEN


class ExecutionFilters(Args):
    date_created_from: datetime | date | str | NotGiven = NOT_GIVEN
    date_created_to: datetime | date | str | NotGiven = NOT_GIVEN


class ExecutionListArgs(ExecutionFilters, ListArgs): ...


class ExecutionPageArgs(ExecutionFilters, PageArgs): ...


class ExecutionUpdateArgs(Args):
    status: ExecutionStatus | str


class ExecutionInstanceContext(InstanceContext):
    """One Execution: ``/v1/Flows/{FlowSid}/Executions/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Execution: ``GET /v1/Flows/{FlowSid}/Executions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^FN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Execution

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """Fetch this Execution: ``GET /v1/Flows/{FlowSid}/Executions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^FN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Execution

    Twilio docs: https://www.twilio.com/docs/studio
    """
    update = _UPDATE.call_method(
        ExecutionUpdateArgs,
        """Update this Execution: ``POST /v1/Flows/{FlowSid}/Executions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^FN[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        status (ExecutionStatus | str): ``Status``; enum:execution_status; one of ``active``, ``ended``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Execution

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """Update this Execution: ``POST /v1/Flows/{FlowSid}/Executions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^FN[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        status (ExecutionStatus | str): ``Status``; enum:execution_status; one of ``active``, ``ended``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Execution

    Twilio docs: https://www.twilio.com/docs/studio
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Execution: ``DELETE /v1/Flows/{FlowSid}/Executions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^FN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """Delete this Execution: ``DELETE /v1/Flows/{FlowSid}/Executions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^FN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/studio
    """
    execution_context: Child[ExecutionContextList] = Child(
        ".flows_executions_execution_context", "ExecutionContextList"
    )
    steps: Child[ExecutionStepList] = Child(".flows_executions_steps", "ExecutionStepList")


class ExecutionList(KeyedList[ExecutionInstanceContext]):
    """Execution collection: ``/v1/Flows/{FlowSid}/Executions``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^FN[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        ExecutionCreateArgs,
        """Create a Execution: ``POST /v1/Flows/{FlowSid}/Executions``.

    Parameters are sent in the form body unless noted.

    Args:
        to (str): ``To``; phone-number; required.
        from_ (str): ``From``; phone-number; required.
        parameters (Any): ``Parameters``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Execution

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """Create a Execution: ``POST /v1/Flows/{FlowSid}/Executions``.

    Parameters are sent in the form body unless noted.

    Args:
        to (str): ``To``; phone-number; required.
        from_ (str): ``From``; phone-number; required.
        parameters (Any): ``Parameters``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Execution

    Twilio docs: https://www.twilio.com/docs/studio
    """
    list = _LIST.list_method(
        ExecutionListArgs,
        """List Execution resources, every page up to ``limit`` items: ``GET /v1/Flows/{FlowSid}/Executions``.

    Parameters are sent in the query string unless noted.

    Args:
        date_created_from (datetime | date | str): ``DateCreatedFrom``; datetime; optional.
        date_created_to (datetime | date | str): ``DateCreatedTo``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Execution]

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """List Execution resources, every page up to ``limit`` items: ``GET /v1/Flows/{FlowSid}/Executions``.

    Parameters are sent in the query string unless noted.

    Args:
        date_created_from (datetime | date | str): ``DateCreatedFrom``; datetime; optional.
        date_created_to (datetime | date | str): ``DateCreatedTo``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Execution]

    Twilio docs: https://www.twilio.com/docs/studio
    """
    stream = _LIST.stream_method(
        ExecutionListArgs,
        """Stream Execution resources, one page in memory at a time: ``GET /v1/Flows/{FlowSid}/Executions``.

    Parameters are sent in the query string unless noted.

    Args:
        date_created_from (datetime | date | str): ``DateCreatedFrom``; datetime; optional.
        date_created_to (datetime | date | str): ``DateCreatedTo``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Execution.

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """Stream Execution resources, one page in memory at a time: ``GET /v1/Flows/{FlowSid}/Executions``.

    Parameters are sent in the query string unless noted.

    Args:
        date_created_from (datetime | date | str): ``DateCreatedFrom``; datetime; optional.
        date_created_to (datetime | date | str): ``DateCreatedTo``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Execution.

    Twilio docs: https://www.twilio.com/docs/studio
    """
    page = _LIST.page_method(
        ExecutionPageArgs,
        """One page of Execution resources (``next_page()`` moves on): ``GET /v1/Flows/{FlowSid}/Executions``.

    Parameters are sent in the query string unless noted.

    Args:
        date_created_from (datetime | date | str): ``DateCreatedFrom``; datetime; optional.
        date_created_to (datetime | date | str): ``DateCreatedTo``; datetime; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Execution]

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """One page of Execution resources (``next_page()`` moves on): ``GET /v1/Flows/{FlowSid}/Executions``.

    Parameters are sent in the query string unless noted.

    Args:
        date_created_from (datetime | date | str): ``DateCreatedFrom``; datetime; optional.
        date_created_to (datetime | date | str): ``DateCreatedTo``; datetime; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Execution]

    Twilio docs: https://www.twilio.com/docs/studio
    """
