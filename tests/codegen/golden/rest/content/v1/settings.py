# Generated from specs/mini_content_v1.yaml by `make codegen`; do not edit.
"""Setting resources (``settings``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, InstanceContext, Models, Operation, P, SingletonList
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.settings import Setting

_TYPES = Models(__package__, ".types.settings")
_MODEL = _TYPES("Setting")
_INSTANCE_PATH = "/v1/Settings"
_FETCH: Operation[Setting] = Operation(
    "settings.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Setting] = Operation(
    "settings.update", "PATCH", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("enabled", "Enabled", FORM, "boolean"),
    P("tags", "Tags", FORM, "string", many=True),
)


class SettingUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    enabled: bool | NotGiven = NOT_GIVEN
    tags: Sequence[str] | NotGiven = NOT_GIVEN


class SettingContext(InstanceContext):
    """One Setting: ``/v1/Settings``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Setting: ``GET /v1/Settings``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Setting
    """,
    )
    """Fetch this Setting: ``GET /v1/Settings``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Setting
    """
    update = _UPDATE.call_method(
        SettingUpdateArgs,
        """Update this Setting: ``PATCH /v1/Settings``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        enabled (bool): ``Enabled``; boolean; optional.
        tags (Sequence[str]): ``Tags``; list<string>; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Setting
    """,
    )
    """Update this Setting: ``PATCH /v1/Settings``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        enabled (bool): ``Enabled``; boolean; optional.
        tags (Sequence[str]): ``Tags``; list<string>; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Setting
    """


class SettingList(SingletonList[SettingContext]):
    """Setting collection."""

    __slots__ = ()
