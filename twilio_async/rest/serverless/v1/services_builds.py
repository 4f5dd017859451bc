# Generated from specs/serverless_v1.yaml by `make codegen`; do not edit.
"""Build resources (``services.builds``)."""

from __future__ import annotations

from collections.abc import Sequence
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
    from .services_builds_build_status import BuildStatusList
    from .types.services_builds import Build

_TYPES = Models(__package__, ".types.services_builds")
_MODEL = _TYPES("Build")
_LIST_PATH = "/v1/Services/{0}/Builds"
_INSTANCE_PATH = "/v1/Services/{0}/Builds/{1}"
_CREATE: Operation[Build] = Operation(
    "builds.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("asset_versions", "AssetVersions", FORM, "string", many=True),
    P("function_versions", "FunctionVersions", FORM, "string", many=True),
    P("dependencies", "Dependencies", FORM, "string"),
    P("runtime", "Runtime", FORM, "string"),
)
_LIST: Operation[Build] = Operation(
    "builds.list", "GET", _LIST_PATH, body="none", list_key="builds", model=_MODEL
)
_FETCH: Operation[Build] = Operation(
    "builds.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation("builds.delete", "DELETE", _INSTANCE_PATH, body="none")


class BuildCreateArgs(Args):
    asset_versions: Sequence[str] | NotGiven = NOT_GIVEN
    function_versions: Sequence[str] | NotGiven = NOT_GIVEN
    dependencies: str | NotGiven = NOT_GIVEN
    runtime: str | NotGiven = NOT_GIVEN


class BuildContext(InstanceContext):
    """One Build: ``/v1/Services/{ServiceSid}/Builds/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Build: ``GET /v1/Services/{ServiceSid}/Builds/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^ZB[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Build

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """Fetch this Build: ``GET /v1/Services/{ServiceSid}/Builds/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^ZB[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Build

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Build: ``DELETE /v1/Services/{ServiceSid}/Builds/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^ZB[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """Delete this Build: ``DELETE /v1/Services/{ServiceSid}/Builds/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^ZB[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    build_status: Child[BuildStatusList] = Child(".services_builds_build_status", "BuildStatusList")


class BuildList(KeyedList[BuildContext]):
    """Build collection: ``/v1/Services/{ServiceSid}/Builds``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^ZB[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        BuildCreateArgs,
        """Create a Build: ``POST /v1/Services/{ServiceSid}/Builds``.

    Parameters are sent in the form body unless noted.

    Args:
        asset_versions (Sequence[str]): ``AssetVersions``; list<string>; matching ``^ZN[0-9a-fA-F]{32}$``; optional.
        function_versions (Sequence[str]): ``FunctionVersions``; list<string>; matching ``^ZN[0-9a-fA-F]{32}$``; optional.
        dependencies (str): ``Dependencies``; string; optional.
        runtime (str): ``Runtime``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Build

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """Create a Build: ``POST /v1/Services/{ServiceSid}/Builds``.

    Parameters are sent in the form body unless noted.

    Args:
        asset_versions (Sequence[str]): ``AssetVersions``; list<string>; matching ``^ZN[0-9a-fA-F]{32}$``; optional.
        function_versions (Sequence[str]): ``FunctionVersions``; list<string>; matching ``^ZN[0-9a-fA-F]{32}$``; optional.
        dependencies (str): ``Dependencies``; string; optional.
        runtime (str): ``Runtime``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Build

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    list = _LIST.list_method(
        ListArgs,
        """List Build resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Builds``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Build]

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """List Build resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Builds``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Build]

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Build resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Builds``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Build.

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """Stream Build resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Builds``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Build.

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Build resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Builds``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Build]

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """One page of Build resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Builds``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Build]

    Twilio docs: https://www.twilio.com/docs/serverless
    """
