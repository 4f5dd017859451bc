# Generated from specs/serverless_v1.yaml by `make codegen`; do not edit.
"""Environment resources (``services.environments``)."""

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
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .services_environments_deployments import DeploymentList
    from .services_environments_logs import LogList
    from .services_environments_variables import VariableList
    from .types.services_environments import Environment

_TYPES = Models(__package__, ".types.services_environments")
_MODEL = _TYPES("Environment")
_LIST_PATH = "/v1/Services/{0}/Environments"
_INSTANCE_PATH = "/v1/Services/{0}/Environments/{1}"
_CREATE: Operation[Environment] = Operation(
    "environments.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("unique_name", "UniqueName", FORM, "string", required=True),
    P("domain_suffix", "DomainSuffix", FORM, "string"),
)
_LIST: Operation[Environment] = Operation(
    "environments.list", "GET", _LIST_PATH, body="none", list_key="environments", model=_MODEL
)
_FETCH: Operation[Environment] = Operation(
    "environments.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation("environments.delete", "DELETE", _INSTANCE_PATH, body="none")


class EnvironmentCreateArgs(Args):
    unique_name: str
    domain_suffix: str | NotGiven = NOT_GIVEN


class EnvironmentContext(InstanceContext):
    """One Environment: ``/v1/Services/{ServiceSid}/Environments/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Environment: ``GET /v1/Services/{ServiceSid}/Environments/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this Environment: ``DELETE /v1/Services/{ServiceSid}/Environments/{Sid}``; returns True."""
    deployments: Child[DeploymentList] = Child(
        ".services_environments_deployments", "DeploymentList"
    )
    logs: Child[LogList] = Child(".services_environments_logs", "LogList")
    variables: Child[VariableList] = Child(".services_environments_variables", "VariableList")


class EnvironmentList(KeyedList[EnvironmentContext]):
    """Environment collection: ``/v1/Services/{ServiceSid}/Environments``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^ZE[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(EnvironmentCreateArgs)
    """Create a Environment: ``POST /v1/Services/{ServiceSid}/Environments``."""
    list = _LIST.list_method(ListArgs)
    """List Environment resources: ``GET /v1/Services/{ServiceSid}/Environments``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream Environment resources: ``GET /v1/Services/{ServiceSid}/Environments``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of Environment resources: ``GET /v1/Services/{ServiceSid}/Environments``; ``next_page()`` moves on."""
