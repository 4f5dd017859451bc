"""The exception hierarchy: one base, then input, transport and API errors."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._redact import plain, url_path, without_query

#: Response headers an error does not keep (nothing a caller needs, and cookies are personal).
_DROPPED_HEADERS = frozenset({"set-cookie"})


class TwilioError(Exception):
    """Base class of every error this package raises.

    An error about a request says where it went and what came back; each attribute is
    ``None`` (``headers``: empty) where it does not apply:

    - ``method`` and ``url``: the request, ``url`` without its query string (queries
      carry phone numbers, which must not end up in error trackers);
    - ``status``, ``headers`` (names lower-cased) and ``request_id`` (Twilio's
      ``Twilio-Request-Id``, what Twilio support asks for): the answer;
    - ``may_have_been_processed``: False only when the request provably had no effect.

    Every error pickles (task queues and process pools pickle exceptions).
    """

    method: str | None
    url: str | None
    status: int | None
    headers: dict[str, str]
    request_id: str | None
    may_have_been_processed: bool

    def __init__(
        self,
        message: str = "",
        *,
        method: str | None = None,
        url: str | None = None,
        status: int | None = None,
        headers: Mapping[str, str] | None = None,
        may_have_been_processed: bool = False,
    ):
        super().__init__(message)
        self._set_request(method, url, status, headers, may_have_been_processed)

    def _set_request(
        self,
        method: str | None,
        url: str | None,
        status: int | None,
        headers: Mapping[str, str] | None,
        may_have_been_processed: bool,
    ) -> None:
        self.method = method
        self.url = without_query(url) if url is not None else None
        self.status = status
        kept = {
            k.lower(): v for k, v in (headers or {}).items() if k.lower() not in _DROPPED_HEADERS
        }
        self.headers = kept
        self.request_id = kept.get("twilio-request-id")
        self.may_have_been_processed = may_have_been_processed

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception's own __reduce__ calls cls(*args), which keyword-only constructors
        # refuse; rebuild from the message and the attributes instead.
        return (_restore, (type(self), self.args, dict(self.__dict__)))


def _restore(cls: type[TwilioError], args: tuple[Any, ...], state: dict[str, Any]) -> TwilioError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


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

    method: str
    url: str

    def __init__(self, message: str, *, method: str, url: str, may_have_been_processed: bool):
        super().__init__(
            message, method=method, url=url, may_have_been_processed=may_have_been_processed
        )


class TwilioTimeoutError(TwilioConnectionError):
    """A connect, read, write or pool timeout expired."""


class TwilioOAuthError(TwilioError):
    """No usable OAuth access token: the token endpoint refused, failed or answered nonsense.

    ``status`` is the token endpoint's HTTP status where it answered; the error that
    caused it (a ``TwilioRestError``, a connection error) is chained as ``__cause__``.
    """


class TwilioResponseError(TwilioError):
    """Twilio (or something in between) answered with a body we could not use.

    ``body`` holds the raw bytes (up to the size limit), so an accepted request is
    never lost to a parse error. ``may_have_been_processed`` is True for a write
    answered 2xx (Twilio said it did the work: a 201 to a create means the resource
    exists; the message says so) or 5xx, and False for reads, which change nothing.
    """

    method: str
    url: str
    status: int

    def __init__(
        self,
        message: str,
        *,
        status: int,
        method: str,
        url: str,
        body: bytes,
        may_have_been_processed: bool | None = None,
        headers: Mapping[str, str] | None = None,
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
        super().__init__(
            message,
            method=method,
            url=url,
            status=status,
            headers=headers,
            may_have_been_processed=may_have_been_processed,
        )
        self.body = body


class TwilioRestError(TwilioError):
    """Twilio answered with an HTTP error status.

    ``code`` is Twilio's error code (e.g. 21211), ``more_info`` its documentation URL.
    """

    method: str
    url: str
    status: int

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
        headers: Mapping[str, str] | None = None,
    ):
        self._set_request(method, url, status, headers, may_have_been_processed)
        self.code = code
        self.message = message
        self.more_info = more_info
        self.details = details
        self.retry_after = retry_after
        Exception.__init__(self, str(self))

    @property
    def msg(self) -> str:
        """twilio-python's name for ``message``: the server's human-readable message."""
        return self.message

    @property
    def uri(self) -> str:
        """twilio-python's name for the request's URI: the path of ``url`` (no host, no query)."""
        return url_path(self.url)

    def __str__(self) -> str:
        code = f" (code {self.code})" if self.code is not None else ""
        message = plain(self.message, _MAX_TEXT)
        text = f"HTTP {self.status}{code} on {self.method} {self.url}: {message}"
        if self.more_info:
            text += f" — see {plain(self.more_info, _MAX_TEXT)}"
        return text


#: Longest server-supplied text kept in ``str(error)`` (the attribute keeps all of it).
_MAX_TEXT = 1000


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
