"""Wire dialects: how a version's responses, pages and errors look.

The dialect is a property of the spec (``dialect:``); generated code never
knows which one it speaks. ``json-2010`` is API 2010-04-01, ``json-v1`` the
v1/v2 domain APIs (Flex and others).
"""

from __future__ import annotations

import importlib
import json
import re
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model

from ._backends import ResponseLike
from ._constants import ERROR_EXCERPT_CHARS
from ._errors import TwilioError, TwilioResponseError, TwilioRestError, rest_error_class
from ._models import InstanceModel, TwilioModel
from ._pagination import Page

if TYPE_CHECKING:
    from ._resource import ListResource, Operation, PreparedRequest

M = TypeVar("M", bound=TwilioModel)


#: Values of secret-looking fields (JSON ``"auth_token": "..."``, XML ``<AuthToken>...``), which
#: must not reach an exception message even when Twilio returned them in a body we could not parse.
_SECRET_VALUE = re.compile(
    r'("[A-Za-z_]*(?:token|secret|password|credential)[A-Za-z_]*"\s*:\s*")[^"]*'
    r"|(<[A-Za-z]*(?:Token|Secret|Password)>)[^<]*",
    re.IGNORECASE,
)


def _redact(match: re.Match[str]) -> str:
    return (match.group(1) or match.group(2)) + "[redacted]"


def excerpt(body: bytes) -> str:
    """A bounded, printable excerpt of a response body for error messages, secrets redacted."""
    text = body[: ERROR_EXCERPT_CHARS * 4].decode("utf-8", "replace")
    text = _SECRET_VALUE.sub(_redact, text)
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return text[:ERROR_EXCERPT_CHARS] + ("…" if len(text) > ERROR_EXCERPT_CHARS else "")


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
        try:
            obj = model.model_validate_json(response.content)
        except ValidationError as err:
            raise _unparseable(response, request, err) from None
        if owner is not None and isinstance(obj, InstanceModel):
            obj._bind(owner)
        return obj

    def parse_page(
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

    def error(self, response: ResponseLike, method: str, url: str) -> TwilioError:
        body = response.content
        data: Any = None
        try:
            data = json.loads(body) if body else None
        except ValueError:
            data = None
        status = response.status_code
        cls = rest_error_class(status)
        retry_after = _retry_after(response)
        if isinstance(data, dict) and ("message" in data or "code" in data):
            code = data.get("code")
            return cls(
                status=status,
                method=method,
                url=url,
                code=code if isinstance(code, int) else None,
                message=str(data.get("message") or ""),
                more_info=data.get("more_info") if isinstance(data.get("more_info"), str) else None,
                details=data.get("details") if isinstance(data.get("details"), dict) else None,
                retry_after=retry_after,
            )
        reason = response.reason_phrase or "error"
        message = f"{reason} (non-Twilio body: {excerpt(body)!r})" if body else reason
        return cls(status=status, method=method, url=url, message=message, retry_after=retry_after)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _retry_after(response: ResponseLike) -> float | None:
    value = response.headers.get("retry-after")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        return None
    return seconds if seconds >= 0 else None


def _unparseable(
    response: ResponseLike, request: PreparedRequest, err: ValidationError | ValueError
) -> TwilioResponseError:
    summary = str(err).splitlines()[0] if str(err) else type(err).__name__
    return TwilioResponseError(
        f"could not parse the {response.status_code} response to {request.method} {request.url}: "
        f"{summary}; body starts {excerpt(response.content)!r}",
        status=response.status_code,
        method=request.method,
        url=request.url,
        body=response.content,
    )


class _Json2010Page(BaseModel):
    model_config = ConfigDict(extra="ignore")
    next_page_uri: str | None = None
    previous_page_uri: str | None = None
    page: int | None = None
    page_size: int | None = None
    total: int | None = None


class _V1Meta(BaseModel):
    model_config = ConfigDict(extra="ignore")
    next_page_url: str | None = None
    previous_page_url: str | None = None
    page: int | None = None
    page_size: int | None = None
    key: str | None = None


class _JsonV1Page(BaseModel):
    model_config = ConfigDict(extra="ignore")
    meta: _V1Meta = Field(default_factory=_V1Meta)


@cache
def _page_model(base: type[BaseModel], model: type[TwilioModel], list_key: str) -> type[BaseModel]:
    """A page model that parses a whole page body in one pass (model_validate_json)."""
    return create_model(
        f"{model.__name__}Page",
        __base__=base,
        items=(list[model], Field(default_factory=list, alias=list_key)),  # type: ignore[valid-type]
    )


class Json2010(Dialect):
    """API 2010-04-01: ``.json`` paths, ``next_page_uri`` relative to the domain."""

    name = "json-2010"

    def parse_page(
        self,
        model: type[M],
        op: Operation[Any],
        response: ResponseLike,
        request: PreparedRequest,
        owner: ListResource,
    ) -> Page[M]:
        page_model = _page_model(_Json2010Page, model, op.list_key)
        try:
            parsed: Any = page_model.model_validate_json(response.content)
        except ValidationError as err:
            raise _unparseable(response, request, err) from None
        items: list[M] = parsed.items
        _bind_all(items, owner)
        return Page(
            items,
            next_page_url=parsed.next_page_uri,
            previous_page_url=parsed.previous_page_uri,
            page_number=parsed.page,
            page_size=parsed.page_size,
            total=parsed.total,
            owner=owner,
            model=model,
            op=op,
            request=request,
        )


class JsonV1(Dialect):
    """The v1/v2 domain APIs: ``meta`` with absolute ``next_page_url`` and ``key``."""

    name = "json-v1"

    def parse_page(
        self,
        model: type[M],
        op: Operation[Any],
        response: ResponseLike,
        request: PreparedRequest,
        owner: ListResource,
    ) -> Page[M]:
        page_model = _page_model(_JsonV1Page, model, op.list_key)
        try:
            parsed: Any = page_model.model_validate_json(response.content)
        except ValidationError as err:
            raise _unparseable(response, request, err) from None
        items: list[M] = parsed.items
        _bind_all(items, owner)
        meta: _V1Meta = parsed.meta
        return Page(
            items,
            next_page_url=meta.next_page_url,
            previous_page_url=meta.previous_page_url,
            page_number=meta.page,
            page_size=meta.page_size,
            total=None,
            owner=owner,
            model=model,
            op=op,
            request=request,
        )


def _bind_all(items: list[Any], owner: ListResource) -> None:
    if items and isinstance(items[0], InstanceModel):
        for item in items:
            item._bind(owner)


_DIALECTS: dict[str, Dialect] = {"json-2010": Json2010(), "json-v1": JsonV1()}
#: Dialects whose module loads on first use and registers itself (only API 2008 needs XML).
_LAZY_DIALECTS = {"xml-2008": "twilio_async._xml"}


def get_dialect(name: str) -> Dialect:
    """The dialect singleton for a spec's ``dialect:`` value."""
    if name not in _DIALECTS and name in _LAZY_DIALECTS:
        importlib.import_module(_LAZY_DIALECTS[name])
    try:
        return _DIALECTS[name]
    except KeyError:
        raise TwilioError(f"unknown wire dialect {name!r}") from None


def register_dialect(dialect: Dialect) -> None:
    """Make a dialect available to versions that name it."""
    _DIALECTS[dialect.name] = dialect


__all__ = ["Dialect", "TwilioRestError", "excerpt", "get_dialect", "register_dialect"]
