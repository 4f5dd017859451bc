# Generated from specs/serverless_v1.yaml by `make codegen`; do not edit.
"""Service resources (``services``)."""

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
    from .services_assets import AssetList
    from .services_builds import BuildList
    from .services_environments import EnvironmentList
    from .services_functions import FunctionList
    from .types.services import Service

_TYPES = Models(__package__, ".types.services")
_MODEL = _TYPES("Service")
_LIST_PATH = "/v1/Services"
_INSTANCE_PATH = "/v1/Services/{0}"
_CREATE: Operation[Service] = Operation(
    "services.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("unique_name", "UniqueName", FORM, "string", required=True),
    P("friendly_name", "FriendlyName", FORM, "string", required=True),
    P("include_credentials", "IncludeCredentials", FORM, "boolean"),
    P("ui_editable", "UiEditable", FORM, "boolean"),
)
_LIST: Operation[Service] = Operation(
    "services.list", "GET", _LIST_PATH, body="none", list_key="services", model=_MODEL
)
_FETCH: Operation[Service] = Operation(
    "services.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Service] = Operation(
    "services.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("include_credentials", "IncludeCredentials", FORM, "boolean"),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("ui_editable", "UiEditable", FORM, "boolean"),
)
_DELETE: Operation[None] = Operation("services.delete", "DELETE", _INSTANCE_PATH, body="none")


class ServiceCreateArgs(Args):
    unique_name: str
    friendly_name: str
    include_credentials: bool | NotGiven = NOT_GIVEN
    ui_editable: bool | NotGiven = NOT_GIVEN


class ServiceUpdateArgs(Args):
    include_credentials: bool | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    ui_editable: bool | NotGiven = NOT_GIVEN


class ServiceContext(InstanceContext):
    """One Service: ``/v1/Services/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Service: ``GET /v1/Services/{Sid}``."""
    update = _UPDATE.call_method(ServiceUpdateArgs)
    """Update this Service: ``POST /v1/Services/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this Service: ``DELETE /v1/Services/{Sid}``; returns True."""
    assets: Child[AssetList] = Child(".services_assets", "AssetList")
    builds: Child[BuildList] = Child(".services_builds", "BuildList")
    environments: Child[EnvironmentList] = Child(".services_environments", "EnvironmentList")
    functions: Child[FunctionList] = Child(".services_functions", "FunctionList")


class ServiceList(KeyedList[ServiceContext]):
    """Service collection: ``/v1/Services``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(ServiceCreateArgs)
    """Create a Service: ``POST /v1/Services``."""
    list = _LIST.list_method(ListArgs)
    """List Service resources: ``GET /v1/Services``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream Service resources: ``GET /v1/Services``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of Service resources: ``GET /v1/Services``; ``next_page()`` moves on."""
