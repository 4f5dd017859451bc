"""Base classes of the generated pydantic models."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, ClassVar, Concatenate, Generic, ParamSpec, TypeVar

from pydantic import BaseModel, ConfigDict

from ._errors import TwilioError

if TYPE_CHECKING:
    from ._resource import InstanceContext, ListResource

P = ParamSpec("P")
R = TypeVar("R")


class Forward(Generic[P, R]):
    """A model attribute that calls the same-named method of the instance's context.

    ``update = Forward(MessageContext.update)`` gives ``message.update(...)`` the
    exact signature of ``MessageContext.update`` without repeating it.
    """

    def __init__(self, method: Callable[Concatenate[Any, P], Awaitable[R]]):
        self._name = method.__name__
        self.__doc__ = method.__doc__

    def __get__(self, instance: InstanceModel | None, owner: type) -> Callable[P, Awaitable[R]]:
        if instance is None:
            return self  # type: ignore[return-value]
        method: Callable[P, Awaitable[R]] = getattr(instance._context, self._name)
        return method


class TwilioModel(BaseModel):
    """A Twilio response object: every field optional, unknown fields kept."""

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        protected_namespaces=(),
        ignored_types=(Forward,),
        arbitrary_types_allowed=False,
    )


class InstanceModel(TwilioModel):
    """A model bound to the client that produced it, so it can fetch/update/delete itself."""

    #: Set by generated code: the context class and how the instance addresses itself.
    _context_class: ClassVar[type[InstanceContext] | None] = None
    _key_field: ClassVar[str | None] = None
    #: Generated subclasses bind these to ``Forward(<Context>.<verb>)``.
    fetch: ClassVar[Any]
    update: ClassVar[Any]
    delete: ClassVar[Any]
    create: ClassVar[Any]

    def _bind(self, owner: ListResource) -> None:
        # Direct dict access: this runs once per streamed item, so it skips __setattr__.
        private = self.__pydantic_private__
        if private is None:
            object.__setattr__(self, "__pydantic_private__", {"_owner": owner})
        else:
            private["_owner"] = owner

    @property
    def _context(self) -> Any:
        private = self.__pydantic_private__ or {}
        owner: Any = private.get("_owner")  # a generated ListResource: callable with its key
        context_class = type(self)._context_class
        if owner is None or context_class is None:
            raise TwilioError(f"{type(self).__name__} is not bound to a client resource")
        key_field = type(self)._key_field
        if key_field is None:
            return owner()
        key = getattr(self, key_field)
        if key is None:
            raise TwilioError(f"{type(self).__name__} has no {key_field!r}; cannot address it")
        return owner(str(key))
