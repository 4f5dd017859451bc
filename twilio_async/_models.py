"""Base classes of the generated pydantic models."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, cast

from pydantic import BaseModel, ConfigDict

from ._errors import TwilioError

if TYPE_CHECKING:
    from ._resource import InstanceContext, ListResource

C = TypeVar("C", bound="InstanceContext")


class FromContext:
    """A model attribute that is the same-named attribute of the model's context.

    ``update = FromContext()`` on ``Message`` makes ``message.update`` the
    ``MessageContext.update`` of ``message.sid``; generated models declare the exact type
    for type checkers (``update: ClassVar = MessageContext.update`` under
    ``TYPE_CHECKING``), so the models module never imports the resource module.
    """

    __slots__ = ("_name",)

    def __init__(self) -> None:
        self._name = ""

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self._name = name

    def __get__(self, obj: InstanceModel[Any] | None, owner: type[Any] | None = None) -> Any:
        if obj is None:
            return self
        return getattr(obj._context, self._name)


class TwilioModel(BaseModel):
    """A Twilio response object: every field optional, unknown fields kept."""

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        protected_namespaces=(),
        # Instance methods and child collections are the context's (``FromContext``).
        ignored_types=(FromContext,),
        arbitrary_types_allowed=False,
    )


class InstanceModel(TwilioModel, Generic[C]):
    """A model bound to the list that produced it, so it can fetch/update/delete itself.

    ``class Message(InstanceModel["MessageContext"])``: ``message._context`` is the
    ``MessageContext`` of ``message.sid`` (``_key_field``), and the generated
    ``update = FromContext()`` makes ``message.update(...)`` exactly that method.
    """

    #: Set by generated code: the field that addresses the instance (``None``: a singleton).
    _key_field: ClassVar[str | None] = None

    if not TYPE_CHECKING:
        # ``InstanceModel[MessageContext]`` is for type checkers: at run time it is the class
        # itself, so no parametrized pydantic model is built per resource.
        def __class_getitem__(cls, params: object) -> type[InstanceModel[Any]]:
            return cls

    def _bind(self, owner: ListResource) -> None:
        # Direct dict access: this runs once per streamed item, so it skips __setattr__.
        private = self.__pydantic_private__
        if private is None:
            object.__setattr__(self, "__pydantic_private__", {"_owner": owner})
        else:
            private["_owner"] = owner

    def _remember(self, context: object) -> None:
        """Keep the context that returned this model, for a response without its key field."""
        private = self.__pydantic_private__
        if private is not None:
            private["_from"] = context

    @property
    def _context(self) -> C:
        private = self.__pydantic_private__ or {}
        owner: ListResource | None = private.get("_owner")
        if owner is None:
            raise TwilioError(f"{type(self).__name__} is not bound to a client resource")
        key_field = type(self)._key_field
        if key_field is None:
            return cast("C", owner._context(None))
        key = getattr(self, key_field, None)  # None too when the response has no such field
        if key is None:
            if private.get("_from") is not None:  # lookups' overrides echo no Field
                return cast("C", private["_from"])
            raise TwilioError(f"{type(self).__name__} has no {key_field!r}; cannot address it")
        return cast("C", owner._context(str(key)))
