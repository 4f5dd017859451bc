# Generated from specs/serverless_v1.yaml by `make codegen`; do not edit.
"""Function resources (``services.functions``)."""

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

if TYPE_CHECKING:
    from .services_functions_function_versions import FunctionVersionList
    from .types.services_functions import Function

_TYPES = Models(__package__, ".types.services_functions")
_MODEL = _TYPES("Function")
_LIST_PATH = "/v1/Services/{0}/Functions"
_INSTANCE_PATH = "/v1/Services/{0}/Functions/{1}"
_CREATE: Operation[Function] = Operation(
    "functions.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("friendly_name", "FriendlyName", FORM, "string", required=True))
_LIST: Operation[Function] = Operation(
    "functions.list", "GET", _LIST_PATH, body="none", list_key="functions", model=_MODEL
)
_FETCH: Operation[Function] = Operation(
    "functions.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Function] = Operation(
    "functions.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("friendly_name", "FriendlyName", FORM, "string", required=True))
_DELETE: Operation[None] = Operation("functions.delete", "DELETE", _INSTANCE_PATH, body="none")


class FunctionCreateArgs(Args):
    friendly_name: str


class FunctionUpdateArgs(Args):
    friendly_name: str


class FunctionContext(InstanceContext):
    """One Function: ``/v1/Services/{ServiceSid}/Functions/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Function: ``GET /v1/Services/{ServiceSid}/Functions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^ZH[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Function

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """Fetch this Function: ``GET /v1/Services/{ServiceSid}/Functions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^ZH[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Function

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    update = _UPDATE.call_method(
        FunctionUpdateArgs,
        """Update this Function: ``POST /v1/Services/{ServiceSid}/Functions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^ZH[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Function

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """Update this Function: ``POST /v1/Services/{ServiceSid}/Functions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^ZH[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Function

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Function: ``DELETE /v1/Services/{ServiceSid}/Functions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^ZH[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """Delete this Function: ``DELETE /v1/Services/{ServiceSid}/Functions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^ZH[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    function_versions: Child[FunctionVersionList] = Child(
        ".services_functions_function_versions", "FunctionVersionList"
    )


class FunctionList(KeyedList[FunctionContext]):
    """Function collection: ``/v1/Services/{ServiceSid}/Functions``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^ZH[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        FunctionCreateArgs,
        """Create a Function: ``POST /v1/Services/{ServiceSid}/Functions``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Function

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """Create a Function: ``POST /v1/Services/{ServiceSid}/Functions``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Function

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    list = _LIST.list_method(
        ListArgs,
        """List Function resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Functions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Function]

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """List Function resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Functions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Function]

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Function resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Functions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Function.

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """Stream Function resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Functions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Function.

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Function resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Functions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Function]

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """One page of Function resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Functions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Function]

    Twilio docs: https://www.twilio.com/docs/serverless
    """
