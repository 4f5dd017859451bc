# Generated from specs/frontline_v1.yaml by `make codegen`; do not edit.
"""User resources (``users``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, InstanceContext, KeyedList, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import UserStateType
    from .types.users import User

_TYPES = Models(__package__, ".types.users")
_MODEL = _TYPES("User")
_INSTANCE_PATH = "/v1/Users/{0}"
_FETCH: Operation[User] = Operation("users.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL)
_UPDATE: Operation[User] = Operation(
    "users.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("avatar", "Avatar", FORM, "string"),
    P("state", "State", FORM, "string"),
    P("is_available", "IsAvailable", FORM, "boolean"),
)


class UserUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    avatar: str | NotGiven = NOT_GIVEN
    state: UserStateType | str | NotGiven = NOT_GIVEN
    is_available: bool | NotGiven = NOT_GIVEN


class UserContext(InstanceContext):
    """One User: ``/v1/Users/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this User: ``GET /v1/Users/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        User

    Twilio docs: https://www.twilio.com/docs/frontline
    """,
    )
    """Fetch this User: ``GET /v1/Users/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        User

    Twilio docs: https://www.twilio.com/docs/frontline
    """
    update = _UPDATE.call_method(
        UserUpdateArgs,
        """Update this User: ``POST /v1/Users/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        avatar (str): ``Avatar``; string; optional.
        state (UserStateType | str): ``State``; enum:user_state_type; one of ``active``, ``deactivated``; optional.
        is_available (bool): ``IsAvailable``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        User

    Twilio docs: https://www.twilio.com/docs/frontline
    """,
    )
    """Update this User: ``POST /v1/Users/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; optional.
        avatar (str): ``Avatar``; string; optional.
        state (UserStateType | str): ``State``; enum:user_state_type; one of ``active``, ``deactivated``; optional.
        is_available (bool): ``IsAvailable``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        User

    Twilio docs: https://www.twilio.com/docs/frontline
    """


class UserList(KeyedList[UserContext]):
    """User collection."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
