# Generated from specs/serverless_v1.yaml by `make codegen`; do not edit.
"""FunctionVersion resources (``services.functions.function_versions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    Args,
    Child,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    PageArgs,
)

if TYPE_CHECKING:
    from .services_functions_function_versions_function_version_content import (
        FunctionVersionContentList,
    )
    from .types.services_functions_function_versions import FunctionVersion

_TYPES = Models(__package__, ".types.services_functions_function_versions")
_MODEL = _TYPES("FunctionVersion")
_LIST_PATH = "/v1/Services/{0}/Functions/{1}/Versions"
_INSTANCE_PATH = "/v1/Services/{0}/Functions/{1}/Versions/{2}"
_LIST: Operation[FunctionVersion] = Operation(
    "function_versions.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="function_versions",
    model=_MODEL,
)
_FETCH: Operation[FunctionVersion] = Operation(
    "function_versions.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class FunctionVersionContext(InstanceContext):
    """One FunctionVersion: ``/v1/Services/{ServiceSid}/Functions/{FunctionSid}/Versions/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this FunctionVersion: ``GET /v1/Services/{ServiceSid}/Functions/{FunctionSid}/Versions/{Sid}``."""
    function_version_content: Child[FunctionVersionContentList] = Child(
        ".services_functions_function_versions_function_version_content",
        "FunctionVersionContentList",
    )


class FunctionVersionList(KeyedList[FunctionVersionContext]):
    """FunctionVersion collection: ``/v1/Services/{ServiceSid}/Functions/{FunctionSid}/Versions``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^ZN[0-9a-fA-F]{32}$")
    list = _LIST.list_method(ListArgs)
    """List FunctionVersion resources: ``GET /v1/Services/{ServiceSid}/Functions/{FunctionSid}/Versions``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream FunctionVersion resources: ``GET /v1/Services/{ServiceSid}/Functions/{FunctionSid}/Versions``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of FunctionVersion resources: ``GET /v1/Services/{ServiceSid}/Functions/{FunctionSid}/Versions``; ``next_page()`` moves on."""
