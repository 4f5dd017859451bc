"""A call's result together with the HTTP status code and headers of its response.

``await with_http_info(client.messages.create, to=..., body=...)`` (typed) and
twilio-python's ``client.messages.create_with_http_info(to=..., body=...)`` both return
an ``ApiResponse``. For ``list``/``stream`` the status and headers are the first page's
(as in twilio-python); for ``page`` they are that page's. With retries they are the
final attempt's.
"""

from __future__ import annotations

from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Coroutine,
    Iterable,
    Iterator,
    Mapping,
)
from dataclasses import dataclass
from typing import Any, Generic, ParamSpec, TypeVar, overload

T = TypeVar("T")
_P = ParamSpec("_P")


class Headers(Mapping[str, str]):
    """Response headers: read-only, looked up without regard to case.

    Iterating yields the names in lower case; a header sent more than once has its
    values joined with ``", "``.
    """

    __slots__ = ("_items",)

    def __init__(self, items: Iterable[tuple[str, str]] = ()):
        found: dict[str, str] = {}
        for name, value in items:
            key = name.lower()
            found[key] = f"{found[key]}, {value}" if key in found else value
        self._items = found

    def __getitem__(self, name: str) -> str:
        return self._items[name.lower()]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._items

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Headers({self._items!r})"


@dataclass(frozen=True, slots=True)
class ApiResponse(Generic[T]):
    """``data`` (what the plain call returns) with the response's status code and headers."""

    data: T
    status_code: int
    headers: Headers

    def __repr__(self) -> str:
        return f"ApiResponse(status_code={self.status_code}, data={type(self.data).__name__})"


def response_of(data: T, response: Any) -> ApiResponse[T]:
    """``data`` wrapped with ``response``'s status code and headers."""
    headers = response.headers
    items = headers.multi_items() if hasattr(headers, "multi_items") else headers.items()
    return ApiResponse(data, response.status_code, Headers(items))


@overload
def with_http_info(
    method: Callable[_P, AsyncIterator[T]], /, *args: _P.args, **kwargs: _P.kwargs
) -> Coroutine[Any, Any, ApiResponse[AsyncIterator[T]]]: ...


@overload
def with_http_info(
    method: Callable[_P, Awaitable[T]], /, *args: _P.args, **kwargs: _P.kwargs
) -> Coroutine[Any, Any, ApiResponse[T]]: ...


def with_http_info(method: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
    """Call an SDK method and also return its response's status code and headers.

    ``await with_http_info(client.messages.create, to=..., body=...)`` is an
    ``ApiResponse[Message]``; type checkers check the keywords against ``create``'s.
    ``method`` must be an operation method of a list or context (``client.messages.list``,
    ``message.update``...).
    """
    descriptor = getattr(method, "_twilio_method", None)
    node = getattr(method, "__self__", None)
    if descriptor is None or node is None:
        raise TypeError(
            "with_http_info(): method must be an SDK operation method such as "
            f"client.messages.create, got {method!r}"
        )
    info: Callable[..., Any] = descriptor.info_function()
    return info(node, *args, **kwargs)
