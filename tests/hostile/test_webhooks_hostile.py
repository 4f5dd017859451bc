"""Hostile webhook input: the validator is total, the FastAPI dependency answers 403, never 500.

Issue 14, item 19: ``RequestValidator.validate("https://[::1/…")`` raised although
documented never to, and behind FastAPI + uvicorn an unsigned request with
``Host: [::1`` got a 500. The class: every public function of
``twilio_async.webhooks`` that returns a bool or documents "never raises" must be
total over any input, and the dependency must refuse (403) whatever it cannot check.
"""

# (No ``from __future__ import annotations``: FastAPI reads the endpoints' annotations.)

import asyncio
import copy
import logging
import pickle
from collections.abc import Callable, Iterator
from typing import Annotated, Any
from urllib.parse import urlencode

import pytest
from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.asgi import load_example, serve
from twilio_async import Client
from twilio_async.fastapi import TwilioWebhook, WebhookRequest
from twilio_async.webhooks import (
    HMAC_SHA1,
    HMAC_SHA256,
    RequestValidator,
    body_sha256,
    signature_algorithm,
    url_variants,
)

TOKEN = "hostile-webhook-token-7c1e"
AC = "AC" + "d" * 32
PARAMS = {"MessageSid": "SM" + "a" * 32, "From": "+15558675310", "Body": "hi"}
V = RequestValidator(TOKEN)

# -- the validator: the reported inputs and their class --------------------------------------

MALFORMED_URLS = [
    "https://[::1/sms",  # the report: an unclosed IPv6 literal
    "https://[::1]]/sms",
    "https://[zz]/sms",
    "https://[::1]:99999/sms",  # out of range
    "https://example.com:²/sms",  # a digit int() refuses
    "https://example.com:٤٤٣/sms",
    "https://example.com:+443/sms",
    "https://example.com:" + "9" * 5000 + "/sms",  # beyond int()'s digit limit
    "https://\uff03a/sms",  # invalid under NFKC normalisation
    "https://exa\ud800mple.com/sms",  # a lone surrogate
    "https://example.com/sms\udcff",
    "https://exa\x00mple.com/sms",
    "https://exa\tmple.com/sms",  # urlsplit strips it
    "https://example.com/sms\r\n",
    "https://",
    "://",
    "",
    "https://example.com:/sms",
    "https://u:p@[::1/sms",
    "https://" + "a" * 1_000_000 + "/sms",  # huge
    "https://example.com/" + "[" * 100_000,
]


@pytest.mark.parametrize("url", MALFORMED_URLS, ids=range(len(MALFORMED_URLS)))
def test_malformed_urls_are_false_not_raised(url: str) -> None:
    for signature in ["", "x", "0/KCTR6DLpKmkAf8muzZqo1nDgQ=", "é", "\ud800"]:
        assert V.validate(url, PARAMS, signature) is False
        assert V.validate(url, "{}", signature) is False
        assert V.validate_body(url, b"{}", signature) is False
    variants = url_variants(url)
    assert variants[0] == url
    assert all(isinstance(v, str) for v in variants)


def _encodable(*texts: str) -> bool:
    try:
        for text in texts:
            text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@pytest.mark.parametrize("url", [u for u in MALFORMED_URLS if _encodable(u)])
def test_a_malformed_but_encodable_url_still_validates_its_own_signature(url: str) -> None:
    """Failing closed does not mean failing everything: the URL's own signature holds."""
    signature = V.compute_signature(url, PARAMS)
    assert V.validate(url, PARAMS, signature) is True


def test_the_default_port_variants_still_work_and_no_longer_rewrite_the_url() -> None:
    assert url_variants("https://[::1]/x") == ["https://[::1]/x", "https://[::1]:443/x"]
    assert url_variants("HTTPS://a.example:443/x?") == [
        "HTTPS://a.example:443/x?",
        "HTTPS://a.example/x?",
    ]
    # Anything urlsplit would alter (stripped tab, empty or odd port) gets no other form.
    assert url_variants("https://a.exa\tmple/x") == ["https://a.exa\tmple/x"]
    assert url_variants("https://a.example:/x") == ["https://a.example:/x"]
    assert url_variants("https://a.example:0443/x") == ["https://a.example:0443/x"]
    assert url_variants(b"https://a.example/x") == []  # type: ignore[arg-type]
    assert url_variants(None) == []  # type: ignore[arg-type]


class Exploding:
    """A params object whose every access raises."""

    def multi_items(self) -> Iterator[tuple[str, str]]:
        raise RuntimeError("boom")


def _raising_pairs() -> Iterator[tuple[str, str]]:
    yield ("A", "1")
    raise OSError("the stream broke")


BAD_PARAMS: list[Any] = [
    {"Body": "\ud800"},  # a lone surrogate in a value
    {"\udcff": "x"},  # and in a name
    {"Digits": 1234},
    {"Digits": None},
    {"Digits": b"1234"},
    {1: "x"},
    {"MediaUrl": ["a", 1]},
    [("A",)],
    [("A", "1", "2")],
    [None],
    42,
    object(),
    Exploding(),
    _raising_pairs(),
    bytearray(b"A=1"),
]


@pytest.mark.parametrize("params", BAD_PARAMS, ids=range(len(BAD_PARAMS)))
def test_bad_params_are_false_not_raised(params: Any) -> None:
    url = "https://example.com/sms"
    assert V.validate(url, params, V.compute_signature(url, PARAMS)) is False
    assert V.validate(url, params, "anything") is False


def test_nul_and_huge_values_sign_and_validate_like_any_text() -> None:
    url = "https://example.com/sms?x=\x00"
    params = {"Body": "a\x00b", "Big": "x" * 2_000_000, **{f"K{i}": str(i) for i in range(20_000)}}
    signature = V.compute_signature(url, params)
    assert V.validate(url, params, signature) is True
    assert V.validate(url, {**params, "Body": "a\x00c"}, signature) is False


@pytest.mark.parametrize(
    "args",
    [
        (None, PARAMS, "sig"),
        (b"https://example.com/sms", PARAMS, "sig"),
        (123, PARAMS, "sig"),
        ("https://example.com/sms", PARAMS, b"sig"),
        ("https://example.com/sms", PARAMS, 7),
        ("https://example.com/sms", PARAMS, "x" * 10_000_000),
    ],
)
def test_non_str_url_or_signature_is_false(args: tuple[Any, Any, Any]) -> None:
    assert V.validate(*args) is False
    assert V.validate_body(args[0], b"{}", args[2]) is False


def test_bad_algorithms_and_bodies_are_false() -> None:
    url = "https://example.com/sms"
    signature = V.compute_signature(url, PARAMS)
    algorithms: list[Any] = [1, b"HMAC_SHA1", "HMAC_MD5", "\ud800", object()]
    for algorithm in algorithms:
        assert V.validate(url, PARAMS, signature, algorithm=algorithm) is False
    assert V.validate(url, PARAMS, signature, algorithm="") is True  # "" is the default
    body_url = f"https://example.com/e?bodySHA256={body_sha256('{}')}"
    body_sig = V.compute_signature(body_url)
    assert V.validate_body(body_url, "{}", body_sig) is True
    bodies: list[Any] = ["{\ud800}", None, 12, object(), ["{}"]]
    for body in bodies:
        assert V.validate_body(body_url, body, body_sig) is False
    for hashed in ["²" * 64, "%ff" * 20, "é" * 64, "%ED%A0%80"]:
        odd = f"https://example.com/e?bodySHA256={hashed}"
        assert V.validate_body(odd, "{}", V.compute_signature(odd)) is False
    assert V.validate_body("https://example.com/e?bodySHA256=\ud800", "{}", body_sig) is False


def test_signing_refuses_text_that_is_not_unicode_with_a_clear_error() -> None:
    with pytest.raises(ValueError, match="lone surrogates") as err:
        V.compute_signature("https://example.com/\ud800")
    assert err.value.__cause__ is None and err.value.__context__ is None
    with pytest.raises(ValueError, match="lone surrogates"):
        V.compute_signature("https://example.com/", {"Body": "\udcff"})
    with pytest.raises(ValueError, match="lone surrogates"):
        body_sha256("\ud800")
    with pytest.raises(TypeError):
        V.compute_signature(None)  # type: ignore[arg-type]


def test_signature_algorithm_is_total() -> None:
    assert signature_algorithm(None) == HMAC_SHA1
    assert signature_algorithm(b"algorithm=HMAC_SHA256") == HMAC_SHA1  # type: ignore[arg-type]
    assert signature_algorithm(42) == HMAC_SHA1  # type: ignore[arg-type]
    assert signature_algorithm("algorithm=\ud800") == "\ud800"
    assert signature_algorithm("key=k, algorithm = hmac_sha256") == HMAC_SHA256


# -- fuzz: every public entry point, arbitrary text ------------------------------------------

#: Any code point, lone surrogates and controls included.
ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=60)
#: Bytes from the wire decoded the ways servers do.
WIRE_TEXT = st.one_of(
    st.binary(max_size=60).map(lambda b: b.decode("latin-1")),
    st.binary(max_size=60).map(lambda b: b.decode("utf-8", "surrogateescape")),
    st.binary(max_size=60).map(lambda b: b.decode("utf-8", "replace")),
)
TEXT = st.one_of(ANY_TEXT, WIRE_TEXT)
#: URL-shaped strings whose pieces are the ones parsers choke on.
PIECE = st.one_of(
    st.sampled_from(
        ["[", "]", "::1", ":", "@", "/", "?", "#", "%", "²", "٤", "+", "\ud800", "\x00"]
    ),
    st.sampled_from(["443", "80", "0443", "99999", "example.com", "u:p", "xn--", "\uff03"]),
    TEXT,
)
URL = st.one_of(
    TEXT,
    st.builds(
        lambda scheme, parts: f"{scheme}://{''.join(parts)}",
        st.sampled_from(["https", "http", "HTTPS", "wss", "ftp", ""]),
        st.lists(PIECE, max_size=8),
    ),
)
PAIRS = st.lists(st.tuples(TEXT, TEXT), max_size=6)
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(url=URL, pairs=PAIRS, signature=TEXT, algorithm=st.one_of(st.none(), TEXT))
def test_fuzz_validate_never_raises_and_valid_signatures_validate(
    url: str, pairs: list[tuple[str, str]], signature: str, algorithm: str | None
) -> None:
    assert V.validate(url, pairs, signature, algorithm=algorithm) in (True, False)
    assert V.validate(url, dict(pairs), signature) in (True, False)
    assert V.validate_body(url, signature, signature, algorithm=algorithm) in (True, False)
    assert V.validate(url, signature, signature) in (True, False)
    variants = url_variants(url)
    assert variants[0] == url and 1 <= len(variants) <= 2
    assert isinstance(signature_algorithm(signature), str)

    texts = [url, *(n for n, _ in pairs), *(v for _, v in pairs)]
    for alg in (HMAC_SHA1, HMAC_SHA256):
        if _encodable(*texts):
            good = V.compute_signature(url, pairs, algorithm=alg)
            # A valid signature validates, for the URL in either port form.
            for variant in variants:
                assert V.validate(variant, pairs, good, algorithm=alg) is True
            assert V.validate(url, [*pairs, ("Extra", "1")], good, algorithm=alg) is False
        else:
            with pytest.raises(ValueError, match="lone surrogates"):
                V.compute_signature(url, pairs, algorithm=alg)
            assert V.validate(url, pairs, "anything", algorithm=alg) is False


@FUZZ
@given(url=URL, body=st.one_of(TEXT, st.binary(max_size=60)))
def test_fuzz_json_bodies(url: str, body: str | bytes) -> None:
    if isinstance(body, str) and not _encodable(body):
        with pytest.raises(ValueError):
            body_sha256(body)
        return
    digest = body_sha256(body)
    signed_url = f"{url}{'&' if '?' in url else '?'}bodySHA256={digest}"
    assert V.validate_body(signed_url, body, "x") is False
    if _encodable(signed_url):
        signature = V.compute_signature(signed_url)
        ok = V.validate_body(signed_url, body, signature)
        # The hash must be the one query value named bodySHA256 (a fuzzed URL may hold
        # another, or hide it behind a "#"): where it is, a valid signature validates.
        from urllib.parse import parse_qsl, urlsplit

        try:
            query = urlsplit(signed_url).query
        except ValueError:
            return
        hashes = [v for k, v in parse_qsl(query, keep_blank_values=True) if k == "bodySHA256"]
        assert ok is (hashes == [digest])


# -- FastAPI: whatever cannot be checked is a 403 --------------------------------------------


def make_app(**options: Any) -> FastAPI:
    options.setdefault("auth_token", TOKEN)
    webhook = TwilioWebhook(**options)
    app = FastAPI()

    @app.api_route("/hook", methods=["GET", "POST"])
    async def hook(hooked: Annotated[WebhookRequest, Depends(webhook)]) -> Any:
        return {"url": hooked.url, "params": hooked.params}

    @app.post("/any/{rest:path}")
    async def anything(hooked: Annotated[WebhookRequest, Depends(webhook)]) -> Any:
        return {"url": hooked.url}

    return app


async def asgi(
    app: Any,
    headers: list[tuple[bytes, bytes]],
    *,
    method: str = "POST",
    path: Any = "/hook",
    raw_path: bytes | None = b"/hook",
    query: bytes = b"",
    body: bytes = b"",
    client: Any = ("203.0.113.9", 4321),
    server: Any = ("127.0.0.1", 8000),
) -> int:
    """One request straight into the ASGI app, headers as raw bytes (no client checks them)."""
    scope: dict[str, Any] = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "query_string": query,
        "headers": headers,
        "client": client,
        "server": server,
    }
    if raw_path is not None:
        scope["raw_path"] = raw_path
    sent: list[dict[str, Any]] = []
    chunks = [body]

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": chunks.pop() if chunks else b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await app(scope, receive, send)
    return int(next(m["status"] for m in sent if m["type"] == "http.response.start"))


FORM = (b"content-type", b"application/x-www-form-urlencoded")
SIG = (b"x-twilio-signature", b"0/KCTR6DLpKmkAf8muzZqo1nDgQ=")

MALFORMED_HOSTS = [
    b"[::1",  # the report
    b"[::1]]",
    b"[::1]:99999x",
    b"example.com:\xc2\xb2",  # "²" as latin-1 text
    b"example.com:" + b"9" * 5000,
    b"exa mple.com",
    b"exa\x00mple.com",
    b"example.com\n",
    b"\xff\xfe",
    b"evil.example/path@x",
    b"u:p@example.com",
    b"",
    b" ",
    b"[" * 10_000,
]


@pytest.mark.parametrize("host", MALFORMED_HOSTS, ids=range(len(MALFORMED_HOSTS)))
async def test_malformed_host_is_403(host: bytes, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="twilio_async.webhooks")
    body = urlencode(PARAMS).encode()
    for app in (make_app(), make_app(forwarded_allow_ips="*")):
        assert await asgi(app, [(b"host", host), FORM, SIG], body=body) == 403
        assert await asgi(app, [(b"host", host), FORM], body=body) == 403
        assert await asgi(app, [(b"host", host), SIG], method="GET", query=b"a=1") == 403
    assert TOKEN not in caplog.text
    assert all("\n" not in r.getMessage() for r in caplog.records)


def test_malformed_host_through_testclient_is_403() -> None:
    with TestClient(make_app()) as client:
        response = client.post("/hook", data=PARAMS, headers={"Host": "[::1"})
        assert response.status_code == 403
        signed = client.post(
            "/hook", data=PARAMS, headers={"Host": "[::1", "X-Twilio-Signature": "abc"}
        )
        assert signed.status_code == 403


FORWARDED_GARBAGE: list[list[tuple[bytes, bytes]]] = [
    [(b"x-forwarded-host", b"[::1")],
    [(b"x-forwarded-host", b"\xff\x00")],
    [(b"x-forwarded-proto", b"javascript"), (b"x-forwarded-host", b"example.com")],
    [(b"x-forwarded-port", b"\xc2\xb2")],
    [(b"x-forwarded-port", "²".encode("latin-1", "replace"))],
    [(b"x-forwarded-port", b"9" * 5000)],
    [(b"x-forwarded-port", b"99999")],
    [(b"x-forwarded-port", b"-1")],
    [(b"x-forwarded-proto", b","), (b"x-forwarded-host", b",,,"), (b"x-forwarded-port", b",")],
    [(b"forwarded", b'host="[::1";proto=gopher')],
    [(b"forwarded", b';;;=;=="')],
    [(b"forwarded", b"host=" + b"[" * 10_000)],
]


@pytest.mark.parametrize("extra", FORWARDED_GARBAGE, ids=range(len(FORWARDED_GARBAGE)))
async def test_forwarded_garbage_from_a_trusted_proxy_is_403(
    extra: list[tuple[bytes, bytes]],
) -> None:
    app = make_app(forwarded_allow_ips="*")
    headers = [(b"host", b"example.com"), FORM, SIG, *extra]
    assert await asgi(app, headers, body=urlencode(PARAMS).encode()) == 403
    # Garbage from a proxy is ignored, not believed: a request signed for the Host holds.
    signature = V.compute_signature("http://example.com/hook", PARAMS).encode()
    good = [(b"host", b"example.com"), FORM, (b"x-twilio-signature", signature), *extra]
    assert await asgi(app, good, body=urlencode(PARAMS).encode()) == 200


@pytest.mark.parametrize(
    ("headers", "body"),
    [
        ([FORM], b"%ff=%fe"),  # not UTF-8 once decoded
        ([FORM], b"\xff\xfe"),
        ([FORM], b"a=\xed\xa0\x80"),  # an encoded surrogate
        ([(b"content-type", b"text/plain")], b"a=1"),
        ([(b"content-type", b"application/json")], b"[" * 100_000),
        ([(b"content-type", b"\xff; charset=\x00")], b"a=1"),
        ([FORM, (b"content-length", b"\xc2\xb2")], b"a=1"),  # isdigit() but not int()
        ([FORM, (b"content-length", b"9" * 5000)], b"a=1"),
        ([FORM, (b"content-length", b"-5")], b"a=1"),
    ],
)
async def test_unparseable_bodies_are_refused_not_500(
    headers: list[tuple[bytes, bytes]], body: bytes
) -> None:
    status = await asgi(make_app(), [(b"host", b"example.com"), SIG, *headers], body=body)
    assert status in (403, 413)


async def test_a_signed_deeply_nested_json_body_is_400_not_500() -> None:
    body = b"[" * 100_000
    url = f"http://example.com/hook?bodySHA256={body_sha256(body)}"
    signature = V.compute_signature(url).encode()
    headers = [
        (b"host", b"example.com"),
        (b"content-type", b"application/json"),
        (b"x-twilio-signature", signature),
    ]
    query = url.split("?", 1)[1].encode()
    assert await asgi(make_app(), headers, query=query, body=body) == 400


async def test_scope_oddities_are_403_not_500(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="twilio_async.webhooks")
    headers = [FORM, SIG]
    body = urlencode(PARAMS).encode()
    app = make_app()
    # No Host header: the server address is used, an IPv6 one in brackets.
    assert await asgi(app, headers, body=body, server=("::1", 8000)) == 403
    assert await asgi(app, headers, body=body, server=("/tmp/app.sock", None)) == 403
    assert await asgi(app, headers, body=body, server=None, client=None) == 403
    # A path with a lone surrogate and no raw_path (some ASGI servers).
    assert await asgi(app, headers, body=body, path="/any/\udcff\ud800", raw_path=None) == 403
    # Control characters in the path reach the log escaped, not raw.
    caplog.clear()
    assert await asgi(app, headers, body=body, path="/any/\rFAKE \x1b[2J\x00", raw_path=None) == 403
    [line] = [r.getMessage() for r in caplog.records if r.name == "twilio_async.webhooks"]
    expected = "rejected Twilio webhook POST /any/\\rFAKE \\x1b[2J\\x00 from 203.0.113.9"
    assert line == expected + ": invalid signature"


async def test_signed_requests_still_pass_with_an_ipv6_server_and_a_public_base_url() -> None:
    body = urlencode(PARAMS).encode()
    signature = V.compute_signature("http://[::1]:8000/hook", PARAMS).encode()
    headers = [FORM, (b"x-twilio-signature", signature)]
    assert await asgi(make_app(), headers, body=body, server=("::1", 8000)) == 200
    # Behind public_base_url the Host header is not used, so its garbage cannot hurt.
    public = make_app(public_base_url="https://hooks.example.com")
    signature = V.compute_signature("https://hooks.example.com/hook", PARAMS).encode()
    headers = [(b"host", b"[::1"), FORM, (b"x-twilio-signature", signature)]
    assert await asgi(public, headers, body=body) == 200
    get_sig = V.compute_signature("https://hooks.example.com/hook?a=1").encode()
    get_headers = [(b"host", b"[::1"), (b"x-twilio-signature", get_sig)]
    assert await asgi(public, get_headers, method="GET", query=b"a=1") == 200


HEADER_BYTES = st.binary(max_size=40).filter(lambda b: b"\r" not in b and b"\n" not in b)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    host=HEADER_BYTES,
    forwarded=st.lists(
        st.tuples(
            st.sampled_from(
                [b"x-forwarded-host", b"x-forwarded-proto", b"x-forwarded-port", b"forwarded"]
            ),
            HEADER_BYTES,
        ),
        max_size=4,
    ),
    body=st.binary(max_size=80),
    content_type=st.sampled_from([b"application/x-www-form-urlencoded", b"application/json", b""]),
)
def test_fuzz_the_dependency_never_answers_500(
    host: bytes, forwarded: list[tuple[bytes, bytes]], body: bytes, content_type: bytes
) -> None:
    headers = [(b"host", host), SIG, (b"content-type", content_type), *forwarded]
    for app in (FUZZ_APP, FUZZ_TRUSTING_APP):
        assert asyncio.run(asgi(app, headers, body=body)) == 403


FUZZ_APP = make_app()
FUZZ_TRUSTING_APP = make_app(forwarded_allow_ips="*")


async def test_uvicorn_answers_403_for_an_unsigned_request_with_a_broken_host() -> None:
    """The report's reproduction: the example app behind uvicorn, raw bytes on loopback."""
    app = load_example().create_app(auth_token=TOKEN, client=lambda: Client(AC, TOKEN, environ={}))
    body = urlencode(PARAMS).encode()
    async with serve(app) as base:
        port = int(base.rsplit(":", 1)[1])
        for host in [b"[::1", b"[::1]]", b"example.com:\xc2\xb2", b"[" * 200]:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(
                b"POST /sms HTTP/1.1\r\nHost: " + host + b"\r\n"
                b"Content-Type: application/x-www-form-urlencoded\r\n"
                b"Content-Length: " + str(len(body)).encode() + b"\r\n"
                b"Connection: close\r\n\r\n" + body
            )
            await writer.drain()
            answer = await asyncio.wait_for(reader.read(), 30)
            writer.close()
            status_line = answer.split(b"\r\n", 1)[0]
            # uvicorn may refuse a Host itself (400); the app must never answer 500.
            assert status_line in (b"HTTP/1.1 403 Forbidden", b"HTTP/1.1 400 Bad Request"), answer
        assert app.state.recorder.inbound == []


# -- secrets in reprs ------------------------------------------------------------------------


def test_no_token_in_any_repr_str_copy_or_pickle() -> None:
    secret = "repr-secret-token-81f0"
    validator = RequestValidator(secret)
    webhook = TwilioWebhook(secret, shared_key_secret=secret + "-shared")
    for obj in (validator, webhook):
        for text in (repr(obj), str(obj), f"{obj!r}", format(obj)):
            assert secret not in text
    attempts: list[tuple[object, Callable[[Any], object]]] = [
        (validator, copy.copy),
        (validator, copy.deepcopy),
        (validator, pickle.dumps),
        (webhook, copy.deepcopy),
        (webhook, pickle.dumps),
    ]
    for target, make in attempts:
        with pytest.raises(TypeError) as err:
            make(target)
        assert secret not in str(err.value)
        assert secret not in repr(err.value)
    # Errors raised while signing name the problem, never the key.
    calls: list[Callable[[], str]] = [
        lambda: validator.compute_signature("https://x/\ud800"),
        lambda: validator.compute_signature("https://x/", algorithm="nope"),
        lambda: validator.compute_signature("https://x/", {"a": 1}),
    ]
    for call in calls:
        with pytest.raises((TypeError, ValueError)) as caught:
            call()
        chain: BaseException | None = caught.value
        while chain is not None:
            assert secret not in repr(chain) and secret not in str(chain)
            chain = chain.__cause__ or chain.__context__


def test_an_unencodable_token_is_refused_without_keeping_it_in_the_error() -> None:
    secret = "token-with-a-surrogate-\ud800-5e2a"
    for make in (RequestValidator, TwilioWebhook):
        with pytest.raises(ValueError) as err:
            make(secret)
        assert err.value.__cause__ is None and err.value.__context__ is None
        assert vars(err.value) == {} and err.value.args == (
            "the auth token is not valid Unicode (a lone surrogate)",
        )


async def test_an_unusable_token_in_the_environment_is_a_configuration_error_not_a_403(
    caplog: pytest.LogCaptureFixture,
) -> None:
    secret = "env-token-\udcff-91"  # os.environ decodes undecodable bytes like this
    app = make_app(auth_token=None, environ={"TWILIO_AUTH_TOKEN": secret})
    body = urlencode(PARAMS).encode()
    assert await asgi(app, [(b"host", b"example.com"), FORM, SIG], body=body) == 500
    assert "TWILIO_AUTH_TOKEN is not a usable auth token" in caplog.text
    assert secret not in caplog.text
