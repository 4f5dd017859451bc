"""The thin base classes that generated resources subclass.

Generated code only declares: operations (``Operation``), typed method
signatures that pass ``locals()`` here, and child accessors. Everything that
happens on the wire happens in this module and ``_http.py``.

Importing this module stays cheap: response models (pydantic) live in generated
``types`` modules that load on the first call that needs them.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Final, Generic, TypeVar

from ._constants import MAX_PAGE_SIZE
from ._encoding import encode_values, json_value
from ._errors import TwilioValidationError
from ._types import NotGiven, PreparedRequest

if TYPE_CHECKING:
    from ._domains import Version
    from ._models import TwilioModel
    from ._pagination import Page

M = TypeVar("M", bound="TwilioModel")
T = TypeVar("T")

QUERY: Final = "query"
FORM: Final = "form"
HEADER: Final = "header"
JSON: Final = "json"


@dataclass(frozen=True, slots=True)
class Param:
    """One declared parameter: Python keyword, wire name, where it goes and its kind."""

    py: str
    wire: str
    location: str
    kind: str
    many: bool = False
    required: bool = False


class Models:
    """Lazy access to one generated ``types`` module: ``Models(__package__, ".types.x")``."""

    __slots__ = ("_module", "_package")

    def __init__(self, package: str | None, module: str):
        self._package = package
        self._module = module

    def __call__(self, name: str) -> Callable[[], type[Any]]:
        """A zero-argument loader for the model class ``name`` (imported on first call)."""
        cache: list[type[Any]] = []

        def load() -> type[Any]:
            if not cache:
                module = importlib.import_module(self._module, self._package)
                cache.append(getattr(module, name))
            return cache[0]

        return load


@dataclass(frozen=True, slots=True)
class Operation(Generic[T]):
    """One declared API operation; ``path`` is a template over path parameters.

    ``model`` loads the response model class lazily (``None`` for deletes).
    """

    label: str
    method: str
    path: str
    params: tuple[Param, ...] = ()
    body: str = "form"
    list_key: str = ""  # list operations: the key (JSON) or element (XML) holding the items
    model: Callable[[], type[T]] | None = None

    def response_model(self) -> type[T]:
        """The response model class (imports its module on first use)."""
        if self.model is None:
            raise TypeError(f"{self.label} returns no model")
        return self.model()


def P(
    py: str, wire: str, location: str, kind: str, *, many: bool = False, required: bool = False
) -> Param:
    """Shorthand used by generated code to declare a ``Param``."""
    return Param(py, wire, location, kind, many, required)


_UNSAFE_PATH_VALUE = re.compile(r"[/?#%\\\s\x00-\x1f\x7f]")
#: Header values must be printable ASCII: CR/LF would split a header (header injection),
#: and httpx cannot encode anything beyond ASCII.
_UNSAFE_HEADER_VALUE = re.compile(r"[^\t\x20-\x7e]")


def check_path_value(name: str, value: Any, pattern: re.Pattern[str] | None) -> str:
    """Validate a value before it becomes a URL path segment.

    SIDs must match their resource's pattern; any value is refused if it could
    change which URL is requested (``/``, ``..``, ``?``, ``#``, ``%``, whitespace,
    control characters).
    """
    if not isinstance(value, str):
        raise TwilioValidationError(f"{name} must be a str, got {type(value).__name__}")
    if not value or value in (".", "..") or _UNSAFE_PATH_VALUE.search(value):
        raise TwilioValidationError(
            f"{name} {value[:40]!r} is not a valid path value "
            "(empty, '.', '..', or contains '/', '?', '#', '%', '\\', whitespace or control chars)"
        )
    if pattern is not None and not pattern.fullmatch(value):
        raise TwilioValidationError(
            f"{name} {value[:40]!r} does not look like this resource's SID "
            f"(expected pattern {pattern.pattern})"
        )
    return value


class Node:
    """A point in the resource tree: a version plus the path parameters known so far."""

    __slots__ = ("_path_params", "_version")

    def __init__(self, version: Version, path_params: tuple[str, ...]):
        self._version = version
        self._path_params = path_params

    def _prepare(self, op: Operation[Any], args: Mapping[str, Any]) -> PreparedRequest:
        url = self._version.base_url + op.path.format(*self._path_params)
        query: list[tuple[str, str]] = []
        form: list[tuple[str, str]] | None = [] if op.body == "form" else None
        body: dict[str, Any] | None = {} if op.body == "json" else None
        headers: dict[str, str] | None = None
        for param in op.params:
            value = args.get(param.py)
            if value is None or isinstance(value, NotGiven):
                if param.required:
                    raise TwilioValidationError(f"{op.label}(): parameter {param.py!r} is required")
                continue
            try:
                if param.location == JSON:
                    assert body is not None
                    wire = json_value(param.py, param.kind, param.many, value)
                    if param.wire == "body" and param.kind == "object":
                        if not isinstance(wire, dict):
                            raise TwilioValidationError(
                                f"parameter {param.py!r} must be a JSON object (a dict), "
                                f"got {type(wire).__name__}"
                            )
                        body.update(wire)
                    else:
                        body[param.wire] = wire
                    continue
                values = encode_values(param.py, param.kind, param.many, value)
                if param.location == HEADER and _UNSAFE_HEADER_VALUE.search(values[0]):
                    raise TwilioValidationError(
                        f"parameter {param.py!r} is sent as the {param.wire} header, so it must be "
                        "printable ASCII (no CR, LF or other control characters)"
                    )
            except TwilioValidationError as err:
                raise TwilioValidationError(f"{op.label}(): {err}") from None
            if param.location == QUERY:
                query.extend((param.wire, v) for v in values)
            elif param.location == FORM:
                if form is None:
                    query.extend((param.wire, v) for v in values)
                else:
                    form.extend((param.wire, v) for v in values)
            else:
                headers = headers or {}
                headers[param.wire] = values[0]
        options = args.get("options")
        return PreparedRequest(op.method, url, query, form, body, headers, options)

    async def _call(self, op: Operation[M], args: Mapping[str, Any]) -> M:
        request = self._prepare(op, args)
        response = await self._version.transport.send(request, self._version.dialect)
        return self._version.dialect.parse_instance(
            op.response_model(), response, request, self._owner_list()
        )

    async def _delete(self, op: Operation[Any], args: Mapping[str, Any]) -> bool:
        request = self._prepare(op, args)
        await self._version.transport.send(request, self._version.dialect)
        return True

    def _owner_list(self) -> ListResource | None:
        return None


class ListResource(Node):
    """A collection (``client.messages``): create, list, stream, page, and addressing by key."""

    __slots__ = ()
    #: Set by generated subclasses.
    _key_param: ClassVar[str | None] = None
    _key_pattern: ClassVar[re.Pattern[str] | None] = None

    def _key(self, value: Any) -> tuple[str, ...]:
        """Path parameters for one instance: these plus a validated key."""
        cls = type(self)
        return (
            *self._path_params,
            check_path_value(cls._key_param or "key", value, cls._key_pattern),
        )

    def _owner_list(self) -> ListResource:
        return self

    async def _page(self, op: Operation[M], args: Mapping[str, Any]) -> Page[M]:
        request = self._prepare(op, args)
        page_size = _page_size(args.get("page_size"), None)
        token = args.get("page_token")
        number = args.get("page_number")
        # The dialect names the paging parameters (2008: ``num`` and ``Page``).
        request.query.extend(
            self._version.dialect.page_query(
                page_size,
                None if isinstance(token, NotGiven) else token,
                None if isinstance(number, NotGiven) else number,
            )
        )
        return await self._fetch_page(request, op.response_model(), op)

    async def _fetch_page(
        self, request: PreparedRequest, model: type[M], op: Operation[M]
    ) -> Page[M]:
        response = await self._version.transport.send(request, self._version.dialect)
        page = self._version.dialect.parse_page(model, op, response, request, self)
        return page

    async def _next_page(self, page: Page[M], url: str | None) -> Page[M] | None:
        if not url:
            return None
        url = self._version.dialect.follow(url, self._version.base_url)
        request = PreparedRequest(
            "GET", url, [], None, None, page._request.headers, page._request.options
        )
        return await self._fetch_page(request, page._model, page._op)

    async def _list(self, op: Operation[M], args: Mapping[str, Any]) -> list[M]:
        return [item async for item in self._stream(op, args)]

    async def _stream(self, op: Operation[M], args: Mapping[str, Any]) -> AsyncIterator[M]:
        limit = args.get("limit")
        if limit is not None and (
            isinstance(limit, bool) or not isinstance(limit, int) or limit < 0
        ):
            raise TwilioValidationError(f"{op.label}(): limit must be a non-negative int")
        page_args = dict(args)
        page_args["page_size"] = _page_size(args.get("page_size"), limit)
        if limit == 0:
            self._prepare(op, args)  # still refuse bad parameters, but fetch nothing
            return
        page: Page[M] | None = await self._page(op, page_args)
        remaining = limit
        while page is not None:
            for item in page.items:
                if remaining is not None:
                    if remaining <= 0:
                        return
                    remaining -= 1
                yield item
            if remaining is not None and remaining <= 0:
                return
            page = await page.next_page()


def _page_size(page_size: Any, limit: int | None) -> int | None:
    if page_size is None or isinstance(page_size, NotGiven):
        if limit is None:
            return None
        return max(1, min(limit, MAX_PAGE_SIZE))
    if isinstance(page_size, bool) or not isinstance(page_size, int):
        raise TwilioValidationError(f"page_size must be an int, got {type(page_size).__name__}")
    if not 1 <= page_size <= MAX_PAGE_SIZE:
        raise TwilioValidationError(
            f"page_size must be between 1 and {MAX_PAGE_SIZE}, got {page_size}"
        )
    return page_size


class InstanceContext(Node):
    """One addressed instance (``client.messages("SM...")``): fetch, update, delete, children."""

    __slots__ = ("_owner",)

    def __init__(self, version: Version, path_params: tuple[str, ...], owner: ListResource):
        super().__init__(version, path_params)
        self._owner = owner

    def _owner_list(self) -> ListResource:
        return self._owner

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path_params)}>"
