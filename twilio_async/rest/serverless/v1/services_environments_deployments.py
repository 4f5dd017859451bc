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
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Deployment: ``GET /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Deployments/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^ZD[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Deployment

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """Fetch this Deployment: ``GET /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Deployments/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^ZD[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Deployment

    Twilio docs: https://www.twilio.com/docs/serverless
    """


class DeploymentList(KeyedList[DeploymentContext]):
    """Deployment collection: ``/v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Deployments``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^ZD[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        DeploymentCreateArgs,
        """Create a Deployment: ``POST /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Deployments``.

    Parameters are sent in the form body unless noted.

    Args:
        build_sid (str): ``BuildSid``; string; matching ``^ZB[0-9a-fA-F]{32}$``; optional.
        is_plugin (bool): ``IsPlugin``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Deployment

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """Create a Deployment: ``POST /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Deployments``.

    Parameters are sent in the form body unless noted.

    Args:
        build_sid (str): ``BuildSid``; string; matching ``^ZB[0-9a-fA-F]{32}$``; optional.
        is_plugin (bool): ``IsPlugin``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Deployment

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    list = _LIST.list_method(
        ListArgs,
        """List Deployment resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Deployments``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Deployment]

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """List Deployment resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Deployments``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Deployment]

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Deployment resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Deployments``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Deployment.

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """Stream Deployment resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Deployments``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Deployment.

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Deployment resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Deployments``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Deployment]

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """One page of Deployment resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Deployments``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Deployment]

    Twilio docs: https://www.twilio.com/docs/serverless
    """
