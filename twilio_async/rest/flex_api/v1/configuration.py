# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""Configuration resources (``configuration``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    JSON,
    QUERY,
    Args,
    InstanceContext,
    Models,
    Operation,
    P,
    SingletonList,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.configuration import Configuration

_TYPES = Models(__package__, ".types.configuration")
_MODEL = _TYPES("Configuration")
_INSTANCE_PATH = "/v1/Configuration"
_FETCH: Operation[Configuration] = Operation(
    "configuration.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(P("ui_version", "UiVersion", QUERY, "string"))
_UPDATE: Operation[Configuration] = Operation(
    "configuration.update", "POST", _INSTANCE_PATH, body="json", model=_MODEL
).with_params(P("body", "body", JSON, "object"))


class ConfigurationFetchArgs(Args):
    ui_version: str | NotGiven = NOT_GIVEN


class ConfigurationUpdateArgs(Args):
    body: Any | NotGiven = NOT_GIVEN


class ConfigurationContext(InstanceContext):
    """One Configuration: ``/v1/Configuration``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        ConfigurationFetchArgs,
        """Fetch this Configuration: ``GET /v1/Configuration``.

    Parameters are sent in the query string unless noted.

    Args:
        ui_version (str): ``UiVersion``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Configuration

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Fetch this Configuration: ``GET /v1/Configuration``.

    Parameters are sent in the query string unless noted.

    Args:
        ui_version (str): ``UiVersion``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Configuration

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
    update = _UPDATE.call_method(
        ConfigurationUpdateArgs,
        """Update this Configuration: ``POST /v1/Configuration``.

    Parameters are sent in the JSON body unless noted.

    Args:
        body (Any): ``body``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Configuration

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Update this Configuration: ``POST /v1/Configuration``.

    Parameters are sent in the JSON body unless noted.

    Args:
        body (Any): ``body``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Configuration

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """


class ConfigurationList(SingletonList[ConfigurationContext]):
    """Configuration collection."""

    __slots__ = ()
