# Generated from specs/serverless_v1.yaml by `make codegen`; do not edit.
"""Deployment resources (``services.environments.deployments``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
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
    from .types.services_environments_deployments import Deployment

_TYPES = Models(__package__, ".types.services_environments_deployments")
_MODEL = _TYPES("Deployment")
_LIST_PATH = "/v1/Services/{0}/Environments/{1}/Deployments"
_INSTANCE_PATH = "/v1/Services/{0}/Environments/{1}/Deployments/{2}"
_CREATE: Operation[Deployment] = Operation(
    "deployments.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("build_sid", "BuildSid", FORM, "string"), P("is_plugin", "IsPlugin", FORM, "boolean")
)
_LIST: Operation[Deployment] = Operation(
    "deployments.list", "GET", _LIST_PATH, body="none", list_key="deployments", model=_MODEL
)
_FETCH: Operation[Deployment] = Operation(
    "deployments.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class DeploymentCreateArgs(Args):
    build_sid: str | NotGiven = NOT_GIVEN
    is_plugin: bool | NotGiven = NOT_GIVEN


class DeploymentContext(InstanceContext):
    """One Deployment: ``/v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Deployments/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Deployment: ``GET /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Deployments/{Sid}``."""


class DeploymentList(KeyedList[DeploymentContext]):
    """Deployment collection: ``/v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Deployments``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^ZD[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(DeploymentCreateArgs)
    """Create a Deployment: ``POST /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Deployments``."""
    list = _LIST.list_method(ListArgs)
    """List Deployment resources: ``GET /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Deployments``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream Deployment resources: ``GET /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Deployments``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of Deployment resources: ``GET /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Deployments``; ``next_page()`` moves on."""
