# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""Workflow resources (``workspaces.workflows``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
    from .types.workspaces_workflows import Workflow
    from .workspaces_workflows_cumulative_statistics import WorkflowCumulativeStatisticsList
    from .workspaces_workflows_real_time_statistics import WorkflowRealTimeStatisticsList
    from .workspaces_workflows_statistics import WorkflowStatisticsList

_TYPES = Models(__package__, ".types.workspaces_workflows")
_MODEL = _TYPES("Workflow")
_LIST_PATH = "/v1/Workspaces/{0}/Workflows"
_INSTANCE_PATH = "/v1/Workspaces/{0}/Workflows/{1}"
_CREATE: Operation[Workflow] = Operation(
    "workflows.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string", required=True),
    P("configuration", "Configuration", FORM, "string", required=True),
    P("assignment_callback_url", "AssignmentCallbackUrl", FORM, "string"),
    P("fallback_assignment_callback_url", "FallbackAssignmentCallbackUrl", FORM, "string"),
    P("task_reservation_timeout", "TaskReservationTimeout", FORM, "integer"),
)
_LIST: Operation[Workflow] = Operation(
    "workflows.list", "GET", _LIST_PATH, body="none", list_key="workflows", model=_MODEL
).with_params(P("friendly_name", "FriendlyName", QUERY, "string"))
_FETCH: Operation[Workflow] = Operation(
    "workflows.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Workflow] = Operation(
    "workflows.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("assignment_callback_url", "AssignmentCallbackUrl", FORM, "string"),
    P("fallback_assignment_callback_url", "FallbackAssignmentCallbackUrl", FORM, "string"),
    P("configuration", "Configuration", FORM, "string"),
    P("task_reservation_timeout", "TaskReservationTimeout", FORM, "integer"),
    P("re_evaluate_tasks", "ReEvaluateTasks", FORM, "string"),
)
_DELETE: Operation[None] = Operation("workflows.delete", "DELETE", _INSTANCE_PATH, body="none")


class WorkflowCreateArgs(Args):
    friendly_name: str
    configuration: str
    assignment_callback_url: str | NotGiven = NOT_GIVEN
    fallback_assignment_callback_url: str | NotGiven = NOT_GIVEN
    task_reservation_timeout: int | NotGiven = NOT_GIVEN


class WorkflowFilters(Args):
    friendly_name: str | NotGiven = NOT_GIVEN


class WorkflowListArgs(WorkflowFilters, ListArgs): ...


class WorkflowPageArgs(WorkflowFilters, PageArgs): ...


class WorkflowUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    assignment_callback_url: str | NotGiven = NOT_GIVEN
    fallback_assignment_callback_url: str | NotGiven = NOT_GIVEN
    configuration: str | NotGiven = NOT_GIVEN
    task_reservation_timeout: int | NotGiven = NOT_GIVEN
    re_evaluate_tasks: str | NotGiven = NOT_GIVEN


class WorkflowContext(InstanceContext):
    """One Workflow: ``/v1/Workspaces/{WorkspaceSid}/Workflows/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Workflow: ``GET /v1/Workspaces/{WorkspaceSid}/Workflows/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WW[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Workflow

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Fetch this Workflow: ``GET /v1/Workspaces/{WorkspaceSid}/Workflows/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WW[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Workflow

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    update = _UPDATE.call_method(
        WorkflowUpdateArgs,
        """Update this Workflow: ``POST /v1/Workspaces/{WorkspaceSid}/Workflows/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WW[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        assignment_callback_url (str): ``AssignmentCallbackUrl``; uri; optional.
        fallback_assignment_callback_url (str): ``FallbackAssignmentCallbackUrl``; uri; optional.
        configuration (str): ``Configuration``; string; optional.
        task_reservation_timeout (int): ``TaskReservationTimeout``; integer; optional.
        re_evaluate_tasks (str): ``ReEvaluateTasks``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Workflow

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Update this Workflow: ``POST /v1/Workspaces/{WorkspaceSid}/Workflows/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WW[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        assignment_callback_url (str): ``AssignmentCallbackUrl``; uri; optional.
        fallback_assignment_callback_url (str): ``FallbackAssignmentCallbackUrl``; uri; optional.
        configuration (str): ``Configuration``; string; optional.
        task_reservation_timeout (int): ``TaskReservationTimeout``; integer; optional.
        re_evaluate_tasks (str): ``ReEvaluateTasks``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Workflow

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Workflow: ``DELETE /v1/Workspaces/{WorkspaceSid}/Workflows/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WW[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Delete this Workflow: ``DELETE /v1/Workspaces/{WorkspaceSid}/Workflows/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^WW[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    cumulative_statistics: Child[WorkflowCumulativeStatisticsList] = Child(
        ".workspaces_workflows_cumulative_statistics", "WorkflowCumulativeStatisticsList"
    )
    real_time_statistics: Child[WorkflowRealTimeStatisticsList] = Child(
        ".workspaces_workflows_real_time_statistics", "WorkflowRealTimeStatisticsList"
    )
    statistics: Child[WorkflowStatisticsList] = Child(
        ".workspaces_workflows_statistics", "WorkflowStatisticsList"
    )


class WorkflowList(KeyedList[WorkflowContext]):
    """Workflow collection: ``/v1/Workspaces/{WorkspaceSid}/Workflows``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^WW[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        WorkflowCreateArgs,
        """Create a Workflow: ``POST /v1/Workspaces/{WorkspaceSid}/Workflows``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        configuration (str): ``Configuration``; string; required.
        assignment_callback_url (str): ``AssignmentCallbackUrl``; uri; optional.
        fallback_assignment_callback_url (str): ``FallbackAssignmentCallbackUrl``; uri; optional.
        task_reservation_timeout (int): ``TaskReservationTimeout``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Workflow

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Create a Workflow: ``POST /v1/Workspaces/{WorkspaceSid}/Workflows``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        configuration (str): ``Configuration``; string; required.
        assignment_callback_url (str): ``AssignmentCallbackUrl``; uri; optional.
        fallback_assignment_callback_url (str): ``FallbackAssignmentCallbackUrl``; uri; optional.
        task_reservation_timeout (int): ``TaskReservationTimeout``; integer; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Workflow

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    list = _LIST.list_method(
        WorkflowListArgs,
        """List Workflow resources, every page up to ``limit`` items: ``GET /v1/Workspaces/{WorkspaceSid}/Workflows``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Workflow]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """List Workflow resources, every page up to ``limit`` items: ``GET /v1/Workspaces/{WorkspaceSid}/Workflows``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Workflow]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    stream = _LIST.stream_method(
        WorkflowListArgs,
        """Stream Workflow resources, one page in memory at a time: ``GET /v1/Workspaces/{WorkspaceSid}/Workflows``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Workflow.

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Stream Workflow resources, one page in memory at a time: ``GET /v1/Workspaces/{WorkspaceSid}/Workflows``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Workflow.

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    page = _LIST.page_method(
        WorkflowPageArgs,
        """One page of Workflow resources (``next_page()`` moves on): ``GET /v1/Workspaces/{WorkspaceSid}/Workflows``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Workflow]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """One page of Workflow resources (``next_page()`` moves on): ``GET /v1/Workspaces/{WorkspaceSid}/Workflows``.

    Parameters are sent in the query string unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Workflow]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
