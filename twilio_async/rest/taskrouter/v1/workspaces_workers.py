# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""Worker resources (``workspaces.workers``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    HEADER,
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
    from .types.workspaces_workers import Worker
    from .workspaces_workers_cumulative_statistics import WorkersCumulativeStatisticsList
    from .workspaces_workers_real_time_statistics import WorkersRealTimeStatisticsList
    from .workspaces_workers_reservations import WorkerReservationList
    from .workspaces_workers_statistics import WorkerStatisticsList
    from .workspaces_workers_worker_channels import WorkerChannelList
    from .workspaces_workers_workers_statistics import WorkersStatisticsList

_TYPES = Models(__package__, ".types.workspaces_workers")
_MODEL = _TYPES("Worker")
_LIST_PATH = "/v1/Workspaces/{0}/Workers"
_INSTANCE_PATH = "/v1/Workspaces/{0}/Workers/{1}"
_CREATE: Operation[Worker] = Operation(
    "workers.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string", required=True),
    P("activity_sid", "ActivitySid", FORM, "string"),
    P("attributes", "Attributes", FORM, "string"),
)
_LIST: Operation[Worker] = Operation(
    "workers.list", "GET", _LIST_PATH, body="none", list_key="workers", model=_MODEL
).with_params(
    P("activity_name", "ActivityName", QUERY, "string"),
    P("activity_sid", "ActivitySid", QUERY, "string"),
    P("available", "Available", QUERY, "string"),
    P("friendly_name", "FriendlyName", QUERY, "string"),
    P("target_workers_expression", "TargetWorkersExpression", QUERY, "string"),
    P("task_queue_name", "TaskQueueName", QUERY, "string"),
    P("task_queue_sid", "TaskQueueSid", QUERY, "string"),
    P("ordering", "Ordering", QUERY, "string"),
)
_FETCH: Operation[Worker] = Operation(
    "workers.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Worker] = Operation(
    "workers.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("if_match", "If-Match", HEADER, "string"),
    P("activity_sid", "ActivitySid", FORM, "string"),
    P("attributes", "Attributes", FORM, "string"),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("reject_pending_reservations", "RejectPendingReservations", FORM, "boolean"),
)
_DELETE: Operation[None] = Operation(
    "workers.delete", "DELETE", _INSTANCE_PATH, body="none"
).with_params(P("if_match", "If-Match", HEADER, "string"))


class WorkerCreateArgs(Args):
    friendly_name: str
    activity_sid: str | NotGiven = NOT_GIVEN
    attributes: str | NotGiven = NOT_GIVEN


class WorkerFilters(Args):
    activity_name: str | NotGiven = NOT_GIVEN
    activity_sid: str | NotGiven = NOT_GIVEN
    available: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    target_workers_expression: str | NotGiven = NOT_GIVEN
    task_queue_name: str | NotGiven = NOT_GIVEN
    task_queue_sid: str | NotGiven = NOT_GIVEN
    ordering: str | NotGiven = NOT_GIVEN


class WorkerListArgs(WorkerFilters, ListArgs): ...


class WorkerPageArgs(WorkerFilters, PageArgs): ...


class WorkerUpdateArgs(Args):
    if_match: str | NotGiven = NOT_GIVEN
    activity_sid: str | NotGiven = NOT_GIVEN
    attributes: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    reject_pending_reservations: bool | NotGiven = NOT_GIVEN


class WorkerDeleteArgs(Args):
    if_match: str | NotGiven = NOT_GIVEN


class WorkerContext(InstanceContext):
    """One Worker: ``/v1/Workspaces/{WorkspaceSid}/Workers/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Worker: ``GET /v1/Workspaces/{WorkspaceSid}/Workers/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WK[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Worker

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Fetch this Worker: ``GET /v1/Workspaces/{WorkspaceSid}/Workers/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WK[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Worker

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    update = _UPDATE.call_method(
        WorkerUpdateArgs,
        """Update this Worker: ``POST /v1/Workspaces/{WorkspaceSid}/Workers/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WK[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        if_match (str): ``If-Match``; string; sent in an HTTP header; optional.
        activity_sid (str): ``ActivitySid``; string; matching ``^WA[0-9a-fA-F]{32}$``; optional.
        attributes (str): ``Attributes``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        reject_pending_reservations (bool): ``RejectPendingReservations``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Worker

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Update this Worker: ``POST /v1/Workspaces/{WorkspaceSid}/Workers/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WK[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        if_match (str): ``If-Match``; string; sent in an HTTP header; optional.
        activity_sid (str): ``ActivitySid``; string; matching ``^WA[0-9a-fA-F]{32}$``; optional.
        attributes (str): ``Attributes``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        reject_pending_reservations (bool): ``RejectPendingReservations``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Worker

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    delete = _DELETE.delete_method(
        WorkerDeleteArgs,
        """Delete this Worker: ``DELETE /v1/Workspaces/{WorkspaceSid}/Workers/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WK[0-9a-fA-F]{32}$``.

    Parameters are sent in the query string unless noted.

    Args:
        if_match (str): ``If-Match``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Delete this Worker: ``DELETE /v1/Workspaces/{WorkspaceSid}/Workers/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WK[0-9a-fA-F]{32}$``.

    Parameters are sent in the query string unless noted.

    Args:
        if_match (str): ``If-Match``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    reservations: Child[WorkerReservationList] = Child(
        ".workspaces_workers_reservations", "WorkerReservationList"
    )
    statistics: Child[WorkerStatisticsList] = Child(
        ".workspaces_workers_statistics", "WorkerStatisticsList"
    )
    worker_channels: Child[WorkerChannelList] = Child(
        ".workspaces_workers_worker_channels", "WorkerChannelList"
    )


class WorkerList(KeyedList[WorkerContext]):
    """Worker collection: ``/v1/Workspaces/{WorkspaceSid}/Workers``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^WK[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        WorkerCreateArgs,
        """Create a Worker: ``POST /v1/Workspaces/{WorkspaceSid}/Workers``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        activity_sid (str): ``ActivitySid``; string; matching ``^WA[0-9a-fA-F]{32}$``; optional.
        attributes (str): ``Attributes``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Worker

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Create a Worker: ``POST /v1/Workspaces/{WorkspaceSid}/Workers``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        activity_sid (str): ``ActivitySid``; string; matching ``^WA[0-9a-fA-F]{32}$``; optional.
        attributes (str): ``Attributes``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Worker

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    list = _LIST.list_method(
        WorkerListArgs,
        """List Worker resources, every page up to ``limit`` items: ``GET /v1/Workspaces/{WorkspaceSid}/Workers``.

    Parameters are sent in the query string unless noted.

    Args:
        activity_name (str): ``ActivityName``; string; optional.
        activity_sid (str): ``ActivitySid``; string; matching ``^WA[0-9a-fA-F]{32}$``; optional.
        available (str): ``Available``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        target_workers_expression (str): ``TargetWorkersExpression``; string; optional.
        task_queue_name (str): ``TaskQueueName``; string; optional.
        task_queue_sid (str): ``TaskQueueSid``; string; matching ``^WQ[0-9a-fA-F]{32}$``; optional.
        ordering (str): ``Ordering``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Worker]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """List Worker resources, every page up to ``limit`` items: ``GET /v1/Workspaces/{WorkspaceSid}/Workers``.

    Parameters are sent in the query string unless noted.

    Args:
        activity_name (str): ``ActivityName``; string; optional.
        activity_sid (str): ``ActivitySid``; string; matching ``^WA[0-9a-fA-F]{32}$``; optional.
        available (str): ``Available``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        target_workers_expression (str): ``TargetWorkersExpression``; string; optional.
        task_queue_name (str): ``TaskQueueName``; string; optional.
        task_queue_sid (str): ``TaskQueueSid``; string; matching ``^WQ[0-9a-fA-F]{32}$``; optional.
        ordering (str): ``Ordering``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Worker]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    stream = _LIST.stream_method(
        WorkerListArgs,
        """Stream Worker resources, one page in memory at a time: ``GET /v1/Workspaces/{WorkspaceSid}/Workers``.

    Parameters are sent in the query string unless noted.

    Args:
        activity_name (str): ``ActivityName``; string; optional.
        activity_sid (str): ``ActivitySid``; string; matching ``^WA[0-9a-fA-F]{32}$``; optional.
        available (str): ``Available``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        target_workers_expression (str): ``TargetWorkersExpression``; string; optional.
        task_queue_name (str): ``TaskQueueName``; string; optional.
        task_queue_sid (str): ``TaskQueueSid``; string; matching ``^WQ[0-9a-fA-F]{32}$``; optional.
        ordering (str): ``Ordering``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Worker.

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Stream Worker resources, one page in memory at a time: ``GET /v1/Workspaces/{WorkspaceSid}/Workers``.

    Parameters are sent in the query string unless noted.

    Args:
        activity_name (str): ``ActivityName``; string; optional.
        activity_sid (str): ``ActivitySid``; string; matching ``^WA[0-9a-fA-F]{32}$``; optional.
        available (str): ``Available``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        target_workers_expression (str): ``TargetWorkersExpression``; string; optional.
        task_queue_name (str): ``TaskQueueName``; string; optional.
        task_queue_sid (str): ``TaskQueueSid``; string; matching ``^WQ[0-9a-fA-F]{32}$``; optional.
        ordering (str): ``Ordering``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Worker.

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    page = _LIST.page_method(
        WorkerPageArgs,
        """One page of Worker resources (``next_page()`` moves on): ``GET /v1/Workspaces/{WorkspaceSid}/Workers``.

    Parameters are sent in the query string unless noted.

    Args:
        activity_name (str): ``ActivityName``; string; optional.
        activity_sid (str): ``ActivitySid``; string; matching ``^WA[0-9a-fA-F]{32}$``; optional.
        available (str): ``Available``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        target_workers_expression (str): ``TargetWorkersExpression``; string; optional.
        task_queue_name (str): ``TaskQueueName``; string; optional.
        task_queue_sid (str): ``TaskQueueSid``; string; matching ``^WQ[0-9a-fA-F]{32}$``; optional.
        ordering (str): ``Ordering``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Worker]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """One page of Worker resources (``next_page()`` moves on): ``GET /v1/Workspaces/{WorkspaceSid}/Workers``.

    Parameters are sent in the query string unless noted.

    Args:
        activity_name (str): ``ActivityName``; string; optional.
        activity_sid (str): ``ActivitySid``; string; matching ``^WA[0-9a-fA-F]{32}$``; optional.
        available (str): ``Available``; string; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        target_workers_expression (str): ``TargetWorkersExpression``; string; optional.
        task_queue_name (str): ``TaskQueueName``; string; optional.
        task_queue_sid (str): ``TaskQueueSid``; string; matching ``^WQ[0-9a-fA-F]{32}$``; optional.
        ordering (str): ``Ordering``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Worker]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    cumulative_statistics: Child[WorkersCumulativeStatisticsList] = Child(
        ".workspaces_workers_cumulative_statistics", "WorkersCumulativeStatisticsList"
    )
    real_time_statistics: Child[WorkersRealTimeStatisticsList] = Child(
        ".workspaces_workers_real_time_statistics", "WorkersRealTimeStatisticsList"
    )
    statistics: Child[WorkersStatisticsList] = Child(
        ".workspaces_workers_workers_statistics", "WorkersStatisticsList"
    )
