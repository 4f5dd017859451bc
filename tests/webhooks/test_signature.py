"""X-Twilio-Signature: vectors from Twilio's published example, from raw HMAC primitives, and
cross-checked against the official twilio-python ``RequestValidator``."""

from __future__ import annotations

import base64
import hashlib
import hmac
import pickle
from typing import Any
from urllib.parse import urlencode

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from starlette.datastructures import FormData
from twilio.request_validator import RequestValidator as OfficialValidator

from twilio_async.webhooks import (
    HMAC_SHA256,
    RequestValidator,
    body_sha256,
    signature_algorithm,
    url_variants,
)

TOKEN = "12345"
URL = "https://mycompany.com/myapp.php?foo=1&bar=2"
PARAMS = {
    "CallSid": "CA1234567890ABCDE",
    "Caller": "+12349013030",
    "Digits": "1234",
    "From": "+12349013030",
    "To": "+18005551212",
}
#: Twilio's published example (webhook security docs): auth token 12345, the URL and
#: parameters above.
PUBLISHED_SIGNATURE = "0/KCTR6DLpKmkAf8muzZqo1nDgQ="


class MultiDict(dict[str, list[str]]):
    """The shape twilio-python reads repeated names from (``getall``, as Flask's)."""

    def getall(self, name: str) -> list[str]:
        return self[name]


def hand_signature(token: str, url: str, pairs: list[tuple[str, str]]) -> str:
    """The documented algorithm, spelled out with hmac/hashlib/base64 only."""
    data = url
    for name, value in sorted(pairs):
        data += name + value
    mac = hmac.new(token.encode(), data.encode(), hashlib.sha1).digest()
    return base64.b64encode(mac).decode()


# -- known vectors ----------------------------------------------------------------------------


def test_published_example_vector() -> None:
    validator = RequestValidator(TOKEN)
    assert validator.compute_signature(URL, PARAMS) == PUBLISHED_SIGNATURE
    assert validator.validate(URL, PARAMS, PUBLISHED_SIGNATURE)


def test_vector_computed_from_hmac_primitives() -> None:
    token = "f5a8c0e2b1d94c7e8a6b3d2e1f0a9b8c"
    url = "https://example.com/sms/incoming"
    pairs = [
        ("To", "+15558675310"),
        ("From", "+15017122661"),
        ("Body", "Héllo & <bye> 👋"),
        ("MediaUrl0", "https://cdn.example/a.png"),
        ("NumMedia", "1"),
        ("AccountSid", "AC" + "0" * 32),
    ]
    # The string that is signed, written out by hand: names sorted, no separators.
    payload = (
        url
        + "AccountSidAC"
        + "0" * 32
        + "BodyHéllo & <bye> 👋"
        + "From+15017122661"
        + "MediaUrl0https://cdn.example/a.png"
        + "NumMedia1"
        + "To+15558675310"
    )
    expected = base64.b64encode(
        hmac.new(token.encode(), payload.encode("utf-8"), hashlib.sha1).digest()
    ).decode()
    assert expected == hand_signature(token, url, pairs)
    assert RequestValidator(token).compute_signature(url, pairs) == expected
    assert RequestValidator(token).validate(url, dict(pairs), expected)


CASES: list[tuple[str, dict[str, str]]] = [
    ("https://example.com/voice", {}),
    ("https://example.com/voice?x=1&y=%20two", {"CallSid": "CA1", "CallStatus": "ringing"}),
    ("http://127.0.0.1:8000/sms", {"Body": "", "From": "+1", "To": "+2"}),
    ("https://example.com/sms", {"Body": "ünïcødé ✓ 中文", "a": "lower", "B": "upper"}),
    ("https://user:pass@example.com:8443/x/y/", {"Body": "line1\nline2\ttab"}),
    ("https://example.com/p%2Fq?empty=", {"Z": "z", "_": "under", "1": "digit"}),
]


@pytest.mark.parametrize(("url", "params"), CASES)
def test_matches_twilio_python(url: str, params: dict[str, str]) -> None:
    ours = RequestValidator("secret-token")
    official = OfficialValidator("secret-token")
    signature = official.compute_signature(url, params)
    assert ours.compute_signature(url, params) == signature
    assert ours.validate(url, params, signature)
    assert official.validate(url, params, ours.compute_signature(url, params))
    assert signature == hand_signature("secret-token", url, list(params.items()))


def test_repeated_names_match_twilio_python() -> None:
    url = "https://example.com/mms"
    pairs = [("MediaUrl", "https://b.example/2"), ("To", "+1"), ("MediaUrl", "https://a.example/1")]
    official = OfficialValidator(TOKEN).compute_signature(
        url, MultiDict(MediaUrl=["https://b.example/2", "https://a.example/1"], To=["+1"])
    )
    validator = RequestValidator(TOKEN)
    assert validator.compute_signature(url, pairs) == official
    # Every way of passing repeated names gives the same signature.
    as_lists = {"MediaUrl": [p[1] for p in pairs[::2]], "To": "+1"}
    assert validator.compute_signature(url, as_lists) == official
    assert validator.compute_signature(url, FormData([*pairs])) == official
    assert validator.validate(url, FormData([*pairs]), official)
    assert validator.validate(url, pairs, official)
    # A repeated name is not the same request as a single one.
    assert not validator.validate(url, dict(pairs), official)


def test_identical_repeated_pairs_twilio_python_drops_them_and_both_forms_validate() -> None:
    url = "https://example.com/mms"
    pairs = [("MediaUrl", "https://a.example/1"), ("MediaUrl", "https://a.example/1")]
    validator = RequestValidator(TOKEN)
    with_both = validator.compute_signature(url, pairs)
    assert with_both == hand_signature(TOKEN, url, pairs)
    official = OfficialValidator(TOKEN).compute_signature(
        url, MultiDict(MediaUrl=["https://a.example/1", "https://a.example/1"])
    )
    assert official == hand_signature(TOKEN, url, pairs[:1])
    assert validator.validate(url, pairs, with_both)
    assert validator.validate(url, pairs, official)


@settings(max_examples=60, deadline=None)
@given(
    params=st.dictionaries(
        st.text(min_size=1, max_size=12, alphabet=st.characters(blacklist_categories=["Cs"])),
        st.text(max_size=20, alphabet=st.characters(blacklist_categories=["Cs"])),
        max_size=8,
    ),
    path=st.text(alphabet="abcXYZ019-_.~", max_size=10),
)
def test_property_same_as_twilio_python(params: dict[str, str], path: str) -> None:
    url = f"https://example.com/{path}"
    ours = RequestValidator("prop-token").compute_signature(url, params)
    assert ours == OfficialValidator("prop-token").compute_signature(url, params)
    assert RequestValidator("prop-token").validate(url, params, ours)


def test_hmac_sha256_shared_key_matches_twilio_python() -> None:
    url = "https://example.com/sms"
    official = OfficialValidator("shared-key").compute_signature(url, PARAMS, "HMAC_SHA256")
    validator = RequestValidator("shared-key")
    assert validator.compute_signature(url, PARAMS, algorithm=HMAC_SHA256) == official
    assert validator.validate(url, PARAMS, official, algorithm="HMAC_SHA256")
    assert not validator.validate(url, PARAMS, official)  # not a SHA-1 signature
    assert signature_algorithm("key=ws_1,algorithm=HMAC_SHA256") == HMAC_SHA256
    assert signature_algorithm(None) == "HMAC_SHA1"
    assert signature_algorithm("key=ws_1") == "HMAC_SHA1"
    assert not validator.validate(url, PARAMS, official, algorithm="HMAC_MD5")
    with pytest.raises(ValueError, match="unsupported"):
        validator.compute_signature(url, PARAMS, algorithm="HMAC_MD5")


# -- ports ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("signed", "received"),
    [
        ("https://example.com:443/sms?x=1", "https://example.com/sms?x=1"),
        ("https://example.com/sms?x=1", "https://example.com:443/sms?x=1"),
        ("http://example.com:80/sms", "http://example.com/sms"),
        ("http://example.com/sms", "http://example.com:80/sms"),
        ("https://u:p@example.com:443/sms", "https://u:p@example.com/sms"),
        ("https://[::1]:443/sms", "https://[::1]/sms"),
    ],
)
def test_default_port_either_way(signed: str, received: str) -> None:
    signature = OfficialValidator(TOKEN).compute_signature(signed, PARAMS)
    assert RequestValidator(TOKEN).validate(received, PARAMS, signature)
    assert OfficialValidator(TOKEN).validate(received, PARAMS, signature)


@pytest.mark.parametrize(
    ("signed", "received"),
    [
        ("https://example.com:8443/sms", "https://example.com/sms"),
        ("https://example.com/sms", "https://example.com:8443/sms"),
        ("https://example.com:80/sms", "https://example.com/sms"),  # 80 is not https's default
        ("http://example.com/sms", "https://example.com/sms"),
    ],
)
def test_other_ports_and_schemes_are_not_interchangeable(signed: str, received: str) -> None:
    signature = RequestValidator(TOKEN).compute_signature(signed, PARAMS)
    assert not RequestValidator(TOKEN).validate(received, PARAMS, signature)


def test_url_variants() -> None:
    assert url_variants("https://a.example/x") == ["https://a.example/x", "https://a.example:443/x"]
    assert url_variants("http://a.example:80/x?q") == [
        "http://a.example:80/x?q",
        "http://a.example/x?q",
    ]
    assert url_variants("https://a.example:8443/x") == ["https://a.example:8443/x"]
    assert url_variants("not a url") == ["not a url"]


# -- JSON bodies ------------------------------------------------------------------------------


def test_json_body_with_body_sha256() -> None:
    body = '{"event":"delivered","sid":"SM123","emoji":"✓"}'
    url = "https://example.com/events?" + urlencode({"bodySHA256": body_sha256(body), "a": "1"})
    official = OfficialValidator(TOKEN)
    signature = official.compute_signature(url, {})
    assert official.validate(url, body, signature)  # the independent check of the vector
    validator = RequestValidator(TOKEN)
    assert validator.validate_body(url, body, signature)
    assert validator.validate_body(url, body.encode("utf-8"), signature)
    assert validator.validate(url, body, signature)  # twilio-python's calling convention
    assert body_sha256(body) == hashlib.sha256(body.encode()).hexdigest()


def test_json_body_tampered_or_unhashed_is_rejected() -> None:
    body = '{"event":"delivered"}'
    url = f"https://example.com/events?bodySHA256={body_sha256(body)}"
    validator = RequestValidator(TOKEN)
    signature = validator.compute_signature(url)
    assert not validator.validate_body(url, body.replace("delivered", "failed"), signature)
    no_hash = "https://example.com/events"
    assert not validator.validate_body(no_hash, body, validator.compute_signature(no_hash))
    forged_hash = f"https://example.com/events?bodySHA256={body_sha256('other')}"
    assert not validator.validate_body(forged_hash, "other", signature)
    twice = f"{url}&bodySHA256={body_sha256('x')}"
    assert not validator.validate_body(twice, body, validator.compute_signature(twice))


# -- forgeries --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "params"),
    [
        (URL, {**PARAMS, "Digits": "9999"}),  # a changed value
        (URL, {**PARAMS, "Extra": "1"}),  # an added parameter
        (URL, {k: v for k, v in PARAMS.items() if k != "To"}),  # a dropped parameter
        ("https://mycompany.com/myapp.php?foo=1&bar=3", PARAMS),  # another query
        ("https://evil.example/myapp.php?foo=1&bar=2", PARAMS),  # another host
        ("http://mycompany.com/myapp.php?foo=1&bar=2", PARAMS),  # another scheme
        (
            URL,
            {"callsid": "CA1234567890ABCDE", **{k: v for k, v in PARAMS.items() if k != "CallSid"}},
        ),
    ],
)
def test_forged_requests_fail(url: str, params: dict[str, str]) -> None:
    assert not RequestValidator(TOKEN).validate(url, params, PUBLISHED_SIGNATURE)


@pytest.mark.parametrize(
    "signature",
    ["", None, "garbage", "0/KCTR6DLpKmkAf8muzZqo1nDgQ", "0/KCTR6DLpKmkAf8muzZqo1nDgQ==", "é"],
)
def test_bad_signatures_fail_without_raising(signature: Any) -> None:
    assert not RequestValidator(TOKEN).validate(URL, PARAMS, signature)


def test_wrong_token_fails() -> None:
    assert not RequestValidator("54321").validate(URL, PARAMS, PUBLISHED_SIGNATURE)


def test_non_string_params_fail_closed() -> None:
    validator = RequestValidator(TOKEN)
    assert not validator.validate(URL, {"Digits": 1234}, PUBLISHED_SIGNATURE)
    with pytest.raises(TypeError):
        validator.compute_signature(URL, {"Digits": 1234})


def test_token_never_shown() -> None:
    token = "super-secret-token-value"
    validator = RequestValidator(token)
    assert token not in repr(validator)
    assert token not in str(validator)
    with pytest.raises(TypeError) as err:
        pickle.dumps(validator)
    assert token not in str(err.value)
    with pytest.raises(ValueError) as err2:
        validator.compute_signature(URL, PARAMS, algorithm="nope")
    assert token not in str(err2.value)
    with pytest.raises(ValueError):
        RequestValidator("")
