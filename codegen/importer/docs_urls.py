"""Twilio docs URLs, the one kind of fact the importer takes from description text.

A URL is a fact (where Twilio documents a resource), not prose: the importer keeps
no sentence, only addresses matching ``https://www.twilio.com/docs/...``. Rules (also
in ``specs/README.md``):

- a resource's ``docs_url`` is the first URL in its operations' descriptions
  (operation and parameter text; fragment and trailing slash dropped) whose last path
  segment names the resource's class: ``Message`` -> ``.../message-resource``,
  ``Participant`` -> ``.../conference-participant-resource``, ``Payments`` ->
  ``.../payment-resource``; otherwise it has none;
- the file's ``docs_url`` (what resources without their own show) is kept from the
  existing spec (a hand value); a new file gets ``https://www.twilio.com/docs/<section>``,
  the first path segment most of its URLs share, not counting the sections every
  product links to (``GENERIC_SECTIONS``), or ``FALLBACK`` when none is left.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable

from ..naming import snake
from .source import JSON

DOCS_ROOT = "https://www.twilio.com/docs"
#: Twilio's REST API reference home: the file fallback when no section can be told.
FALLBACK = f"{DOCS_ROOT}/usage/api"
#: Sections linked from every product's parameters (account SIDs, E.164, ...).
GENERIC_SECTIONS = frozenset({"api", "glossary", "iam", "usage"})
_URL = re.compile(r"https://www\.twilio\.com/docs/[A-Za-z0-9_\-./]*[A-Za-z0-9_\-]")


def urls_in(node: object) -> list[str]:
    """Every Twilio docs URL in the text of ``node`` (any JSON value), in order, normalized."""
    text = json.dumps(node)
    return [m.group(0).rstrip("/") for m in _URL.finditer(text)]


def _slug(class_name: str) -> str:
    return snake(class_name).replace("_", "-") + "-resource"


def _names(class_name: str) -> set[str]:
    slug = snake(class_name).replace("_", "-")
    return {slug, slug.removesuffix("s")}


def resource_docs_url(class_name: str, ops: Iterable[JSON]) -> str | None:
    """The docs page of one resource, from its operations' URLs (``None`` when none fits)."""
    names = _names(class_name)
    for op in ops:
        for url in urls_in(op):
            last = url.rsplit("/", 1)[-1]
            if not last.endswith("-resource"):
                continue
            subject = last.removesuffix("-resource")
            if any(subject == n or subject.endswith("-" + n) for n in names):
                return url
    return None


def file_docs_url(oai: JSON) -> str:
    """A new file's fallback: the docs section most of its URLs are in."""
    segments = Counter(u[len(DOCS_ROOT) + 1 :].split("/", 1)[0] for u in urls_in(oai.get("paths")))
    for section in GENERIC_SECTIONS:
        segments.pop(section, None)
    if not segments:
        return FALLBACK
    top = max(sorted(segments), key=lambda s: segments[s])
    return f"{DOCS_ROOT}/{top}"
