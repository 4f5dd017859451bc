# Generated from specs/studio_v2.yaml by `make codegen`; do not edit.
"""FlowTestUser resources (``flows.test_users``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, InstanceContext, Models, Operation, P, SingletonList

if TYPE_CHECKING:
    from .types.flows_test_users import FlowTestUser

_TYPES = Models(__package__, ".types.flows_test_users")
_MODEL = _TYPES("FlowTestUser")
_INSTANCE_PATH = "/v2/Flows/{0}/TestUsers"
_FETCH: Operation[FlowTestUser] = Operation(
    "test_users.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[FlowTestUser] = Operation(
    "test_users.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("test_users", "TestUsers", FORM, "string", many=True, required=True))


class FlowTestUserUpdateArgs(Args):
    test_users: Sequence[str]


class FlowTestUserContext(InstanceContext):
    """One FlowTestUser: ``/v2/Flows/{Sid}/TestUsers``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this FlowTestUser: ``GET /v2/Flows/{Sid}/TestUsers``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        FlowTestUser

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """Fetch this FlowTestUser: ``GET /v2/Flows/{Sid}/TestUsers``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        FlowTestUser

    Twilio docs: https://www.twilio.com/docs/studio
    """
    update = _UPDATE.call_method(
        FlowTestUserUpdateArgs,
        """Update this FlowTestUser: ``POST /v2/Flows/{Sid}/TestUsers``.

    Parameters are sent in the form body unless noted.

    Args:
        test_users (Sequence[str]): ``TestUsers``; list<string>; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        FlowTestUser

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """Update this FlowTestUser: ``POST /v2/Flows/{Sid}/TestUsers``.

    Parameters are sent in the form body unless noted.

    Args:
        test_users (Sequence[str]): ``TestUsers``; list<string>; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        FlowTestUser

    Twilio docs: https://www.twilio.com/docs/studio
    """


class FlowTestUserList(SingletonList[FlowTestUserContext]):
    """FlowTestUser collection."""

    __slots__ = ()
