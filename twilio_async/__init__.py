"""twilio_async: an async-first SDK for Twilio's REST API.

Public names: ``Client``, ``RequestOptions``, ``NOT_GIVEN`` and the errors.
"""

from ._client import Client
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
from ._pagination import Page
from ._types import NOT_GIVEN, NotGiven, RequestOptions
from ._version import __version__

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
