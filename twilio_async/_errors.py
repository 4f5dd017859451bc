"""The exception hierarchy: one base, then input, transport and API errors."""

from __future__ import annotations

from typing import Any


class TwilioError(Exception):
    """Base class of every error this package raises."""


class TwilioConfigError(TwilioError, ValueError):
    """The client is missing credentials or was configured inconsistently."""


class TwilioValidationError(TwilioError, ValueError):
    """A parameter was rejected locally, before any network traffic."""


class TwilioClientClosedError(TwilioError, RuntimeError):
    """The client was used after ``aclose()`` or after leaving ``async with``."""


class TwilioConnectionError(TwilioError):
    """The request did not get an HTTP answer.

    ``may_have_been_processed`` is False only when the request provably never
    reached Twilio (for example the connection could not be opened); a create
    that failed with it True may have taken effect.
    """

    def __init__(self, message: str, *, method: str, url: str, may_have_been_processed: bool):
        super().__init__(message)
        self.method = method
        self.url = url
        self.may_have_been_processed = may_have_been_processed


class TwilioTimeoutError(TwilioConnectionError):
    """A connect, read, write or pool timeout expired."""


class TwilioResponseError(TwilioError):
    """Twilio (or something in between) answered with a body we could not use.

    ``body`` holds the raw bytes (up to the size limit), so an accepted request is
    never lost to a parse error. ``may_have_been_processed`` is True for a write
    answered 2xx (Twilio said it did the work: a 201 to a create means the resource
    exists; the message says so) or 5xx, and False for reads, which change nothing.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int,
        method: str,
        url: str,
        body: bytes,
        may_have_been_processed: bool | None = None,
    ):
        if may_have_been_processed is None:
            # Reads change nothing; a write answered 2xx was processed, one answered 5xx may be.
            may_have_been_processed = method not in ("GET", "HEAD") and (
                status < 300 or status >= 500
            )
        if status < 300 and method not in ("GET", "HEAD"):
            message += (
                f" (Twilio answered {status}: the request was processed; "
                "do not send it again, the raw body is in .body)"
            )
        super().__init__(message)
        self.status = status
        self.method = method
        self.url = url
        self.body = body
        self.may_have_been_processed = may_have_been_processed


class TwilioRestError(TwilioError):
    """Twilio answered with an HTTP error status.

    ``code`` is Twilio's error code (e.g. 21211), ``more_info`` its documentation URL.
    """

    def __init__(
        self,
        *,
        status: int,
        method: str,
        url: str,
        code: int | None = None,
        message: str = "",
        more_info: str | None = None,
        details: dict[str, Any] | None = None,
        retry_after: float | None = None,
        may_have_been_processed: bool = False,
    ):
        self.status = status
        self.method = method
        self.url = url
        self.code = code
        self.message = message
        self.more_info = more_info
        self.details = details
        self.retry_after = retry_after
        self.may_have_been_processed = may_have_been_processed
        super().__init__(str(self))

    def __str__(self) -> str:
        code = f" (code {self.code})" if self.code is not None else ""
        text = f"HTTP {self.status}{code} on {self.method} {self.url}: {_plain(self.message)}"
        if self.more_info:
            text += f" — see {_plain(self.more_info)}"
        return text


#: Longest server-supplied text kept in ``str(error)`` (the attribute keeps all of it).
_MAX_TEXT = 1000


def _plain(text: str) -> str:
    """Server text made safe for a terminal or log line: bounded, no control characters."""
    cut = text[: _MAX_TEXT + 1]
    plain = "".join(ch if ch.isprintable() else " " for ch in cut[:_MAX_TEXT])
    return plain + ("…" if len(cut) > _MAX_TEXT else "")


class BadRequestError(TwilioRestError):
    """HTTP 400: Twilio rejected a parameter."""


class AuthenticationError(TwilioRestError):
    """HTTP 401: the credentials were refused."""


class PermissionDeniedError(TwilioRestError):
    """HTTP 403: the credentials may not do this."""


class NotFoundError(TwilioRestError):
    """HTTP 404: no such resource."""


class MethodNotAllowedError(TwilioRestError):
    """HTTP 405: the resource does not support this verb."""


class ConflictError(TwilioRestError):
    """HTTP 409: the resource is in a conflicting state."""


class RateLimitError(TwilioRestError):
    """HTTP 429 (e.g. code 20429, too many concurrent requests)."""


class ServerError(TwilioRestError):
    """HTTP 5xx: Twilio failed."""


_BY_STATUS: dict[int, type[TwilioRestError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    405: MethodNotAllowedError,
    409: ConflictError,
    429: RateLimitError,
}


def rest_error_class(status: int) -> type[TwilioRestError]:
    """The most specific ``TwilioRestError`` subclass for an HTTP status."""
    if status >= 500:
        return ServerError
    return _BY_STATUS.get(status, TwilioRestError)


#: twilio-python's name, for code migrating from it.
TwilioRestException = TwilioRestError
