"""What every wire dialect shares: instance parsing, page links, and errors from answers."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit

from pydantic import ValidationError

from .._errors import TwilioError, TwilioResponseError, TwilioRestError, rest_error_class
from .._models import InstanceModel, TwilioModel
from .._redact import excerpt, plain, scrub, without_query
from .._retry import retry_after_seconds

if TYPE_CHECKING:
    from .._pagination import Page
    from .._resource import ListResource, Operation
    from .._types import PreparedRequest, ResponseLike

M = TypeVar("M", bound=TwilioModel)

#: What a page link may hold: printable ASCII without spaces (Twilio percent-encodes the
#: rest). CR/LF, ESC, other controls, whitespace and non-ASCII are refused, never sent or logged.
_LINK = re.compile(r"[\x21-\x7e]+")


class Dialect:
    """JSON over HTTP; subclasses say how pages are shaped."""

    name = "json"
    #: The ``Accept`` header sent with every request of a version in this dialect.
    accept = "application/json"

    def page_query(
        self, page_size: int | None, page_token: str | None, page_number: int | None
    ) -> list[tuple[str, str]]:
        """Query parameters that select a page (``PageSize``, ``PageToken``, ``Page``)."""
        query: list[tuple[str, str]] = []
        if page_size is not None:
            query.append(("PageSize", str(page_size)))
        if page_token is not None:
            query.append(("PageToken", str(page_token)))
        if page_number is not None:
            query.append(("Page", str(page_number)))
        return query

    def parse_instance(
        self,
        model: type[M],
        response: ResponseLike,
        request: PreparedRequest,
        owner: ListResource | None,
    ) -> M:
        """One resource from a 2xx answer, bound to ``owner`` so it can act on itself.

        Whatever the parse raises (a validator's ``ValueError``/``TypeError``, a date's
        ``OverflowError``, a ``RecursionError``) becomes ``TwilioResponseError`` with the raw body.
        """
        try:
            return self._parse_instance(model, response, request, owner)
        except TwilioError:
            raise
        except Exception as err:
            raise unparseable(response, request, failure(err)) from None

    def parse_page(
        self,
        model: type[M],
        op: Operation[Any],
        response: ResponseLike,
        request: PreparedRequest,
        owner: ListResource,
    ) -> Page[M]:
        """One page of a list from a 2xx answer (every parse failure typed, as above)."""
        try:
            return self._parse_page(model, op, response, request, owner)
        except TwilioError:
            raise
        except Exception as err:
            raise unparseable(response, request, failure(err)) from None

    def _parse_instance(
        self,
        model: type[M],
        response: ResponseLike,
        request: PreparedRequest,
        owner: ListResource | None,
    ) -> M:
        obj = model.model_validate_json(response.content)
        if owner is not None and isinstance(obj, InstanceModel):
            obj._bind(owner)
        return obj

    def _parse_page(
        self,
        model: type[M],
        op: Operation[Any],
        response: ResponseLike,
        request: PreparedRequest,
        owner: ListResource,
    ) -> Page[M]:
        raise NotImplementedError

    def follow(self, url: str, base_url: str) -> str:
        """An absolute URL for a next/previous page link, never leaving Twilio or ``base_url``."""
        if not isinstance(url, str) or not _LINK.fullmatch(url) or "\\" in url:
            # ``ascii()`` escapes what it shows: nothing raw reaches a message or a log line.
            shown = ascii(url[:80]) if isinstance(url, str) else type(url).__name__
            raise TwilioError(
                "refusing to follow a page link with whitespace, control, backslash or "
                f"non-ASCII characters: {shown}"
            )
        if url.startswith("/") and not url.startswith("//"):  # "//host/..." is another host
            return base_url + url
        # Compare origins, never string prefixes: "https://api.twilio.com.evil.example" and
        # "https://api.twilio.com@evil.example" both start with "https://api.twilio.com".
        if _origin(url) == _origin(base_url):
            return url
        parts = urlsplit(url)
        host = parts.hostname or ""
        if parts.scheme == "https" and (host == "twilio.com" or host.endswith(".twilio.com")):
            # Re-home a Twilio link onto the configured edge/region/base URL.
            return base_url + parts.path + (f"?{parts.query}" if parts.query else "")
        raise TwilioError(f"refusing to follow a page link to a foreign host: {host!r}")

    def error(
        self, response: ResponseLike, method: str, url: str, *, processed: bool = False
    ) -> TwilioError:
        """The typed error for an error status; ``processed``: the request may have had effect.

        Never raises: a body that breaks the parser (nested 100k deep, say) is reported as a
        non-Twilio body, so status, flag and retry-after survive.
        """
        try:
            return self._error(response, method, url, processed)
        except Exception:
            return non_twilio_error(response, method, url, processed)

    def _error(self, response: ResponseLike, method: str, url: str, processed: bool) -> TwilioError:
        body = response.content
        data: Any = None
        try:
            data = json.loads(body) if body else None
        except (ValueError, RecursionError):
            data = None
        if isinstance(data, dict) and ("message" in data or "code" in data):
            code = data.get("code")
            more_info = data.get("more_info")
            details = data.get("details")
            return rest_error(
                response,
                method,
                url,
                processed,
                code=code if isinstance(code, int) and not isinstance(code, bool) else None,
                message=str(data.get("message") or ""),
                more_info=more_info if isinstance(more_info, str) else None,
                details=details if isinstance(details, dict) else None,
            )
        return non_twilio_error(response, method, url, processed)


def non_twilio_error(
    response: ResponseLike, method: str, url: str, processed: bool
) -> TwilioRestError:
    """The error for an error status whose body is not Twilio's (a proxy page, garbage)."""
    body = response.content
    reason = response.reason_phrase or "error"
    message = f"{reason} (non-Twilio body: {excerpt(body)!r})" if body else reason
    return rest_error(response, method, url, processed, message=message)


def rest_error(
    response: ResponseLike,
    method: str,
    url: str,
    processed: bool,
    *,
    status: int | None = None,
    code: int | None = None,
    message: str = "",
    more_info: str | None = None,
    details: dict[str, Any] | None = None,
) -> TwilioRestError:
    """The ``TwilioRestError`` subclass for the answer's status, with its headers."""
    status = response.status_code if status is None else status
    return rest_error_class(status)(
        status=status,
        method=method,
        url=url,
        code=code,
        # A server that echoes our Authorization header does not get it into the message.
        message=scrub(message),
        more_info=scrub(more_info) if more_info is not None else None,
        details=_scrubbed(details),
        retry_after=retry_after_seconds(response.headers.get("retry-after")),
        may_have_been_processed=processed,
        headers=response.headers,
    )


def _scrubbed(details: dict[str, Any] | None) -> dict[str, Any] | None:
    """``details`` with the client's secrets scrubbed from its text (dropped if it cannot be)."""
    if not details:
        return details
    try:
        text = json.dumps(details)
        shown = scrub(text)
        return details if shown == text else json.loads(shown)
    except Exception:  # nested past the stack, or scrubbing split an escape
        return None


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def summary(err: ValidationError) -> str:
    """The first line of a validation error, naming the first failing field.

    A missing field reads ``missing required field 'sid' of Message`` (a model's key is
    required: a response without it cannot be addressed again). Input values are never
    shown: they may be anything the server sent.
    """
    try:
        first = err.errors(include_url=False, include_input=False)[0]
    except Exception:  # a ValidationError with no errors
        return type(err).__name__
    where = ".".join(str(part) for part in first.get("loc", ())) or "(body)"
    if first.get("type") == "missing":
        return f"missing required field {where!r} of {err.title}"
    count = err.error_count()
    more = f" (and {count - 1} more)" if count > 1 else ""
    return f"{err.title}.{where}: {first.get('msg', 'invalid')}{more}"


def failure(err: BaseException) -> str:
    """What a parse step raised, for a message: its type and a bounded first line."""
    if isinstance(err, ValidationError):
        return plain(scrub(summary(err)), 500)
    try:
        text = str(err)
    except Exception:
        text = ""
    first = plain(scrub(text.splitlines()[0] if text else ""), 200)
    return f"{type(err).__name__}: {first}" if first else type(err).__name__


def unparseable(
    response: ResponseLike, request: PreparedRequest, reason: str
) -> TwilioResponseError:
    """A 2xx answer whose body is not what the operation returns; the raw body is kept."""
    return TwilioResponseError(
        f"could not parse the {response.status_code} response to {request.method} "
        f"{without_query(request.url)}: {reason}; body starts {excerpt(response.content)!r}",
        status=response.status_code,
        method=request.method,
        url=request.url,
        body=response.content,
        headers=response.headers,
    )


def bind_all(items: list[Any], owner: ListResource) -> None:
    """Bind every item of a page to the list that fetched it."""
    if items and isinstance(items[0], InstanceModel):
        for item in items:
            item._bind(owner)
