"""Wire dialects: how a version's responses, pages and errors look.

The dialect is a property of the spec (``dialect:``); generated code never knows
which one it speaks. ``json-2010`` is API 2010-04-01, ``json-v1`` the v1/v2 domain
APIs (Flex and others), ``json-token`` token-paged v1/v2 lists (``meta.next_token``),
``xml-2008`` API 2008-08-01 (loaded on first use: only it
needs the XML parser). Modules: ``_base`` (shared), ``_json``, ``_xml``.
"""

from __future__ import annotations

from .._errors import TwilioError
from ._base import Dialect
from ._json import Json2010, JsonToken, JsonV1

_DIALECTS: dict[str, Dialect] = {
    "json-2010": Json2010(),
    "json-v1": JsonV1(),
    "json-token": JsonToken(),
}


def get_dialect(name: str) -> Dialect:
    """The dialect singleton for a spec's ``dialect:`` value."""
    dialect = _DIALECTS.get(name)
    if dialect is None and name == "xml-2008":
        from ._xml import XmlDialect

        dialect = _DIALECTS[name] = XmlDialect()
    if dialect is None:
        raise TwilioError(f"unknown wire dialect {name!r}")
    return dialect


__all__ = ["Dialect", "get_dialect"]
