"""``X-Twilio-Signature``: compute and check Twilio's webhook signatures (stdlib only).

Twilio signs every webhook request: the full URL it requested, followed by each
POST parameter's name and value, sorted by name, HMAC'd with the account's auth
token (SHA-1 unless a Webhooks Rule names a shared key and ``HMAC_SHA256`` in the
``X-Twilio-Webhooks-Signature-Settings`` header), base64-encoded. A JSON body is not
signed as parameters: the URL then carries ``bodySHA256``, the hex SHA-256 of the
raw body, and the signature covers the URL alone.

Choices where Twilio's own libraries differ or the documentation is silent:

- Repeated parameter names (``MediaUrl`` sent twice) all count: pairs are sorted by
  name, then by value, and each contributes ``name + value``, as twilio-node does.
  twilio-python also drops exact duplicate pairs; ``validate`` accepts a signature
  computed either way (both need the token), ``compute_signature`` keeps duplicates.
- Twilio has signed URLs both with and without the scheme's default port, so
  ``validate`` accepts either form of the URL (``:443`` for https, ``:80`` for http),
  whichever way the URL was given.
- Comparison is constant-time (``hmac.compare_digest``) over the encoded bytes.
- ``validate``, ``validate_body``, ``url_variants`` and ``signature_algorithm`` are
  total: any input (a malformed URL, host or port, a lone surrogate, a non-``str``,
  a raising iterable) gives ``False`` / a value, never an exception. Text that is not
  valid Unicode (a lone surrogate) is never signed: ``compute_signature`` and
  ``body_sha256`` raise ``ValueError`` for it, ``validate`` answers ``False``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Iterable, Mapping
from typing import Any, TypeAlias
from urllib.parse import parse_qsl, urlsplit

__all__ = [
    "HMAC_SHA1",
    "HMAC_SHA256",
    "SIGNATURE_HEADER",
    "SIGNATURE_SETTINGS_HEADER",
    "Params",
    "RequestValidator",
    "body_sha256",
    "signature_algorithm",
    "url_variants",
]

SIGNATURE_HEADER = "X-Twilio-Signature"
#: Sent when a Webhooks Rule signs with a shared key: ``key=<id>,algorithm=HMAC_SHA256``.
SIGNATURE_SETTINGS_HEADER = "X-Twilio-Webhooks-Signature-Settings"
HMAC_SHA1 = "HMAC_SHA1"
HMAC_SHA256 = "HMAC_SHA256"
_DIGESTS = {HMAC_SHA1: hashlib.sha1, HMAC_SHA256: hashlib.sha256}
_DEFAULT_PORTS = {"https": 443, "http": 80, "wss": 443, "ws": 80}

#: Webhook parameters: a mapping (a value may be a list of values for a repeated name), an
#: object with ``multi_items()`` (Starlette's ``FormData``) or ``getlist`` (werkzeug, Django),
#: or an iterable of ``(name, value)`` pairs.
Params: TypeAlias = Mapping[str, Any] | Iterable[tuple[str, str]]


def _pairs(params: Params | None) -> list[tuple[str, str]]:
    """Every (name, value) pair, repeated names included."""
    if params is None:
        return []
    multi_items = getattr(params, "multi_items", None)
    if callable(multi_items):
        raw: Iterable[tuple[Any, Any]] = multi_items()
    elif isinstance(params, Mapping):
        getlist = getattr(params, "getlist", None) or getattr(params, "getall", None)
        out: list[tuple[Any, Any]] = []
        for name in dict.fromkeys(params):  # a multidict may repeat a name while iterating
            if callable(getlist):
                values = getlist(name)
            else:
                value = params[name]
                values = list(value) if isinstance(value, (list, tuple)) else [value]
            out.extend((name, v) for v in values)
        raw = out
    elif isinstance(params, (str, bytes)):
        raise TypeError("params must be a mapping or (name, value) pairs, not a raw body")
    else:
        raw = params
    pairs: list[tuple[str, str]] = []
    for item in raw:
        name, value = item
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError(
                f"webhook parameters must be strings, got {type(name).__name__}="
                f"{type(value).__name__}"
            )
        pairs.append((name, value))
    return pairs


def _encoded(text: str) -> bytes | None:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return None


def _utf8(text: str) -> bytes:
    data = _encoded(text)
    if data is None:  # raised out here: no UnicodeEncodeError (holding the text) as context
        raise ValueError(
            "webhook URLs, parameters and bodies must be valid Unicode (no lone surrogates)"
        )
    return data


def _payload(url: str, pairs: list[tuple[str, str]]) -> bytes:
    if not isinstance(url, str):
        raise TypeError(f"the webhook URL must be a str, got {type(url).__name__}")
    # Names compare as Python strings (code points), which for Twilio's ASCII names is
    # the byte order Twilio documents ("Unix-style case-sensitive sorting").
    return _utf8(url + "".join(n + v for n, v in sorted(pairs)))


def url_variants(url: str) -> list[str]:
    """``url`` as given, then with its default port removed or added (the other form).

    Never raises: a URL that does not parse cleanly (a bad IPv6 literal or port,
    characters ``urlsplit`` would strip) has only itself as a variant; a non-``str``
    has none.
    """
    if not isinstance(url, str):
        return []
    variants = [url]
    try:
        parts = urlsplit(url)
        hostname = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a malformed or out-of-range port
    except ValueError:
        return variants
    scheme, netloc = parts.scheme, parts.netloc
    default = _DEFAULT_PORTS.get(scheme.lower())
    if default is None or not hostname:
        return variants
    # The netloc is edited in the URL's own text, so nothing else (case, an empty "?",
    # characters urlsplit strips) changes; a URL urlsplit altered gets no variant.
    head = len(scheme) + 3
    if url[:head].lower() != f"{scheme.lower()}://" or url[head : head + len(netloc)] != netloc:
        return variants
    rest = url[head + len(netloc) :]
    userinfo, at, hostport = netloc.rpartition("@")
    host, colon, port = hostport.rpartition(":") if not hostport.endswith("]") else ("", "", "")
    if not colon:
        variants.append(f"{url[:head]}{userinfo}{at}{hostport}:{default}{rest}")
    elif port == str(default) and host:
        variants.append(f"{url[:head]}{userinfo}{at}{host}{rest}")
    return variants


def _expected(url: object, signature: object, algorithm: object) -> bytes | None:
    """The signature's bytes, or None when the call cannot be a valid one."""
    if not isinstance(url, str) or not isinstance(signature, str) or not signature:
        return None
    if algorithm is not None and not isinstance(algorithm, str):
        return None
    if algorithm and algorithm.upper() not in _DIGESTS:  # "" or None: the default, SHA-1
        return None
    if not signature.isascii():
        return None
    return signature.encode("ascii")


def body_sha256(body: bytes | str) -> str:
    """The hex SHA-256 Twilio puts in ``bodySHA256`` for a JSON body.

    ``ValueError`` for a ``str`` that is not valid Unicode, ``TypeError`` for a
    non-bytes-like ``body``.
    """
    data = _utf8(body) if isinstance(body, str) else body
    return hashlib.sha256(data).hexdigest()


def signature_algorithm(settings_header: str | None) -> str:
    """The algorithm named in ``X-Twilio-Webhooks-Signature-Settings`` (``HMAC_SHA1`` if none).

    Never raises; a non-``str`` header counts as absent.
    """
    if not isinstance(settings_header, str):
        return HMAC_SHA1
    for part in settings_header.split(","):
        name, sep, value = part.partition("=")
        if sep and name.strip().lower() == "algorithm" and value.strip():
            return value.strip().upper()
    return HMAC_SHA1


class RequestValidator:
    """Checks that a webhook request came from Twilio.

    ``RequestValidator(auth_token).validate(url, params, signature)`` with the full URL
    Twilio requested (scheme, host, path and query, exactly as configured in Twilio),
    every POST parameter received, and the ``X-Twilio-Signature`` header. For a JSON
    body, pass the raw body as ``params`` (or call ``validate_body``).

    The token is kept only as HMAC key bytes; it never appears in a repr or error.
    """

    __slots__ = ("_key",)

    def __init__(self, auth_token: str):
        if not isinstance(auth_token, str) or not auth_token:
            raise ValueError("RequestValidator needs the auth token (a non-empty str)")
        key = _encoded(auth_token)
        if key is None:  # raised out here: a UnicodeEncodeError context would hold the token
            raise ValueError("the auth token is not valid Unicode (a lone surrogate)")
        self._key = key

    def __repr__(self) -> str:
        return "RequestValidator(auth_token=<hidden>)"

    def __reduce__(self) -> Any:  # never pickle the key along with some other object
        raise TypeError("RequestValidator holds a secret and cannot be pickled")

    def _digest(self, url: str, pairs: list[tuple[str, str]], algorithm: str) -> bytes:
        digest = _DIGESTS.get(algorithm.upper())
        if digest is None:
            raise ValueError(f"unsupported webhook signature algorithm {algorithm!r}")
        return hmac.new(self._key, _payload(url, pairs), digest).digest()

    def compute_signature(
        self, url: str, params: Params | None = None, *, algorithm: str = HMAC_SHA1
    ) -> str:
        """The base64 signature Twilio sends for ``url`` and ``params`` (repeated names kept)."""
        return base64.b64encode(self._digest(url, _pairs(params), algorithm)).decode("ascii")

    def validate(
        self,
        url: str,
        params: Params | str | bytes | None,
        signature: str | None,
        *,
        algorithm: str | None = None,
    ) -> bool:
        """True if ``signature`` is Twilio's for this request; never raises on bad input.

        ``params`` is the POST parameters, or, for a JSON webhook, the raw body (``str``
        or ``bytes``) whose SHA-256 must match the URL's ``bodySHA256``. Anything that
        cannot be checked (a malformed URL, a lone surrogate, a non-``str`` value, a
        ``params`` object that raises) is ``False``.
        """
        if isinstance(params, (str, bytes)):
            return self.validate_body(url, params, signature, algorithm=algorithm)
        expected = _expected(url, signature, algorithm)
        if expected is None:
            return False
        try:
            return self._matches(url, [_pairs(params)], expected, algorithm or HMAC_SHA1)
        except Exception:  # fail closed: any input we cannot check is not Twilio's
            return False

    def validate_body(
        self,
        url: str,
        body: bytes | str,
        signature: str | None,
        *,
        algorithm: str | None = None,
    ) -> bool:
        """Validate a JSON webhook: ``bodySHA256`` in ``url`` must hash ``body``.

        Never raises: anything that cannot be checked is ``False``.
        """
        expected = _expected(url, signature, algorithm)
        if expected is None or not isinstance(body, (bytes, bytearray, memoryview, str)):
            return False
        try:
            hashes = [
                v
                for (k, v) in parse_qsl(urlsplit(url).query, keep_blank_values=True)
                if k == "bodySHA256"
            ]
            if len(hashes) != 1 or not hashes[0].isascii():
                return False
            body_ok = hmac.compare_digest(
                body_sha256(body).encode("ascii"), hashes[0].lower().encode("ascii")
            )
            signature_ok = self._matches(url, [[]], expected, algorithm or HMAC_SHA1)
        except Exception:  # fail closed: any input we cannot check is not Twilio's
            return False
        return body_ok and signature_ok

    def _matches(
        self, url: str, pair_sets: list[list[tuple[str, str]]], expected: bytes, algorithm: str
    ) -> bool:
        candidates = list(pair_sets)
        for pairs in pair_sets:
            deduplicated = sorted(set(pairs))
            if len(deduplicated) != len(pairs):
                candidates.append(deduplicated)
        ok = False
        for variant in url_variants(url):
            for pairs in candidates:
                mac = base64.b64encode(self._digest(variant, pairs, algorithm))
                # Evaluate every candidate: the time taken does not depend on which matched.
                ok |= hmac.compare_digest(mac, expected)
        return ok
