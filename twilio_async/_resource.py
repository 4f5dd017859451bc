"""The thin base classes and descriptors that generated resources are built from.

A generated resource module only declares facts:

- operations: ``_CREATE: Operation[Message] = Operation("messages.create", "POST", path,
  body="form", model=...).with_params(P("to", "To", FORM, "string", required=True), ...)``;
- each operation's keyword arguments, once, as a class:
  ``class MessageCreateArgs(Args): to: str; body: str | NotGiven = NOT_GIVEN``;
- methods, descriptors that join the two: ``create = _CREATE.call_method(MessageCreateArgs)``
  (type checkers read the method's exact signature from the arguments class);
- child collections: ``media: Child[MediaList] = Child(".accounts_messages_media", "MediaList")``.

Everything that happens on the wire happens in this module and ``_http.py``.
Importing this module stays cheap: response models (pydantic) live in generated
``types`` modules that load on the first call that needs them.
"""

from __future__ import annotations

import importlib
import inspect
import re
import sys
from collections.abc import AsyncIterator, Callable, Coroutine, Mapping
from types import MethodType
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Final,
    Generic,
    ParamSpec,
    TypeVar,
    cast,
    get_args,
    get_origin,
    overload,
)

from ._constants import MAX_PAGE_SIZE
from ._encoding import encode_values, form_urlencode, json_value
from ._errors import TwilioResponseError, TwilioValidationError
from ._options import RequestOptions
from ._redact import without_query
from ._types import (
    BodyKind,
    HttpMethod,
    Location,
    NotGiven,
    ParamKind,
    PreparedRequest,
    ResponseLike,
)

if TYPE_CHECKING:
    import builtins

    from typing_extensions import Self, dataclass_transform

    from ._api_response import ApiResponse
    from ._domains import Version
    from ._models import TwilioModel
    from ._pagination import Page
else:
    # typing has it from Python 3.11; it only marks the class for type checkers.
    def dataclass_transform(**_: object) -> Callable[[type], type]:
        return lambda cls: cls


_P = ParamSpec("_P")
M = TypeVar("M", bound="TwilioModel")
T = TypeVar("T")
R = TypeVar("R")
C = TypeVar("C", bound="InstanceContext")
L = TypeVar("L", bound="ListResource")

QUERY: Final[Location] = "query"
FORM: Final[Location] = "form"
HEADER: Final[Location] = "header"
JSON: Final[Location] = "json"


class Param:
    """One declared parameter: Python keyword, wire name, where it goes and its kind."""

    __slots__ = ("kind", "location", "many", "py", "required", "wire")

    def __init__(
        self,
        py: str,
        wire: str,
        location: Location,
        kind: ParamKind,
        many: bool = False,
        required: bool = False,
    ):
        self.py = py
        self.wire = wire
        self.location: Location = location
        self.kind: ParamKind = kind
        self.many = many
        self.required = required

    def __repr__(self) -> str:
        return f"P({self.py!r}, {self.wire!r}, {self.location!r}, {self.kind!r})"


def P(
    py: str,
    wire: str,
    location: Location,
    kind: ParamKind,
    *,
    many: bool = False,
    required: bool = False,
) -> Param:
    """Shorthand used by generated code to declare a ``Param``."""
    return Param(py, wire, location, kind, many, required)


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


class Operation(Generic[T]):
    """One declared API operation; ``path`` is a template over path parameters.

    ``model`` loads the response model class lazily (``None`` for deletes). The
    ``*_method`` factories turn it into a method of a resource class, typed by the
    class that declares its keyword arguments.
    """

    __slots__ = ("body", "label", "list_key", "method", "model", "paging", "params", "path")

    def __init__(
        self,
        label: str,
        method: HttpMethod,
        path: str,
        params: tuple[Param, ...] = (),
        body: BodyKind = "form",
        list_key: str = "",  # list operations: the key (JSON) or element (XML) holding the items
        model: Callable[[], type[T]] | None = None,
        paging: tuple[str, str] | None = None,  # a list's own (size, token) parameter names
    ):
        self.label = label
        self.method: HttpMethod = method
        self.path = path
        self.params = params
        self.body: BodyKind = body
        self.list_key = list_key
        self.model = model
        self.paging = paging

    def __repr__(self) -> str:
        return f"<Operation {self.label} {self.method} {self.path}>"

    def with_params(self, *params: Param) -> Operation[T]:
        """This operation with ``params`` declared."""
        return Operation(
            self.label,
            self.method,
            self.path,
            params,
            self.body,
            self.list_key,
            self.model,
            self.paging,
        )

    def response_model(self) -> type[T]:
        """The response model class (imports its module on first use)."""
        if self.model is None:
            raise TypeError(f"{self.label} returns no model")
        return self.model()

    def call_method(
        self, args: Callable[_P, object], doc: str = ""
    ) -> Method[_P, Coroutine[Any, Any, T]]:
        """``create``/``fetch``/``update``: returns the response model."""
        return Method(self, args, "_call", doc)

    def delete_method(
        self, args: Callable[_P, object], doc: str = ""
    ) -> Method[_P, Coroutine[Any, Any, bool]]:
        """``delete``: returns ``True``."""
        return Method(self, args, "_delete", doc)

    def list_method(
        self: Operation[M], args: Callable[_P, object], doc: str = ""
    ) -> Method[_P, Coroutine[Any, Any, builtins.list[M]]]:
        """``list``: reads every page up to ``limit`` items."""
        return Method(self, args, "_list", doc)

    def stream_method(
        self: Operation[M], args: Callable[_P, object], doc: str = ""
    ) -> Method[_P, AsyncIterator[M]]:
        """``stream``: yields items lazily, one page in memory at a time."""
        return Method(self, args, "_stream", doc)

    def page_method(
        self: Operation[M], args: Callable[_P, object], doc: str = ""
    ) -> Method[_P, Coroutine[Any, Any, Page[M]]]:
        """``page``: one page; ``next_page()`` moves on."""
        return Method(self, args, "_page", doc)


# --------------------------------------------------------------------------- keyword arguments


@dataclass_transform(kw_only_default=True)
class _Keywords:
    """Base of the classes that declare an operation's keyword arguments.

    Subclasses are never instantiated: type checkers read them like keyword-only
    dataclasses (fields without a default are required), and the runtime reads the
    same annotations and defaults to check a call and to show its signature.
    """

    if not TYPE_CHECKING:

        def __init__(self, **_: object):
            raise TypeError(f"{type(self).__name__} only declares keyword arguments")


class Args(_Keywords):
    """Keyword arguments every operation takes; generated ``...Args`` classes add theirs."""

    options: RequestOptions | None = None


class ListArgs(Args):
    """What ``list()`` and ``stream()`` take besides the filters."""

    limit: int | None = None
    page_size: int | None = None


class PageArgs(Args):
    """What ``page()`` takes besides the filters."""

    page_size: int | None = None
    page_token: str | None = None
    page_number: int | None = None


class _Declared:
    """The keyword arguments of one ``Args`` class, read once: names, required, signature.

    ``aliases`` maps another accepted spelling of a keyword to it (twilio-python's
    ``resource_version=`` for ``version=``): an ``Args`` class lists them in ``_aliases``.
    """

    __slots__ = ("aliases", "names", "required", "signature")

    def __init__(self, args: type[Any]):
        declared: list[inspect.Parameter] = []
        base: list[inspect.Parameter] = []  # this module's fields (limit, options...) go last
        seen: set[str] = set()
        for klass in reversed(args.__mro__):
            if not issubclass(klass, _Keywords) or klass is _Keywords:
                continue
            into = base if klass.__module__ == __name__ else declared
            for name, annotation in inspect.get_annotations(klass).items():
                if name in seen or name.startswith("_"):
                    continue
                seen.add(name)
                default = getattr(args, name, inspect.Parameter.empty)
                into.append(
                    inspect.Parameter(
                        name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation
                    )
                )
        base.sort(key=lambda p: p.name == "options")
        params = [*declared, *base]
        self.names = frozenset(p.name for p in params)
        self.required = tuple(p.name for p in params if p.default is inspect.Parameter.empty)
        self_param = inspect.Parameter("self", inspect.Parameter.POSITIONAL_ONLY)
        self.signature = inspect.Signature([self_param, *params])
        self.aliases: dict[str, str] = dict(getattr(args, "_aliases", {}))

    def normalize(self, qualname: str, kwargs: dict[str, Any]) -> dict[str, Any]:
        """``kwargs`` with each alias spelled as the keyword it stands for."""
        if not self.aliases or self.aliases.keys().isdisjoint(kwargs):
            return kwargs
        out = dict(kwargs)
        for alias, name in self.aliases.items():
            if alias in out:
                if name in out:
                    raise TypeError(
                        f"{qualname}() got both {name!r} and {alias!r} (twilio-python's "
                        f"spelling of {name!r}): pass one of them"
                    )
                out[name] = out.pop(alias)
        return out

    def check(self, qualname: str, kwargs: Mapping[str, Any]) -> None:
        """Refuse what Python would refuse for a real signature, with the same messages."""
        if not self.names.issuperset(kwargs):
            unknown = next(k for k in kwargs if k not in self.names)
            raise TypeError(f"{qualname}() got an unexpected keyword argument {unknown!r}")
        missing = [repr(name) for name in self.required if name not in kwargs]
        if missing:
            if len(missing) == 1:
                listed = missing[0]
            elif len(missing) == 2:
                listed = " and ".join(missing)
            else:
                listed = ", ".join(missing[:-1]) + ", and " + missing[-1]
            plural = "s" if len(missing) > 1 else ""
            raise TypeError(
                f"{qualname}() missing {len(missing)} required keyword-only argument{plural}: "
                f"{listed}"
            )


_DECLARED: dict[type[Any], _Declared] = {}


def declared(args: type[Any]) -> _Declared:
    """The keyword arguments an ``Args`` class declares (read once per class)."""
    found = _DECLARED.get(args)
    if found is None:
        found = _DECLARED[args] = _Declared(args)
    return found


# --------------------------------------------------------------------------- descriptors


def _node_of(obj: object) -> Node:
    """The resource node behind ``obj``: itself, or the context of a bound model."""
    if isinstance(obj, Node):
        return obj
    context: Node = cast(Any, obj)._context  # an InstanceModel; raises if it is not bound
    return context


class Method(Generic[_P, R]):
    """An operation as a method of a resource class (and of the models it returns).

    ``client.messages.create`` is a bound method whose signature is the one the
    arguments class declares; ``message.update`` (a model) acts on ``message``'s context.
    """

    __slots__ = ("_args", "_doc", "_function", "_info", "_name", "_op", "_owner", "_runner")

    def __init__(
        self,
        op: Operation[Any],
        args: Callable[_P, object],
        runner: str,
        doc: str = "",
        info: bool = False,
    ):
        self._op = op
        self._doc = doc  # the generated docstring (the same text follows the assignment)
        self._args = cast("type[Any]", args)  # always an Args class
        self._runner = runner
        self._info = info  # ``create_with_http_info``: returns an ``ApiResponse``
        self._name: str | None = None
        self._owner = ""
        self._function: Callable[..., Any] | None = None

    @property
    def runner(self) -> str:
        """The node method that runs a call (``_call``, ``_delete``, ``_list``...)."""
        return self._runner

    @overload
    def with_http_info(
        self: Method[_P, AsyncIterator[T]],
    ) -> Method[_P, Coroutine[Any, Any, ApiResponse[AsyncIterator[T]]]]: ...

    @overload
    def with_http_info(
        self: Method[_P, Coroutine[Any, Any, T]],
    ) -> Method[_P, Coroutine[Any, Any, ApiResponse[T]]]: ...

    def with_http_info(self) -> Method[..., Any]:
        """The same operation as a method returning an ``ApiResponse`` (status, headers).

        Every list and context class gets these as ``<verb>_with_http_info`` when it is
        created; a class body may also spell one out (``create_with_http_info =
        create.with_http_info()``) so that type checkers see it.
        """
        return self._info_method()

    def _info_method(self) -> Method[..., Any]:
        info: Method[..., Any] = Method(self._op, self._args, self._runner, self._doc, info=True)
        info._owner = self._owner
        return info

    def info_function(self) -> Callable[..., Any]:
        """The unbound function behind ``with_http_info(bound method, ...)``."""
        if self._info:
            return self._function or self._build()
        sibling = _INFO_OF.get(self)
        if sibling is None:
            sibling = _INFO_OF[self] = self._info_method()
            sibling._name = f"{self._name}_with_http_info" if self._name else None
        return sibling._function or sibling._build()

    def __set_name__(self, owner: type[Any], name: str) -> None:
        # Models reuse their context's descriptors (``update = MessageContext.update``):
        # the first owner (the context or list class) names the method.
        if self._name is None:
            self._name = name
            self._owner = owner.__qualname__

    @property
    def op(self) -> Operation[Any]:
        """The operation this method runs."""
        return self._op

    @property
    def doc(self) -> str:
        """The method's docstring (what ``help()`` shows on the bound method)."""
        if not self._doc:
            return _doc(self._op, self._info)
        text = inspect.cleandoc(self._doc)
        if self._info:
            text = f"{_INFO_NOTE}\n\n{text}"
        return text

    @overload
    def __get__(self, obj: None, owner: type[Any] | None = None) -> Self: ...

    @overload
    def __get__(self, obj: object, owner: type[Any] | None = None) -> Callable[_P, R]: ...

    def __get__(self, obj: object, owner: type[Any] | None = None) -> Any:
        if obj is None:
            return self
        function = self._function or self._build()
        return MethodType(function, _node_of(obj))

    def _build(self) -> Callable[..., Any]:
        op, runner, spec = self._op, self._runner, declared(self._args)
        name = self._name or op.label.rpartition(".")[2]
        qualname = f"{self._owner}.{name}" if self._owner else name
        function: Any
        if self._info:
            info_run: Callable[[Any, Operation[Any], Mapping[str, Any]], Any] = getattr(
                ListResource if runner in ("_list", "_page", "_stream") else Node, runner + "_info"
            )

            async def call_info(node: Node, /, **kwargs: Any) -> Any:
                spec.check(qualname, kwargs)
                return await info_run(node, op, spec.normalize(qualname, kwargs))

            function = call_info
        elif runner == "_stream":

            def stream(node: ListResource, /, **kwargs: Any) -> AsyncIterator[Any]:
                spec.check(qualname, kwargs)
                return node._stream(op, spec.normalize(qualname, kwargs))

            function = stream
        else:
            run: Callable[[Any, Operation[Any], Mapping[str, Any]], Any] = getattr(
                ListResource if runner in ("_list", "_page") else Node, runner
            )

            async def call(node: Node, /, **kwargs: Any) -> Any:
                spec.check(qualname, kwargs)
                return await run(node, op, spec.normalize(qualname, kwargs))

            function = call
        function.__name__ = name
        function.__qualname__ = qualname
        function.__doc__ = self.doc
        function.__signature__ = spec.signature
        function._twilio_method = self  # read by ``with_http_info(method, ...)``
        built: Callable[..., Any] = function
        self._function = built
        return built


#: Each plain method's ``<verb>_with_http_info`` sibling (filled as classes are made).
_INFO_OF: dict[Method[..., Any], Method[..., Any]] = {}


_INFO_NOTE = (
    "Returns an ``ApiResponse``: ``data`` (what the plain method returns), "
    "``status_code`` and ``headers`` (for list and stream, the first page's)."
)


def _doc(op: Operation[Any], info: bool = False) -> str:
    """A method's runtime docstring, from the operation's facts."""
    lines = [f"``{op.label}``: {op.method} {op.path}."]
    if info:
        lines[0] += " " + _INFO_NOTE
    if op.params:
        lines.append("")
        lines += [f"- ``{p.py}``: {p.wire} ({p.location}, {p.kind})" for p in op.params]
    return "\n".join(lines)


class _LazyList(Generic[L]):
    """A list class named by module and class name, imported on first use."""

    __slots__ = ("_class", "_class_name", "_module", "_name", "_package")

    def __init__(self, module: str, class_name: str):
        self._module = module
        self._class_name = class_name
        self._class: type[L] | None = None
        self._name = ""
        self._package: str | None = None

    def __set_name__(self, owner: type[Any], name: str) -> None:
        if not self._name:
            self._name = name
            self._package = sys.modules[owner.__module__].__package__

    def list_class(self) -> type[L]:
        """The child's list class (imports its module on first use)."""
        if self._class is None:
            module = importlib.import_module(self._module, self._package)
            self._class = getattr(module, self._class_name)
        assert self._class is not None
        return self._class


class Child(_LazyList[L]):
    """A child collection, built on each access.

    ``media: Child[MediaList] = Child(".accounts_messages_media", "MediaList")`` on a
    context or a list gives ``context.media``; models reuse it
    (``media = MessageContext.media``) to reach their context's child.
    """

    __slots__ = ()

    @overload
    def __get__(self, obj: None, owner: type[Any] | None = None) -> Self: ...

    @overload
    def __get__(self, obj: object, owner: type[Any] | None = None) -> L: ...

    def __get__(self, obj: object, owner: type[Any] | None = None) -> Any:
        if obj is None:
            return self
        node = _node_of(obj)
        return self.list_class()(node._version, node._path_params)


class Root(_LazyList[L]):
    """A top-level collection of a version (``client.api.v2010.accounts``), built once."""

    __slots__ = ()

    @overload
    def __get__(self, obj: None, owner: type[Any] | None = None) -> Self: ...

    @overload
    def __get__(self, obj: Version, owner: type[Any] | None = None) -> L: ...

    def __get__(self, obj: Version | None, owner: type[Any] | None = None) -> Any:
        if obj is None:
            return self
        value = obj.__dict__[self._name] = self.list_class()(obj, ())
        return value


class Mount(Generic[C]):
    """A nested resource twilio-python mounts on its version, addressed by all its keys.

    ``plugin_version_archive: Mount[PluginVersionArchiveContext] = Mount(".module",
    "PluginVersionArchiveList", ("plugin_sid", "sid"))`` on a version gives
    ``version.plugin_version_archive(plugin_sid, sid)``: the same context as
    ``version.plugins(plugin_sid).plugin_versions(sid).plugin_version_archive()``.
    """

    __slots__ = ("_keys", "_lazy")

    def __init__(self, module: str, class_name: str, keys: tuple[str, ...]):
        self._lazy: _LazyList[Any] = _LazyList(module, class_name)
        self._keys = keys

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self._lazy.__set_name__(owner, name)

    @overload
    def __get__(self, obj: None, owner: type[Any] | None = None) -> Self: ...

    @overload
    def __get__(self, obj: Version, owner: type[Any] | None = None) -> Mounted[C]: ...

    def __get__(self, obj: Version | None, owner: type[Any] | None = None) -> Any:
        if obj is None:
            return self
        return Mounted(obj, self._lazy.list_class(), self._keys, self._lazy._name)


class Mounted(Generic[C]):
    """What a ``Mount`` gives on a version: call it with every key to address one instance."""

    __slots__ = ("_keys", "_list_class", "_name", "_version")

    def __init__(self, version: Version, list_class: type[Any], keys: tuple[str, ...], name: str):
        self._version = version
        self._list_class = list_class
        self._keys = keys
        self._name = name

    def __call__(self, *keys: str) -> C:
        """The instance at ``keys`` (one per placeholder of its path; no request is sent)."""
        if len(keys) != len(self._keys):
            raise TypeError(
                f"{self._name}() takes {len(self._keys)} keys ({', '.join(self._keys)}), "
                f"got {len(keys)}"
            )
        params = tuple(check_path_value(n, v, None) for n, v in zip(self._keys, keys, strict=True))
        if issubclass(self._list_class, KeyedList):
            found: C = self._list_class(self._version, params[:-1])._context(params[-1])
        else:
            found = self._list_class(self._version, params)._context(None)
        return found

    get = __call__

    def __repr__(self) -> str:
        return f"<Mounted {self._name}({', '.join(self._keys)})>"


class Shortcut(Generic[T]):
    """``client.messages``: the same-named child of the client's own account, cached."""

    __slots__ = ("_name",)

    def __init__(self) -> None:
        self._name = ""

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self._name = name

    @overload
    def __get__(self, obj: None, owner: type[Any] | None = None) -> Self: ...

    @overload
    def __get__(self, obj: object, owner: type[Any] | None = None) -> T: ...

    def __get__(self, obj: object, owner: type[Any] | None = None) -> Any:
        if obj is None:
            return self
        value = obj.__dict__[self._name] = getattr(cast(Any, obj).account, self._name)
        return value


# --------------------------------------------------------------------------- the resource tree

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


_INFO_SUFFIX: Final = "_with_http_info"


class Node:
    """A point in the resource tree: a version plus the path parameters known so far.

    Each operation method a subclass declares (``create``) gets twilio-python's
    ``create_with_http_info`` sibling, returning an ``ApiResponse``.
    """

    __slots__ = ("_path_params", "_version")

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, attr in list(cls.__dict__.items()):
            if not isinstance(attr, Method) or name.endswith(_INFO_SUFFIX):
                continue
            info_name = name + _INFO_SUFFIX
            if info_name in cls.__dict__:
                continue
            info = _INFO_OF.get(attr)
            if info is None:
                info = _INFO_OF[attr] = attr._info_method()
                info.__set_name__(cls, info_name)
            setattr(cls, info_name, info)

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
        model = self._version.dialect.parse_instance(
            op.response_model(), response, request, self._owner_list()
        )
        if isinstance(self, InstanceContext):
            remember = getattr(model, "_remember", None)  # an InstanceModel
            if remember is not None:
                remember(self)
        return model

    async def _delete(self, op: Operation[Any], args: Mapping[str, Any]) -> bool:
        request = self._prepare(op, args)
        await self._version.transport.send(request, self._version.dialect)
        return True

    # ``<verb>_with_http_info``: the same calls, keeping the response's status and headers.
    # (Written beside the plain runners so that those stay exactly as cheap as they were.)

    async def _call_info(self, op: Operation[M], args: Mapping[str, Any]) -> ApiResponse[M]:
        request = self._prepare(op, args)
        response = await self._version.transport.send(request, self._version.dialect)
        model = self._version.dialect.parse_instance(
            op.response_model(), response, request, self._owner_list()
        )
        if isinstance(self, InstanceContext):
            remember = getattr(model, "_remember", None)
            if remember is not None:
                remember(self)
        return _response_of(model, response)

    async def _delete_info(self, op: Operation[Any], args: Mapping[str, Any]) -> ApiResponse[bool]:
        request = self._prepare(op, args)
        response = await self._version.transport.send(request, self._version.dialect)
        return _response_of(True, response)

    def _owner_list(self) -> ListResource | None:
        return None


class ListResource(Node):
    """A collection (``client.messages``): create, list, stream and page run here."""

    __slots__ = ()

    def _owner_list(self) -> ListResource:
        return self

    def _context(self, key: str | None) -> InstanceContext:
        raise TypeError(f"{type(self).__name__} has no instances to address")

    async def _page_info(self, op: Operation[M], args: Mapping[str, Any]) -> ApiResponse[Page[M]]:
        seen: list[ResponseLike] = []
        page = await self._page(op, args, seen)
        return _response_of(page, seen[0])

    async def _stream_info(
        self, op: Operation[M], args: Mapping[str, Any]
    ) -> ApiResponse[AsyncIterator[M]]:
        """The first page is fetched now (for its status and headers); the rest lazily."""
        limit = _limit(op, args.get("limit"))
        page_args = dict(args)
        page_args["page_size"] = _page_size(args.get("page_size"), limit)
        seen: list[ResponseLike] = []
        page = await self._page(op, page_args, seen)
        return _response_of(_items_from(page, limit), seen[0])

    async def _list_info(self, op: Operation[M], args: Mapping[str, Any]) -> ApiResponse[list[M]]:
        streamed = await self._stream_info(op, args)
        items = [item async for item in streamed.data]
        return _response_of(items, streamed)

    async def _page(
        self, op: Operation[M], args: Mapping[str, Any], seen: list[ResponseLike] | None = None
    ) -> Page[M]:
        request = self._prepare(op, args)
        page_size = _page_size(args.get("page_size"), None)
        token = args.get("page_token")
        number = args.get("page_number")
        if op.paging is not None:  # its own names (numbers v1 PortIn: ``Size``, ``Token``)
            if page_size is not None:
                request.query.append((op.paging[0], str(page_size)))
            if token is not None and not isinstance(token, NotGiven):
                request.query.append((op.paging[1], str(token)))
            return await self._fetch_page(request, op.response_model(), op, seen=seen)
        # The dialect names the paging parameters (2008: ``num`` and ``Page``).
        request.query.extend(
            self._version.dialect.page_query(
                page_size,
                None if isinstance(token, NotGiven) else token,
                None if isinstance(number, NotGiven) else number,
            )
        )
        return await self._fetch_page(request, op.response_model(), op, seen=seen)

    async def _fetch_page(
        self,
        request: PreparedRequest,
        model: type[M],
        op: Operation[M],
        fetched: dict[str, int] | None = None,
        depth: int = 0,
        seen: list[ResponseLike] | None = None,
    ) -> Page[M]:
        response = await self._version.transport.send(request, self._version.dialect)
        if seen is not None:  # ``..._with_http_info``: keep the response
            seen.append(response)
        page = self._version.dialect.parse_page(model, op, response, request, self)
        if fetched is None:  # the first page of a chain: its own URL, as sent
            url = request.url
            if request.query:
                url += ("&" if "?" in url else "?") + form_urlencode(request.query)
            fetched = {url: 0}
        page._fetched = fetched
        page._depth = depth
        return page

    async def _next_page(
        self, page: Page[M], url: str | None, *, forward: bool = True
    ) -> Page[M] | None:
        if not url:
            return None
        url = self._version.dialect.follow(url, self._version.base_url)
        fetched: dict[str, int] | None = None
        depth = 0
        if forward:
            # A next link to this page or one before it on the chain loops forever (a link
            # to the page after it is the same next page fetched again, which is fine).
            fetched = page._fetched
            depth = page._depth + 1
            seen_at = fetched.get(url)
            if seen_at is not None and seen_at < depth:
                raise _paging_loop(url, page, seen_at)
            fetched[url] = depth
        request = PreparedRequest(
            "GET", url, [], None, None, page._request.headers, page._request.options
        )
        return await self._fetch_page(request, page._model, page._op, fetched, depth)

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


def _limit(op: Operation[Any], limit: Any) -> int | None:
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 0):
        raise TwilioValidationError(f"{op.label}(): limit must be a non-negative int")
    return limit


async def _items_from(page: Page[M] | None, limit: int | None) -> AsyncIterator[M]:
    """Up to ``limit`` items from ``page`` and the pages after it."""
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


def _response_of(data: T, response: ResponseLike | ApiResponse[Any]) -> ApiResponse[T]:
    from ._api_response import response_of  # loaded by the first ``..._with_http_info`` call

    return response_of(data, response)


def _paging_loop(url: str, page: Page[Any], seen_at: int) -> TwilioResponseError:
    """The server's next link points back along the chain: following it never ends."""
    where = "itself" if seen_at == page._depth else f"page {seen_at} of this chain"
    return TwilioResponseError(
        f"the server's paging loops: page {page._depth} of this list links back to {where} "
        f"({without_query(url)}); stopped instead of fetching it again",
        status=200,
        method="GET",
        url=url,
        body=b"",
        may_have_been_processed=False,
    )


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


def _context_class_of(cls: type[Any], generic: type[Any]) -> type[Any] | None:
    """``MessageContext`` for ``class MessageList(KeyedList[MessageContext])``."""
    for base in cls.__dict__.get("__orig_bases__", ()):
        if get_origin(base) is generic:
            (context,) = get_args(base)
            return context  # type: ignore[no-any-return]
    return None


class KeyedList(ListResource, Generic[C]):
    """A collection whose instances have keys: ``client.messages("SM...")`` is one message.

    Subclasses name their context class as the type argument
    (``class MessageList(KeyedList[MessageContext])``) and set ``_key``.
    """

    __slots__ = ()
    _context_class: type[C]
    #: (wire name, Python name, SID pattern) of the path parameter that addresses one instance.
    _key: ClassVar[tuple[str, str, str | None]] = ("key", "key", None)
    #: ``_key``'s pattern, compiled once per class (not on every ``messages(sid)``).
    _key_pattern: ClassVar[re.Pattern[str] | None] = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        context = _context_class_of(cls, KeyedList)
        if context is not None:
            cls._context_class = context
        pattern = cls._key[2]
        cls._key_pattern = None if pattern is None else re.compile(pattern)

    def _path_for(self, value: Any) -> tuple[str, ...]:
        """Path parameters for one instance: these plus a validated key."""
        cls = type(self)
        return (*self._path_params, check_path_value(cls._key[0], value, cls._key_pattern))

    def _context(self, key: str | None) -> C:
        return self._context_class(self._version, self._path_for(key), self)

    if TYPE_CHECKING:

        def __call__(self, key: str, /) -> C:
            """The instance identified by ``key`` (no request is sent)."""
            ...

        def get(self, key: str, /) -> C:
            """The instance identified by ``key`` (same as calling the list)."""
            ...

    else:

        def __call__(self, *args: Any, **kwargs: Any) -> C:
            return self._context(_one_key(self, args, kwargs))

        get = __call__


def _one_key(resource: KeyedList[Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """The key of ``resource(key)``; the keyword of earlier releases (``sid=``) still works."""
    name = type(resource)._key[1]
    if len(args) == 1 and not kwargs:
        return args[0]
    if not args and list(kwargs) == [name]:
        return kwargs[name]
    raise TypeError(f"{type(resource).__name__}() takes one key: ({name})")


class SingletonList(ListResource, Generic[C]):
    """A collection of exactly one instance: ``client.flex_api.v1.configuration()``."""

    __slots__ = ()
    _context_class: type[C]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        context = _context_class_of(cls, SingletonList)
        if context is not None:
            cls._context_class = context

    def _context(self, key: str | None) -> C:
        return self._context_class(self._version, self._path_params, self)

    def __call__(self) -> C:
        """The instance (no request is sent)."""
        return self._context(None)

    def get(self) -> C:
        """The instance (same as calling the list)."""
        return self._context(None)


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
