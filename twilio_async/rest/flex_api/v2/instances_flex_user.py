# Generated from specs/flex_v2.yaml by `make codegen`; do not edit.
"""FlexUser resources (``instances.flex_user``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, InstanceContext, KeyedList, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.instances_flex_user import FlexUser

_TYPES = Models(__package__, ".types.instances_flex_user")
_MODEL = _TYPES("FlexUser")
_INSTANCE_PATH = "/v2/Instances/{0}/Users/{1}"
_FETCH: Operation[FlexUser] = Operation(
    "flex_user.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[FlexUser] = Operation(
    "flex_user.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("email", "Email", FORM, "string"),
    P("user_sid", "UserSid", FORM, "string"),
    P("locale", "Locale", FORM, "string"),
)


class FlexUserUpdateArgs(Args):
    email: str | NotGiven = NOT_GIVEN
    user_sid: str | NotGiven = NOT_GIVEN
    locale: str | NotGiven = NOT_GIVEN


class FlexUserContext(InstanceContext):
    """One FlexUser: ``/v2/Instances/{InstanceSid}/Users/{FlexUserSid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this FlexUser: ``GET /v2/Instances/{InstanceSid}/Users/{FlexUserSid}``."""
    update = _UPDATE.call_method(FlexUserUpdateArgs)
    """Update this FlexUser: ``POST /v2/Instances/{InstanceSid}/Users/{FlexUserSid}``."""


class FlexUserList(KeyedList[FlexUserContext]):
    """FlexUser collection."""

    __slots__ = ()
    _key = ("FlexUserSid", "flex_user_sid", "^FU[0-9a-fA-F]{32}$")
