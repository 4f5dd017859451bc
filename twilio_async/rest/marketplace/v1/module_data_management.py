# Generated from specs/marketplace_v1.yaml by `make codegen`; do not edit.
"""ModuleDataManagement resources (``module_data_management``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, InstanceContext, KeyedList, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.module_data_management import ModuleDataManagement

_TYPES = Models(__package__, ".types.module_data_management")
_MODEL = _TYPES("ModuleDataManagement")
_INSTANCE_PATH = "/v1/Listing/{0}"
_FETCH: Operation[ModuleDataManagement] = Operation(
    "module_data_management.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[ModuleDataManagement] = Operation(
    "module_data_management.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("module_info", "ModuleInfo", FORM, "string"),
    P("description", "Description", FORM, "string"),
    P("documentation", "Documentation", FORM, "string"),
    P("policies", "Policies", FORM, "string"),
    P("support", "Support", FORM, "string"),
    P("configuration", "Configuration", FORM, "string"),
    P("pricing", "Pricing", FORM, "string"),
)


class ModuleDataManagementUpdateArgs(Args):
    module_info: str | NotGiven = NOT_GIVEN
    description: str | NotGiven = NOT_GIVEN
    documentation: str | NotGiven = NOT_GIVEN
    policies: str | NotGiven = NOT_GIVEN
    support: str | NotGiven = NOT_GIVEN
    configuration: str | NotGiven = NOT_GIVEN
    pricing: str | NotGiven = NOT_GIVEN


class ModuleDataManagementContext(InstanceContext):
    """One ModuleDataManagement: ``/v1/Listing/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this ModuleDataManagement: ``GET /v1/Listing/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^XB[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ModuleDataManagement

    Twilio docs: https://www.twilio.com/docs/marketplace
    """,
    )
    """Fetch this ModuleDataManagement: ``GET /v1/Listing/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^XB[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ModuleDataManagement

    Twilio docs: https://www.twilio.com/docs/marketplace
    """
    update = _UPDATE.call_method(
        ModuleDataManagementUpdateArgs,
        """Update this ModuleDataManagement: ``POST /v1/Listing/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^XB[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        module_info (str): ``ModuleInfo``; string; optional.
        description (str): ``Description``; string; optional.
        documentation (str): ``Documentation``; string; optional.
        policies (str): ``Policies``; string; optional.
        support (str): ``Support``; string; optional.
        configuration (str): ``Configuration``; string; optional.
        pricing (str): ``Pricing``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ModuleDataManagement

    Twilio docs: https://www.twilio.com/docs/marketplace
    """,
    )
    """Update this ModuleDataManagement: ``POST /v1/Listing/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^XB[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        module_info (str): ``ModuleInfo``; string; optional.
        description (str): ``Description``; string; optional.
        documentation (str): ``Documentation``; string; optional.
        policies (str): ``Policies``; string; optional.
        support (str): ``Support``; string; optional.
        configuration (str): ``Configuration``; string; optional.
        pricing (str): ``Pricing``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ModuleDataManagement

    Twilio docs: https://www.twilio.com/docs/marketplace
    """


class ModuleDataManagementList(KeyedList[ModuleDataManagementContext]):
    """ModuleDataManagement collection."""

    __slots__ = ()
    _key = ("Sid", "sid", "^XB[0-9a-fA-F]{32}$")
