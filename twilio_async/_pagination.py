"""Pages of results, the same for every dialect."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._models import TwilioModel

if TYPE_CHECKING:
    from ._resource import ListResource, Operation
    from ._types import PreparedRequest

M = TypeVar("M", bound=TwilioModel)


class Page(Generic[M]):
    """One page of a list: its items plus links to the neighbouring pages.

    Iterate it for the items; ``await page.next_page()`` returns ``None`` after the last page.
    """

    __slots__ = (
        "_depth",
        "_fetched",
        "_model",
        "_op",
        "_owner",
        "_request",
        "items",
        "next_page_url",
        "page_number",
        "page_size",
        "previous_page_url",
        "total",
    )

    def __init__(
        self,
        items: list[M],
        *,
        next_page_url: str | None,
        previous_page_url: str | None,
        page_number: int | None,
        page_size: int | None,
        total: int | None,
        owner: ListResource,
        model: type[M],
        op: Operation[Any],
        request: PreparedRequest,
    ):
        self.items = items
        self.next_page_url = next_page_url
        self.previous_page_url = previous_page_url
        self.page_number = page_number
        self.page_size = page_size
        self.total = total
        self._owner = owner
        self._model = model
        self._op = op
        self._request = request
        # Set by the list that fetched it: URL -> position of every page fetched by following
        # next links from the first (shared along the chain), and this page's position.
        self._fetched: dict[str, int] = {}
        self._depth = 0

    async def next_page(self) -> Page[M] | None:
        """The following page, or ``None`` when this is the last one."""
        return await self._owner._next_page(self, self.next_page_url)

    async def previous_page(self) -> Page[M] | None:
        """The preceding page, or ``None`` when this is the first one."""
        return await self._owner._next_page(self, self.previous_page_url, forward=False)

    def __iter__(self) -> Iterator[M]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index: int) -> M:
        return self.items[index]

    def __repr__(self) -> str:
        return (
            f"<Page {self._model.__name__} page={self.page_number} items={len(self.items)} "
            f"has_next={self.next_page_url is not None}>"
        )
