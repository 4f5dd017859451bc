"""The journal's per-item texts are cheap and byte for byte what older journals hold."""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from twilio_async.batch import MessageReconciler
from twilio_async.batch._digest import fingerprint_text, params_digest


def _old_digest(params: Any) -> str:
    text = json.dumps(params, sort_keys=True, default=str, separators=(",", ":"))
    return hashlib.blake2b(text.encode(), digest_size=12).hexdigest()


def _old_fingerprint(params: Any) -> str | None:
    """``MessageReconciler.fingerprint`` as it was, then ``json.dumps`` as the sender did."""
    to = params.get("to")
    if not isinstance(to, str) or not to:
        return None
    body = params.get("body")
    rewritten = bool(
        params.get("smart_encoded") or params.get("shorten_urls") or params.get("content_sid")
    )
    sender = params.get("from_")
    service = params.get("messaging_service_sid")
    fp = {
        "to": to,
        "from": str(sender) if sender else None,
        "service": str(service) if service else None,
        "body": body if isinstance(body, str) and not rewritten else None,
    }
    return json.dumps(fp, sort_keys=True)


_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text()
    | st.decimals(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=8,
)
_message_keys = st.sampled_from(
    ["to", "from_", "body", "messaging_service_sid", "smart_encoded", "shorten_urls", "content_sid"]
)


@given(st.dictionaries(st.text() | _message_keys, _values, max_size=6))
def test_digest_and_fingerprint_match_what_journals_already_hold(params: dict[str, Any]) -> None:
    assert params_digest(params) == _old_digest(params)
    assert fingerprint_text(MessageReconciler(), params) == _old_fingerprint(params)


def test_message_fingerprint_text() -> None:
    reconciler = MessageReconciler()
    params = {"to": "+15558675310", "from_": "+15017122661", "body": "Hi", "price": Decimal("1")}
    assert json.loads(fingerprint_text(reconciler, params) or "") == {
        "to": "+15558675310",
        "from": "+15017122661",
        "service": None,
        "body": "Hi",
    }
    rewritten = fingerprint_text(reconciler, {**params, "shorten_urls": True})
    assert json.loads(rewritten or "")["body"] is None
    assert fingerprint_text(reconciler, {"body": "no recipient"}) is None
    assert params_digest({"a": 1, "b": 2}) == params_digest({"b": 2, "a": 1})
    assert params_digest({"a": 1}) != params_digest({"a": 2})
