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
    fetch = _FETCH.call_method(
        Args,
        """Fetch this FunctionVersion: ``GET /v1/Services/{ServiceSid}/Functions/{FunctionSid}/Versions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^ZN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        FunctionVersion

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """Fetch this FunctionVersion: ``GET /v1/Services/{ServiceSid}/Functions/{FunctionSid}/Versions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^ZN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        FunctionVersion

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    function_version_content: Child[FunctionVersionContentList] = Child(
        ".services_functions_function_versions_function_version_content",
        "FunctionVersionContentList",
    )


class FunctionVersionList(KeyedList[FunctionVersionContext]):
    """FunctionVersion collection: ``/v1/Services/{ServiceSid}/Functions/{FunctionSid}/Versions``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^ZN[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        ListArgs,
        """List FunctionVersion resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Functions/{FunctionSid}/Versions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[FunctionVersion]

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """List FunctionVersion resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Functions/{FunctionSid}/Versions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[FunctionVersion]

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream FunctionVersion resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Functions/{FunctionSid}/Versions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of FunctionVersion.

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """Stream FunctionVersion resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Functions/{FunctionSid}/Versions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of FunctionVersion.

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of FunctionVersion resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Functions/{FunctionSid}/Versions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[FunctionVersion]

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """One page of FunctionVersion resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Functions/{FunctionSid}/Versions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[FunctionVersion]

    Twilio docs: https://www.twilio.com/docs/serverless
    """
