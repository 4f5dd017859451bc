# Generated from specs/bulkexports_v1.yaml by `make codegen`; do not edit.
"""ExportConfiguration resources (``export_configuration``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, InstanceContext, KeyedList, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.export_configuration import ExportConfiguration

_TYPES = Models(__package__, ".types.export_configuration")
_MODEL = _TYPES("ExportConfiguration")
_INSTANCE_PATH = "/v1/Exports/{0}/Configuration"
_FETCH: Operation[ExportConfiguration] = Operation(
    "export_configuration.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[ExportConfiguration] = Operation(
    "export_configuration.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("enabled", "Enabled", FORM, "boolean"),
    P("webhook_url", "WebhookUrl", FORM, "string"),
    P("webhook_method", "WebhookMethod", FORM, "string"),
)


class ExportConfigurationUpdateArgs(Args):
    enabled: bool | NotGiven = NOT_GIVEN
    webhook_url: str | NotGiven = NOT_GIVEN
    webhook_method: str | NotGiven = NOT_GIVEN


class ExportConfigurationContext(InstanceContext):
    """One ExportConfiguration: ``/v1/Exports/{ResourceType}/Configuration``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this ExportConfiguration: ``GET /v1/Exports/{ResourceType}/Configuration``.

    The instance is addressed by ``{ResourceType}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ExportConfiguration

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this ExportConfiguration: ``GET /v1/Exports/{ResourceType}/Configuration``.

    The instance is addressed by ``{ResourceType}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ExportConfiguration

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    update = _UPDATE.call_method(
        ExportConfigurationUpdateArgs,
        """Update this ExportConfiguration: ``POST /v1/Exports/{ResourceType}/Configuration``.

    The instance is addressed by ``{ResourceType}``.

    Parameters are sent in the form body unless noted.

    Args:
        enabled (bool): ``Enabled``; boolean; optional.
        webhook_url (str): ``WebhookUrl``; uri; optional.
        webhook_method (str): ``WebhookMethod``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ExportConfiguration

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Update this ExportConfiguration: ``POST /v1/Exports/{ResourceType}/Configuration``.

    The instance is addressed by ``{ResourceType}``.

    Parameters are sent in the form body unless noted.

    Args:
        enabled (bool): ``Enabled``; boolean; optional.
        webhook_url (str): ``WebhookUrl``; uri; optional.
        webhook_method (str): ``WebhookMethod``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ExportConfiguration

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class ExportConfigurationList(KeyedList[ExportConfigurationContext]):
    """ExportConfiguration collection."""

    __slots__ = ()
    _key = ("ResourceType", "resource_type", None)
