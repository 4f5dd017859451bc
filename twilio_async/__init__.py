"""twilio_async: an async-first SDK for Twilio's REST API.

Public names: ``Client``, ``RequestOptions``, ``NOT_GIVEN`` and the errors.
``Client`` and ``Page`` load on first access, so ``import twilio_async`` stays cheap.
"""

from typing import TYPE_CHECKING, Any

from ._errors import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    MethodNotAllowedError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TwilioClientClosedError,
    TwilioConfigError,
    TwilioConnectionError,
    TwilioError,
    TwilioResponseError,
    TwilioRestError,
    TwilioRestException,
    TwilioTimeoutError,
    TwilioValidationError,
)
from ._options import RequestOptions
from ._types import NOT_GIVEN, NotGiven
from ._version import __version__

if TYPE_CHECKING:
    from ._client import Client
    from ._pagination import Page


def __getattr__(name: str) -> Any:
    if name == "Client":
        from ._client import Client

        return Client
    if name == "Page":
        from ._pagination import Page

        return Page
    raise AttributeError(f"module 'twilio_async' has no attribute {name!r}")


__all__ = [
    "NOT_GIVEN",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "MethodNotAllowedError",
    "NotFoundError",
    "NotGiven",
    "Page",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestOptions",
    "ServerError",
    "TwilioClientClosedError",
    "TwilioConfigError",
    "TwilioConnectionError",
    "TwilioError",
    "TwilioResponseError",
    "TwilioRestError",
    "TwilioRestException",
    "TwilioTimeoutError",
    "TwilioValidationError",
    "__version__",
]
