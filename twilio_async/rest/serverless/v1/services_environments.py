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
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Environment: ``GET /v1/Services/{ServiceSid}/Environments/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^ZE[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Environment

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """Fetch this Environment: ``GET /v1/Services/{ServiceSid}/Environments/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^ZE[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Environment

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Environment: ``DELETE /v1/Services/{ServiceSid}/Environments/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^ZE[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """Delete this Environment: ``DELETE /v1/Services/{ServiceSid}/Environments/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^ZE[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    deployments: Child[DeploymentList] = Child(
        ".services_environments_deployments", "DeploymentList"
    )
    logs: Child[LogList] = Child(".services_environments_logs", "LogList")
    variables: Child[VariableList] = Child(".services_environments_variables", "VariableList")


class EnvironmentList(KeyedList[EnvironmentContext]):
    """Environment collection: ``/v1/Services/{ServiceSid}/Environments``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^ZE[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        EnvironmentCreateArgs,
        """Create a Environment: ``POST /v1/Services/{ServiceSid}/Environments``.

    Parameters are sent in the form body unless noted.

    Args:
        unique_name (str): ``UniqueName``; string; required.
        domain_suffix (str): ``DomainSuffix``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Environment

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """Create a Environment: ``POST /v1/Services/{ServiceSid}/Environments``.

    Parameters are sent in the form body unless noted.

    Args:
        unique_name (str): ``UniqueName``; string; required.
        domain_suffix (str): ``DomainSuffix``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Environment

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    list = _LIST.list_method(
        ListArgs,
        """List Environment resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Environments``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Environment]

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """List Environment resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Environments``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Environment]

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Environment resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Environments``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Environment.

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """Stream Environment resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Environments``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Environment.

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Environment resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Environments``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Environment]

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """One page of Environment resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Environments``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Environment]

    Twilio docs: https://www.twilio.com/docs/serverless
    """
