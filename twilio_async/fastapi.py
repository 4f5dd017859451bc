"""FastAPI integration: signed-webhook dependency, TwiML responses, a lifespan-owned Client.

Needs the ``fastapi`` extra (``pip install "twilio-async[fastapi]"``):

    from typing import Annotated
    from fastapi import Depends, FastAPI
    from twilio_async.fastapi import TwilioWebhook, TwiMLResponse, twilio_lifespan
    from twilio_async.twiml import MessagingResponse
    from twilio_async.webhooks import IncomingMessage

    app = FastAPI(lifespan=twilio_lifespan())
    webhook = TwilioWebhook(public_base_url="https://example.com")   # token: TWILIO_AUTH_TOKEN

    @app.post("/sms")
    async def sms(msg: Annotated[IncomingMessage, Depends(webhook.model(IncomingMessage))]):
        reply = MessagingResponse()
        reply.message(f"You said: {msg.body}")
        return TwiMLResponse(reply)

A request whose ``X-Twilio-Signature`` is missing or wrong, or that cannot be checked
at all (a malformed ``Host``, an unparseable form), gets a 403 and a warning on the
``twilio_async.webhooks`` logger (method, path, client, reason: never the token, the
signature or the query string; control characters escaped). Never a 500 for a
request, except when no auth token is configured.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import os
import re
from collections.abc import AsyncIterator, Callable, Coroutine, Iterable, Mapping
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import parse_qsl

try:
    from fastapi import HTTPException, Request
    from starlette.responses import Response
except ImportError as err:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "twilio_async.fastapi needs FastAPI: pip install 'twilio-async[fastapi]'"
    ) from err

from ._client import Client
from ._constants import ENV_AUTH_TOKEN
from ._errors import TwilioError
from .twiml import TwiML, TwiMLRoot
from .webhooks import SIGNATURE_HEADER, SIGNATURE_SETTINGS_HEADER, RequestValidator
from .webhooks._signature import signature_algorithm

__all__ = [
    "TwiMLResponse",
    "TwilioWebhook",
    "WebhookRequest",
    "get_twilio_client",
    "twilio_lifespan",
]

logger = logging.getLogger("twilio_async.webhooks")

M = TypeVar("M")
#: A webhook body larger than this is refused with 413 (Twilio's are a few kilobytes).
DEFAULT_MAX_BODY = 1024 * 1024
_HOST = re.compile(r"(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.\-_]+)(:[0-9]{1,5})?")  # fullmatch only
_FORM = "application/x-www-form-urlencoded"


class TwiMLResponse(Response):
    """A TwiML answer: ``return TwiMLResponse(voice_response)`` (``application/xml``)."""

    media_type = "application/xml"

    def render(self, content: Any) -> bytes:
        if isinstance(content, TwiMLRoot):
            content = str(content)
        elif isinstance(content, TwiML):
            raise TypeError("a TwiML answer is a VoiceResponse or MessagingResponse document")
        return bytes(super().render(content))


@dataclass(frozen=True)
class WebhookRequest:
    """A webhook request whose signature was checked.

    ``url`` is the URL the signature was checked against, ``params`` the POST
    parameters (or, for GET, the query parameters) in order, repeated names kept;
    ``json`` the parsed body of a JSON webhook.
    """

    url: str
    method: str
    params: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    json: Any = None

    @property
    def form(self) -> dict[str, str]:
        """The parameters as a dict (for a repeated name, the last value)."""
        return dict(self.params)

    def parse(self, model: type[M]) -> M:
        """The parameters as a webhook model (``IncomingMessage``…)."""
        validate: Callable[[Any], M] = model.model_validate  # type: ignore[attr-defined]
        return validate(self.json if self.json is not None else self.form)


class _Rejected(TwilioError):
    """A webhook request refused with ``status`` (caught in ``TwilioWebhook.__call__``)."""

    status: int

    def __init__(self, status: int, reason: str):
        super().__init__(reason, status=status)
        self.reason = reason


class TwilioWebhook:
    """A FastAPI dependency that accepts only requests signed by Twilio.

    ``Depends(webhook)`` gives a ``WebhookRequest``; ``Depends(webhook.model(Model))``
    gives the parameters parsed into ``Model`` (a ``twilio_async.webhooks`` model).

    - ``auth_token``: the account's auth token; default ``TWILIO_AUTH_TOKEN``, read at
      the first request. ``shared_key_secret`` validates webhooks that a Webhooks Rule
      signs with a shared key (the ``X-Twilio-Webhooks-Signature-Settings`` header).
    - The signed URL is rebuilt from the request: by default its scheme, ``Host``
      header, raw path and query. Behind a proxy or load balancer, set
      ``public_base_url`` (``"https://example.com"``, plus any path prefix the proxy
      strips), or name the proxies whose ``Forwarded`` / ``X-Forwarded-Proto``,
      ``-Host`` and ``-Port`` headers to believe in ``forwarded_allow_ips`` (IPs or
      networks, or ``"*"``). Forwarded headers from anyone else are ignored.
    """

    def __init__(
        self,
        auth_token: str | None = None,
        *,
        public_base_url: str | None = None,
        forwarded_allow_ips: str | Iterable[str] | None = None,
        shared_key_secret: str | None = None,
        max_body_size: int = DEFAULT_MAX_BODY,
        environ: Mapping[str, str] | None = None,
    ):
        self._validator = RequestValidator(auth_token) if auth_token else None
        self._shared = RequestValidator(shared_key_secret) if shared_key_secret else None
        self._environ = environ
        if public_base_url is not None and not re.match(r"^https?://[^/?#]+", public_base_url):
            raise ValueError("public_base_url must be an absolute http(s) URL")
        self.public_base_url = public_base_url.rstrip("/") if public_base_url else None
        if isinstance(forwarded_allow_ips, str):
            forwarded_allow_ips = [p.strip() for p in forwarded_allow_ips.split(",") if p.strip()]
        self._trust_all = False
        self._trusted_nets: list[ipaddress.IPv4Network | ipaddress.IPv6Network] = []
        self._trusted_names: set[str] = set()
        for item in forwarded_allow_ips or ():
            if item == "*":
                self._trust_all = True
                continue
            try:
                self._trusted_nets.append(ipaddress.ip_network(item, strict=False))
            except ValueError:
                self._trusted_names.add(item)  # e.g. a unix socket path, or "testclient"
        self.max_body_size = max_body_size

    def __repr__(self) -> str:
        return f"TwilioWebhook(public_base_url={self.public_base_url!r})"

    # -- the dependency -------------------------------------------------------------------

    async def __call__(self, request: Request) -> WebhookRequest:
        try:
            return await self._check(request)
        except HTTPException:
            raise
        except Exception as err:  # fail closed: a request we cannot check is refused
            rejected = (
                err
                if isinstance(err, _Rejected)
                else _Rejected(403, f"the request cannot be checked ({type(err).__name__})")
            )
            logger.warning(
                "rejected Twilio webhook %s %s from %s: %s",
                _loggable(request.scope.get("method")),
                _loggable(request.scope.get("path")),
                _client(request),
                rejected.reason,
            )
            detail = {403: "Twilio signature validation failed"}.get(
                rejected.status, rejected.reason
            )
            raise HTTPException(rejected.status, detail) from None

    def model(self, model: type[M]) -> Callable[[Request], Coroutine[Any, Any, M]]:
        """A dependency giving the validated parameters parsed into ``model``."""

        async def dependency(request: Request) -> Any:
            webhook = await self(request)
            try:
                return webhook.parse(model)
            except ValueError as err:  # pydantic.ValidationError
                logger.warning(
                    "signed Twilio webhook %s %s does not fit %s: %s",
                    _loggable(request.scope.get("method")),
                    _loggable(request.scope.get("path")),
                    model.__name__,
                    err,
                )
                raise HTTPException(422, f"parameters do not fit {model.__name__}") from None

        dependency.__name__ = f"twilio_webhook_{model.__name__}"
        return dependency

    # -- internals ------------------------------------------------------------------------

    def _auth_validator(self) -> RequestValidator:
        if self._validator is None:
            env = os.environ if self._environ is None else self._environ
            token = env.get(ENV_AUTH_TOKEN)
            if not token:
                logger.error(
                    "Twilio webhook validation needs an auth token: set %s", ENV_AUTH_TOKEN
                )
                raise HTTPException(500, "webhook validation is not configured")
            try:
                self._validator = RequestValidator(token)
            except ValueError:
                logger.error("%s is not a usable auth token (not valid Unicode)", ENV_AUTH_TOKEN)
                raise HTTPException(500, "webhook validation is not configured") from None
        return self._validator

    async def _check(self, request: Request) -> WebhookRequest:
        signature = request.headers.get(SIGNATURE_HEADER)
        if not signature:
            raise _Rejected(403, f"no {SIGNATURE_HEADER} header")
        settings = request.headers.get(SIGNATURE_SETTINGS_HEADER)
        if settings:
            if self._shared is None:
                raise _Rejected(403, "signed with a shared key, but no shared_key_secret is set")
            validator, algorithm = self._shared, signature_algorithm(settings)
        else:
            validator, algorithm = self._auth_validator(), None
        url = self.signed_url(request)
        if url is None:
            raise _Rejected(403, "malformed Host header or server address")
        method = str(request.scope.get("method", "")).upper()
        body = await self._read_body(request)
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type == "application/json":
            if not validator.validate_body(url, body, signature, algorithm=algorithm):
                raise _Rejected(403, "invalid signature or bodySHA256 (JSON body)")
            try:
                payload = json.loads(body)
            except (ValueError, RecursionError):
                raise _Rejected(400, "the signed JSON body is not valid JSON") from None
            return WebhookRequest(url, method, [], body, payload)
        params: list[tuple[str, str]] = []
        if method == "POST" and body:
            if content_type not in (_FORM, ""):
                raise _Rejected(403, f"unexpected content type {content_type!r}")
            try:
                text = body.decode("utf-8")
                params = parse_qsl(text, keep_blank_values=True, errors="strict")
            except (UnicodeDecodeError, ValueError):
                raise _Rejected(403, "the form body is not valid UTF-8") from None
        if not validator.validate(url, params, signature, algorithm=algorithm):
            raise _Rejected(403, "invalid signature")
        if method != "POST":
            query = bytes(request.scope.get("query_string", b"")).decode("latin-1")
            params = parse_qsl(query, keep_blank_values=True)
        return WebhookRequest(url, method, params, body)

    async def _read_body(self, request: Request) -> bytes:
        declared = request.headers.get("content-length")
        if (
            declared is not None
            and _digits(declared)
            and (len(declared) > 18 or int(declared) > self.max_body_size)
        ):
            raise _Rejected(413, "body too large")
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > self.max_body_size:
                raise _Rejected(413, "body too large")
            chunks.append(chunk)
        body = b"".join(chunks)
        # What Request.body() caches, so the endpoint can still read the body or the form.
        request._body = body
        return body

    def _trusted(self, request: Request) -> bool:
        if self._trust_all:
            return True
        if request.client is None:
            return False
        host = request.client.host
        if host in self._trusted_names:
            return True
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            return False
        return any(address in net for net in self._trusted_nets)

    def signed_url(self, request: Request) -> str | None:
        """The URL Twilio signed, as this dependency reconstructs it for ``request``.

        ``None`` when the request's ``Host`` (or the server address) is not a host.
        """
        scope = request.scope
        raw_path: bytes = scope.get("raw_path") or str(scope.get("path", "/")).encode(
            "utf-8", "surrogateescape"
        )
        path = bytes(raw_path).decode("latin-1").split("?", 1)[0]
        query: str = bytes(scope.get("query_string", b"")).decode("latin-1")
        suffix = path + (f"?{query}" if query else "")
        if self.public_base_url is not None:
            return self.public_base_url + suffix
        scheme = str(scope.get("scheme", "http"))
        host = request.headers.get("host") or _server_host(scope)
        if self._trusted(request):
            scheme, host = _forwarded(request, scheme, host)
        if not _HOST.fullmatch(host) or scheme not in ("http", "https", "ws", "wss"):
            return None
        return f"{scheme}://{host}{suffix}"


def _server_host(scope: Mapping[str, Any]) -> str:
    server = scope.get("server")
    if not server or not isinstance(server, (tuple, list)) or len(server) != 2:
        return "localhost"
    host, port = str(server[0]), server[1]
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"  # an IPv6 address
    return f"{host}:{port}" if port else host


def _digits(text: str) -> bool:
    """ASCII digits only (``str.isdigit`` also accepts ``"²"``, which ``int`` refuses)."""
    return bool(text) and text.isascii() and text.isdigit()


def _loggable(value: object, limit: int = 200) -> str:
    """``value`` for a log line: control and other unprintable characters escaped."""
    text = str(value)[:limit] if value is not None else "-"
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _client(request: Request) -> str:
    client = request.scope.get("client")
    if not client or not isinstance(client, (tuple, list)):
        return "-"
    return _loggable(client[0])


def _first(value: str | None) -> str | None:
    if not value:
        return None
    first = value.split(",")[0].strip()
    return first or None


def _forwarded(request: Request, scheme: str, host: str) -> tuple[str, str]:
    """Scheme and host from a trusted proxy's headers (the first, client-facing hop)."""
    proto: str | None = None
    fwd_host: str | None = None
    forwarded = _first(request.headers.get("forwarded"))
    if forwarded:
        for pair in forwarded.split(";"):
            key, _, value = pair.partition("=")
            value = value.strip().strip('"')
            if key.strip().lower() == "proto":
                proto = value
            elif key.strip().lower() == "host":
                fwd_host = value
    proto = _first(request.headers.get("x-forwarded-proto")) or proto
    fwd_host = _first(request.headers.get("x-forwarded-host")) or fwd_host
    port = _first(request.headers.get("x-forwarded-port"))
    if proto and proto.lower() in ("http", "https"):
        scheme = proto.lower()
    if fwd_host and _HOST.fullmatch(fwd_host):
        host = fwd_host
    if port and _digits(port) and len(port) <= 5 and int(port) <= 65535 and _HOST.fullmatch(host):
        match = _HOST.fullmatch(host)
        assert match is not None
        host = match.group(1) + (f":{port}" if port not in ("80", "443") else "")
    return scheme, host


# -- the Client's lifetime ------------------------------------------------------------------

Lifespan = Callable[[Any], AbstractAsyncContextManager[Any]]


def twilio_lifespan(
    client: Client | Callable[[], Client] | None = None,
    *,
    lifespan: Lifespan | None = None,
    **client_kwargs: Any,
) -> Callable[[Any], AbstractAsyncContextManager[dict[str, Any]]]:
    """``FastAPI(lifespan=twilio_lifespan())``: one ``Client`` for the app's lifetime.

    The client is made at startup (``Client(**client_kwargs)``, so credentials come
    from the environment unless given; or pass a ``Client`` or a factory) and closed
    at shutdown. Endpoints get it with ``Depends(get_twilio_client)``; it is also
    ``app.state.twilio_client``. ``lifespan=`` wraps the app's own lifespan.
    """

    @asynccontextmanager
    async def run(app: Any) -> AsyncIterator[dict[str, Any]]:
        if isinstance(client, Client):
            made = client
        elif client is not None:
            made = client()
        else:
            made = Client(**client_kwargs)
        async with made:
            app.state.twilio_client = made
            try:
                if lifespan is None:
                    yield {"twilio_client": made}
                else:
                    async with lifespan(app) as inner:
                        yield {**(inner or {}), "twilio_client": made}
            finally:
                app.state.twilio_client = None

    return run


def get_twilio_client(request: Request) -> Client:
    """Dependency: the ``Client`` owned by ``twilio_lifespan``."""
    made = getattr(request.state, "twilio_client", None) or getattr(
        request.app.state, "twilio_client", None
    )
    if not isinstance(made, Client):
        raise RuntimeError(
            "no Twilio client: create the app with FastAPI(lifespan=twilio_lifespan())"
        )
    return made
