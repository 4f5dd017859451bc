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
    TwilioOAuthError,
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
    from ._api_response import ApiResponse, Headers, with_http_info
    from ._client import Client
    from ._oauth import (
        ClientCredentialProvider,
        CredentialProvider,
        OrgsCredentialProvider,
        TokenManager,
    )
    from ._pagination import Page

#: Bearer-auth names (twilio-python's), loaded from ``_oauth`` on first access.
_OAUTH_NAMES = frozenset(
    {"ClientCredentialProvider", "CredentialProvider", "OrgsCredentialProvider", "TokenManager"}
)
#: A call's status code and headers (``with_http_info``), loaded on first access.
_RESPONSE_NAMES = frozenset({"ApiResponse", "Headers", "with_http_info"})


def __getattr__(name: str) -> Any:
    if name == "Client":
        from ._client import Client

        return Client
    if name == "Page":
        from ._pagination import Page

        return Page
    if name in _OAUTH_NAMES:
        from . import _oauth

        return getattr(_oauth, name)
    if name in _RESPONSE_NAMES:
        from . import _api_response

        return getattr(_api_response, name)
    raise AttributeError(f"module 'twilio_async' has no attribute {name!r}")


__all__ = [
    "NOT_GIVEN",
    "ApiResponse",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ClientCredentialProvider",
    "ConflictError",
    "CredentialProvider",
    "Headers",
    "MethodNotAllowedError",
    "NotFoundError",
    "NotGiven",
    "OrgsCredentialProvider",
    "Page",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestOptions",
    "ServerError",
    "TokenManager",
    "TwilioClientClosedError",
    "TwilioConfigError",
    "TwilioConnectionError",
    "TwilioError",
    "TwilioOAuthError",
    "TwilioResponseError",
    "TwilioRestError",
    "TwilioRestException",
    "TwilioTimeoutError",
    "TwilioValidationError",
    "__version__",
    "with_http_info",
]
