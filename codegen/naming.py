"""Names: wire names to Python identifiers, class names, module names."""

from __future__ import annotations

import keyword
import re

_ACRONYM = re.compile(r"([A-Z]+)([A-Z][a-z])")
_CAMEL = re.compile(r"([a-z\d])([A-Z])")
_NON_IDENT = re.compile(r"[^0-9a-zA-Z]+")

#: Soft keywords as of Python 3.10. Not ``keyword.softkwlist``: 3.12 added ``type``, and the
#: generated code must not depend on which Python runs the generator.
_SOFT_KEYWORDS = frozenset({"_", "case", "match"})

#: Names a generated keyword argument may not take (they are the methods' own options).
RESERVED_PARAMS = frozenset({"self", "options", "limit", "page_size", "page_token", "page_number"})

#: Attribute names of pydantic's BaseModel and of our model base that a field must not shadow.
RESERVED_FIELDS = frozenset(
    {
        "construct",
        "copy",
        "dict",
        "json",
        "parse_obj",
        "parse_raw",
        "parse_file",
        "schema",
        "schema_json",
        "update_forward_refs",
        "validate",
        "fields",
        "from_orm",
        "fetch",
        "update",
        "delete",
        "create",
        "list",
        "stream",
        "page",
    }
)

#: Response fields whose values are secrets: hidden from repr/str.
SENSITIVE_FIELDS = frozenset(
    {"auth_token", "secret", "password", "api_secret", "token", "credential"}
)


def snake(name: str) -> str:
    """``DateSent<`` -> ``date_sent_before``; ``Flex-Metadata`` -> ``flex_metadata``."""
    suffix = ""
    if name.endswith("<"):
        name, suffix = name[:-1], "_before"
    elif name.endswith(">"):
        name, suffix = name[:-1], "_after"
    text = _CAMEL.sub(r"\1_\2", _ACRONYM.sub(r"\1_\2", name))
    text = _NON_IDENT.sub("_", text).strip("_").lower()
    return (text or "value") + suffix


def pascal(name: str) -> str:
    """``message_status`` -> ``MessageStatus``."""
    return "".join(part[:1].upper() + part[1:] for part in _NON_IDENT.split(name) if part)


def py_identifier(name: str, reserved: frozenset[str] = frozenset()) -> str:
    """A safe identifier for ``name``: keywords and reserved names get a trailing underscore."""
    ident = name if name.isidentifier() else snake(name)
    if ident[:1].isdigit():
        ident = "n_" + ident
    if keyword.iskeyword(ident) or ident in _SOFT_KEYWORDS or ident in reserved:
        ident += "_"
    return ident


def enum_member(value: str) -> str:
    """``outbound-api`` -> ``OUTBOUND_API``."""
    text = _NON_IDENT.sub("_", value).strip("_").upper()
    if not text:
        return "EMPTY"
    if text[0].isdigit():
        text = "V_" + text
    return text


def module_name(resource_id: str) -> str:
    """``accounts.messages.media`` -> ``accounts_messages_media``."""
    return resource_id.replace(".", "_")


def domain_attr(domain: str) -> str:
    """``flex-api`` -> ``flex_api``."""
    return domain.replace("-", "_")
