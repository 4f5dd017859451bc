"""The docstrings of generated methods, built from spec facts only.

Nothing here comes from Twilio's description prose: a docstring states the HTTP
method and path, each parameter's Python keyword, wire name, spec type, Python
type, whether it is required, its allowed values (enums) and where it is sent when
that is not the operation's usual place, the SID pattern of the addressed instance,
what the method returns and the Twilio docs page of the resource (``docs_url``).

The layout is Google style (``Args:``, ``Returns:``), which ``help()``, IDEs and
mkdocstrings all read; literals use reST double backticks like the rest of the
generated tree (``docs/gen_ref.py`` turns them into Markdown).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from .scalars import Location

#: What the SDK's own keywords do (they are not parameters of the operation).
SDK_KEYWORDS: Final[dict[str, tuple[str, str]]] = {
    "limit": ("int | None", "SDK: stop after this many items in total."),
    "page_size": ("int | None", "SDK: items per page (sent as ``PageSize``)."),
    "page_token": ("str | None", "SDK: the page to fetch, from an earlier page's token."),
    "page_number": ("int | None", "SDK: the page number to fetch (sent as ``Page``)."),
    "options": ("RequestOptions | None", "SDK: per-request timeout, retries and headers."),
}
#: The SDK keywords each kind of method takes, in signature order.
SDK_ORDER: Final[dict[str, tuple[str, ...]]] = {
    "list": ("limit", "page_size", "options"),
    "stream": ("limit", "page_size", "options"),
    "page": ("page_size", "page_token", "page_number", "options"),
}
_WHERE: Final[dict[Location, str]] = {
    "query": "the query string",
    "form": "the form body",
    "json": "the JSON body",
    "header": "an HTTP header",
}
_SUMMARY: Final[dict[str, str]] = {
    "create": "Create a {cls}",
    "fetch": "Fetch {this} {cls}",
    "update": "Update {this} {cls}",
    "delete": "Delete {this} {cls}",
    "list": "List {cls} resources, every page up to ``limit`` items",
    "stream": "Stream {cls} resources, one page in memory at a time",
    "page": "One page of {cls} resources (``next_page()`` moves on)",
}
_RETURNS: Final[dict[str, str]] = {
    "create": "{model}",
    "fetch": "{model}",
    "update": "{model}",
    "delete": "``True`` once deleted.",
    "list": "list[{model}]",
    "stream": "An async iterator of {model}.",
    "page": "Page[{model}]",
}


@dataclass(frozen=True)
class ParamFacts:
    """What a docstring says about one parameter."""

    py: str
    wire: str
    spec_type: str  # as the spec writes it: ``phone-number``, ``list<enum:status>``
    annotation: str  # the Python type the keyword takes
    required: bool
    location: Location
    values: Sequence[str] = ()  # an enum's wire values
    pattern: str | None = None  # the values' pattern (SIDs)


@dataclass(frozen=True)
class MethodFacts:
    """What a docstring says about one method."""

    name: str  # create, list, stream, page, fetch, update, delete
    class_name: str
    http_method: str
    path: str  # as in the spec: /2010-04-01/Accounts/{AccountSid}/Messages.json
    on_list: bool
    default_location: Location
    params: Sequence[ParamFacts]
    returns: str  # the model's class name
    key: tuple[str, str | None] | None = None  # (placeholder, SID pattern) of an instance
    docs_url: str | None = None


def _param_line(p: ParamFacts, default: Location) -> str:
    parts = [f"``{p.wire}``", p.spec_type]
    if p.values:
        parts.append("one of " + ", ".join(f"``{v}``" for v in p.values))
    if p.pattern:
        parts.append(f"matching ``{p.pattern}``")
    if p.location != default:
        parts.append(f"sent in {_WHERE[p.location]}")
    text = "; ".join(parts)
    return f"{p.py} ({p.annotation}): {text}; {'required' if p.required else 'optional'}."


def method_doc(m: MethodFacts) -> str:
    """The whole docstring of one generated method."""
    this = "the" if m.on_list else "this"
    summary = _SUMMARY[m.name].format(cls=m.class_name, this=this)
    lines = [f"{summary}: ``{m.http_method} {m.path}``.", ""]
    if m.key is not None and not m.on_list:
        placeholder, pattern = m.key
        shown = f", matching ``{pattern}``" if pattern else ""
        lines += [f"The instance is addressed by ``{{{placeholder}}}``{shown}.", ""]
    if m.params:
        lines += [f"Parameters are sent in {_WHERE[m.default_location]} unless noted.", ""]
    lines.append("Args:")
    lines += ["    " + _param_line(p, m.default_location) for p in m.params]
    for name in SDK_ORDER.get(m.name, ("options",)):
        annotation, text = SDK_KEYWORDS[name]
        lines.append(f"    {name} ({annotation}): {text}")
    lines += ["", "Returns:", "    " + _RETURNS[m.name].format(model=m.returns)]
    if m.docs_url:
        lines += ["", f"Twilio docs: {m.docs_url}"]
    return "\n".join(lines)


def as_literal(doc: str, indent: str = "    ") -> str:
    """``doc`` as a triple-quoted literal whose later lines are indented by ``indent``.

    Backslashes and quotes are escaped so a pattern such as ``^\\d+$`` or a wire
    value with ``\"\"\"`` reads back as the same string.
    """
    text = doc.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    lines = text.split("\n")
    body = "\n".join([lines[0], *((indent + line) if line else "" for line in lines[1:])])
    if len(lines) > 1:
        body += "\n" + indent
    return f'"""{body}"""'
