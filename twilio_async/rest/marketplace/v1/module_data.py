# Generated from specs/marketplace_v1.yaml by `make codegen`; do not edit.
"""ModuleData resources (``module_data``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, ListResource, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.module_data import ModuleData

_TYPES = Models(__package__, ".types.module_data")
_MODEL = _TYPES("ModuleData")
_LIST_PATH = "/v1/Listings"
_CREATE: Operation[ModuleData] = Operation(
    "module_data.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("module_info", "ModuleInfo", FORM, "string"),
    P("configuration", "Configuration", FORM, "string"),
)
_FETCH: Operation[ModuleData] = Operation(
    "module_data.fetch", "GET", _LIST_PATH, body="none", model=_MODEL
)


class ModuleDataCreateArgs(Args):
    module_info: str | NotGiven = NOT_GIVEN
    configuration: str | NotGiven = NOT_GIVEN


class ModuleDataList(ListResource):
    """ModuleData collection: ``/v1/Listings``."""

    __slots__ = ()
    create = _CREATE.call_method(
        ModuleDataCreateArgs,
        """Create a ModuleData: ``POST /v1/Listings``.

    Parameters are sent in the form body unless noted.

    Args:
        module_info (str): ``ModuleInfo``; string; optional.
        configuration (str): ``Configuration``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ModuleData

    Twilio docs: https://www.twilio.com/docs/marketplace
    """,
    )
    """Create a ModuleData: ``POST /v1/Listings``.

    Parameters are sent in the form body unless noted.

    Args:
        module_info (str): ``ModuleInfo``; string; optional.
        configuration (str): ``Configuration``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ModuleData

    Twilio docs: https://www.twilio.com/docs/marketplace
    """
    fetch = _FETCH.call_method(
        Args,
        """Fetch the ModuleData: ``GET /v1/Listings``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ModuleData

    Twilio docs: https://www.twilio.com/docs/marketplace
    """,
    )
    """Fetch the ModuleData: ``GET /v1/Listings``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ModuleData

    Twilio docs: https://www.twilio.com/docs/marketplace
    """
