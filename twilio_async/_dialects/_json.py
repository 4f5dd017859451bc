"""The JSON dialects: API 2010-04-01 (``next_page_uri``), the v1/v2 domains (``meta`` with
page URLs) and token-paged lists (``meta`` with bare ``next_token``/``previous_token``)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple, TypeVar
from urllib.parse import parse_qsl

from pydantic import BaseModel, ConfigDict, Field, create_model

from .._encoding import form_urlencode
from .._models import TwilioModel
from .._pagination import Page
from ._base import Dialect, bind_all

if TYPE_CHECKING:
    from .._resource import ListResource, Operation
    from .._types import PreparedRequest, ResponseLike

M = TypeVar("M", bound=TwilioModel)


class _Links(NamedTuple):
    """Where a page sits: its neighbours' URLs, its number and size, the total if known."""

    next_page_url: str | None
    previous_page_url: str | None
    page: int | None
    page_size: int | None
    total: int | None


class _Json2010Page(BaseModel):
    model_config = ConfigDict(extra="ignore")
    next_page_uri: str | None = None
    previous_page_uri: str | None = None
    page: int | None = None
    page_size: int | None = None
    total: int | None = None

    def links(self) -> _Links:
        return _Links(
            self.next_page_uri, self.previous_page_uri, self.page, self.page_size, self.total
        )


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

    def links(self) -> _Links:
        meta = self.meta
        return _Links(meta.next_page_url, meta.previous_page_url, meta.page, meta.page_size, None)


class _TokenMeta(BaseModel):
    model_config = ConfigDict(extra="ignore")
    next_token: str | None = None
    previous_token: str | None = None
    next_page_url: str | None = None
    previous_page_url: str | None = None
    page_size: int | None = None


class _JsonTokenPage(BaseModel):
    model_config = ConfigDict(extra="ignore")
    meta: _TokenMeta = Field(default_factory=_TokenMeta)

    def links(self) -> _Links:
        # The tokens become URLs in ``JsonToken._parse_page`` (they need the request).
        meta = self.meta
        return _Links(meta.next_page_url, meta.previous_page_url, None, meta.page_size, None)


@cache
def _page_model(base: type[BaseModel], model: type[TwilioModel], list_key: str) -> type[BaseModel]:
    """A page model that parses a whole page body in one pass (model_validate_json)."""
    return create_model(
        f"{model.__name__}Page",
        __base__=base,
        items=(list[model], Field(default_factory=list, alias=list_key)),  # type: ignore[valid-type]
    )


class JsonDialect(Dialect):
    """A JSON dialect whose page body is one object: the items under the list key, plus links."""

    page_base: ClassVar[type[BaseModel]]

    def _links(self, parsed: Any, request: PreparedRequest, op: Operation[Any]) -> _Links:
        """Where the parsed page sits (the request and operation matter to token dialects)."""
        links: _Links = parsed.links()
        return links

    def _parse_page(
        self,
        model: type[M],
        op: Operation[Any],
        response: ResponseLike,
        request: PreparedRequest,
        owner: ListResource,
    ) -> Page[M]:
        page_model = _page_model(self.page_base, model, op.list_key)
        parsed: Any = page_model.model_validate_json(response.content)
        items: list[M] = parsed.items
        bind_all(items, owner)
        links: _Links = self._links(parsed, request, op)
        return Page(
            items,
            next_page_url=links.next_page_url,
            previous_page_url=links.previous_page_url,
            page_number=links.page,
            page_size=links.page_size,
            total=links.total,
            owner=owner,
            model=model,
            op=op,
            request=request,
        )


class Json2010(JsonDialect):
    """API 2010-04-01: ``.json`` paths, ``next_page_uri`` relative to the domain."""

    name = "json-2010"
    page_base = _Json2010Page


class JsonV1(JsonDialect):
    """The v1/v2 domain APIs: ``meta`` with absolute ``next_page_url`` and ``key``."""

    name = "json-v1"
    page_base = _JsonV1Page


class JsonToken(JsonDialect):
    """Token-paged v1/v2 lists: ``meta.next_token`` is sent back as ``PageToken``.

    A page link is the request that fetched the page with its token replaced, so the
    filters and page size carry over; a ``meta.next_page_url``, when sent, wins. No token
    (``null``, absent or empty) means the last page.
    """

    name = "json-token"
    page_base = _JsonTokenPage
    #: The query parameters that carry the token and the page size.
    token_param: ClassVar[str] = "PageToken"
    size_param: ClassVar[str] = "PageSize"

    def page_query(
        self, page_size: int | None, page_token: str | None, page_number: int | None
    ) -> list[tuple[str, str]]:
        """``PageSize`` and ``PageToken``; token lists have no page numbers."""
        query: list[tuple[str, str]] = []
        if page_size is not None:
            query.append((self.size_param, str(page_size)))
        if page_token is not None:
            query.append((self.token_param, str(page_token)))
        return query

    def _links(self, parsed: Any, request: PreparedRequest, op: Operation[Any]) -> _Links:
        meta: _TokenMeta = parsed.meta
        name = self.token_param if op.paging is None else op.paging[1]
        return _Links(
            meta.next_page_url or self._token_url(request, meta.next_token, name),
            meta.previous_page_url or self._token_url(request, meta.previous_token, name),
            None,
            meta.page_size,
            None,
        )

    def _token_url(self, request: PreparedRequest, token: str | None, name: str) -> str | None:
        """``request``'s URL and query with ``token`` as page token ``name`` (``None``: no page)."""
        if not token:
            return None
        base, _, _ = request.url.partition("?")
        kept = [(k, v) for k, v in _query_of(request) if k != name]
        return f"{base}?{form_urlencode([*kept, (name, token)])}"


def _query_of(request: PreparedRequest) -> list[tuple[str, str]]:
    """Every query pair of ``request``: those in its URL (a followed link), then its own."""
    _, _, in_url = request.url.partition("?")
    return [*parse_qsl(in_url, keep_blank_values=True), *request.query]
