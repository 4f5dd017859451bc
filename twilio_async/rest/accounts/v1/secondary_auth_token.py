# Generated from specs/accounts_v1.yaml by `make codegen`; do not edit.
"""SecondaryAuthToken resources (``secondary_auth_token``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Args, InstanceContext, Models, Operation, SingletonList

if TYPE_CHECKING:
    from .types.secondary_auth_token import SecondaryAuthToken

_TYPES = Models(__package__, ".types.secondary_auth_token")
_MODEL = _TYPES("SecondaryAuthToken")
_INSTANCE_PATH = "/v1/AuthTokens/Secondary"
_CREATE: Operation[SecondaryAuthToken] = Operation(
    "secondary_auth_token.create", "POST", _INSTANCE_PATH, body="form", model=_MODEL
)
_DELETE: Operation[None] = Operation(
    "secondary_auth_token.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class SecondaryAuthTokenContext(InstanceContext):
    """One SecondaryAuthToken: ``/v1/AuthTokens/Secondary``."""

    __slots__ = ()
    create = _CREATE.call_method(
        Args,
        """Create a SecondaryAuthToken: ``POST /v1/AuthTokens/Secondary``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SecondaryAuthToken

    Twilio docs: https://www.twilio.com/docs/iam
    """,
    )
    """Create a SecondaryAuthToken: ``POST /v1/AuthTokens/Secondary``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SecondaryAuthToken

    Twilio docs: https://www.twilio.com/docs/iam
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this SecondaryAuthToken: ``DELETE /v1/AuthTokens/Secondary``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/iam
    """,
    )
    """Delete this SecondaryAuthToken: ``DELETE /v1/AuthTokens/Secondary``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/iam
    """


class SecondaryAuthTokenList(SingletonList[SecondaryAuthTokenContext]):
    """SecondaryAuthToken collection."""

    __slots__ = ()
