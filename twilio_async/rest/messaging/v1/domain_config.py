# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""DomainConfig resources (``domain_config``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, InstanceContext, KeyedList, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.domain_config import DomainConfig

_TYPES = Models(__package__, ".types.domain_config")
_MODEL = _TYPES("DomainConfig")
_INSTANCE_PATH = "/v1/LinkShortening/Domains/{0}/Config"
_FETCH: Operation[DomainConfig] = Operation(
    "domain_config.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[DomainConfig] = Operation(
    "domain_config.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("fallback_url", "FallbackUrl", FORM, "string"),
    P("callback_url", "CallbackUrl", FORM, "string"),
    P("continue_on_failure", "ContinueOnFailure", FORM, "boolean"),
    P("disable_https", "DisableHttps", FORM, "boolean"),
)


class DomainConfigUpdateArgs(Args):
    fallback_url: str | NotGiven = NOT_GIVEN
    callback_url: str | NotGiven = NOT_GIVEN
    continue_on_failure: bool | NotGiven = NOT_GIVEN
    disable_https: bool | NotGiven = NOT_GIVEN


class DomainConfigContext(InstanceContext):
    """One DomainConfig: ``/v1/LinkShortening/Domains/{DomainSid}/Config``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this DomainConfig: ``GET /v1/LinkShortening/Domains/{DomainSid}/Config``."""
    update = _UPDATE.call_method(DomainConfigUpdateArgs)
    """Update this DomainConfig: ``POST /v1/LinkShortening/Domains/{DomainSid}/Config``."""


class DomainConfigList(KeyedList[DomainConfigContext]):
    """DomainConfig collection."""

    __slots__ = ()
    _key = ("DomainSid", "domain_sid", "^DN[0-9a-fA-F]{32}$")
