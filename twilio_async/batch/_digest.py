"""The texts the journal stores per item: its parameters' digest and its fingerprint.

Both are computed for every item of a journaled run, so they are on the hot path:
the JSON encoders are built once here (``json.dumps`` with any option builds a new
``JSONEncoder`` per call). The output is byte for byte what journals written before
hold (``json.dumps(params, sort_keys=True, default=str, separators=(",", ":"))``
and ``json.dumps(fingerprint, sort_keys=True)``), so those journals still resume.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from hashlib import blake2b
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._reconcile import Reconciler

_PARAMS = json.JSONEncoder(sort_keys=True, default=str, separators=(",", ":"))
_FINGERPRINT = json.JSONEncoder(sort_keys=True)


def params_digest(params: Mapping[str, Any]) -> str:
    """A stable hash of an item's parameters (order of keys does not matter)."""
    return blake2b(_PARAMS.encode(params).encode(), digest_size=12).hexdigest()


def fingerprint_text(reconciler: Reconciler, params: Mapping[str, Any]) -> str | None:
    """``reconciler.fingerprint(params)`` as the JSON text the journal keeps (None: none)."""
    fingerprint = reconciler.fingerprint(params)
    return _FINGERPRINT.encode(fingerprint) if fingerprint else None
