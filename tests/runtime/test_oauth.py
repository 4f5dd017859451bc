"""Bearer auth: the OAuth client-credentials token manager and its wiring into the transport.

A fake wall clock drives expiry (no sleeping); concurrency is real (100 tasks on one loop).
"""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Callable
from urllib.parse import parse_qsl

import anyio
import httpx
import pytest
import respx

from tests.support.credentials import ACCOUNT_SID
from twilio_async import (
    AuthenticationError,
    Client,
    ClientCredentialProvider,
    OrgsCredentialProvider,
    TwilioConfigError,
    TwilioOAuthError,
    TwilioTimeoutError,
)
from twilio_async._oauth import AccessToken, TokenAuthStrategy, TokenManager, jwt_expiry

CLIENT_ID = "OQ" + "7" * 32
CLIENT_SECRET = "client-secret-do-not-leak-0123456789"
TOKEN_URL = "https://oauth.twilio.com/v2/token"
ORGS = "https://preview-iam.twilio.com/Organizations"
NOW = 1_800_000_000.0


class FakeClock:
    """Wall-clock seconds that move only when a test says so."""

    def __init__(self, now: float = NOW):
        self.now = now

    def __call__(self) -> float:
        return self.now


def jwt(exp: float | None, n: int = 0) -> str:
    """An unsigned JWT-shaped token with an ``exp`` claim (``n`` makes it unique)."""

    def part(value: dict[str, object]) -> str:
        raw = json.dumps(value).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    claims: dict[str, object] = {"sub": CLIENT_ID, "jti": f"token-{n}"}
    if exp is not None:
        claims["exp"] = exp
    return f"{part({'alg': 'RS256', 'typ': 'JWT'})}.{part(claims)}.signature-{n}"


def token_body(token: str, **extra: object) -> dict[str, object]:
    return {"access_token": token, "token_type": "bearer", **extra}


class TokenServer:
    """The token endpoint: hands out ``jwt(exp=now + lifetime, n)`` tokens, counting requests."""

    def __init__(self, mock: respx.MockRouter, clock: FakeClock, lifetime: float = 3600.0):
        self.clock = clock
        self.lifetime = lifetime
        self.issued: list[str] = []
        self.forms: list[dict[str, str]] = []
        self.headers: list[httpx.Headers] = []
        self.gate: anyio.Event | None = None
        self.entered: anyio.Event | None = None
        self.route = mock.post(TOKEN_URL).mock(side_effect=self._answer)

    async def _answer(self, request: httpx.Request) -> httpx.Response:
        self.forms.append(dict(parse_qsl(request.content.decode())))
        self.headers.append(request.headers)
        if self.entered is not None:
            self.entered.set()
        if self.gate is not None:
            await self.gate.wait()
        token = jwt(self.clock() + self.lifetime, len(self.issued))
        self.issued.append(token)
        return httpx.Response(200, json=token_body(token, expires_in=int(self.lifetime)))


def bearer_client(clock: FakeClock, **kwargs: object) -> Client:
    provider = ClientCredentialProvider(CLIENT_ID, CLIENT_SECRET, clock=clock)
    kwargs.setdefault("environ", {})
    return Client(credential_provider=provider, max_retries=0, **kwargs)  # type: ignore[arg-type]


def orgs_route(mock: respx.MockRouter) -> respx.Route:
    return mock.get(f"{ORGS}/OR{'1' * 32}").respond(200, json={"ok": True})


async def call_orgs(client: Client) -> httpx.Response:
    """A bearer request through the client's transport (the Organizations API is not generated
    yet: the request is built the way generated code builds one)."""
    from twilio_async._dialects import get_dialect
    from twilio_async._types import PreparedRequest

    request = PreparedRequest("GET", f"{ORGS}/OR{'1' * 32}", [], None, None, None, None)
    response = await client._transport.send(request, get_dialect("json-v1"))
    assert isinstance(response, httpx.Response) or hasattr(response, "status_code")
    return response  # type: ignore[return-value]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


async def test_token_request_and_bearer_header(mock: respx.MockRouter, clock: FakeClock) -> None:
    server = TokenServer(mock, clock)
    api = orgs_route(mock)
    async with bearer_client(clock) as client:
        await call_orgs(client)
        await call_orgs(client)
    assert server.forms == [
        {"grant_type": "client_credentials", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET}
    ]
    assert "authorization" not in server.headers[0]
    assert server.headers[0]["content-type"] == "application/x-www-form-urlencoded"
    assert api.call_count == 2
    for call in api.calls:
        assert call.request.headers["Authorization"] == f"Bearer {server.issued[0]}"


async def test_generated_resources_use_the_bearer_token(
    mock: respx.MockRouter, clock: FakeClock
) -> None:
    server = TokenServer(mock, clock)
    route = mock.get(f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}.json").respond(
        200, json={"sid": ACCOUNT_SID}
    )
    async with bearer_client(clock, account_sid=ACCOUNT_SID) as client:
        account = await client.api.v2010.accounts(ACCOUNT_SID).fetch()
    assert account.sid == ACCOUNT_SID
    assert route.calls.last.request.headers["Authorization"] == f"Bearer {server.issued[0]}"


async def test_hundred_concurrent_callers_share_one_token_request(
    mock: respx.MockRouter, clock: FakeClock
) -> None:
    server = TokenServer(mock, clock)
    server.gate = anyio.Event()
    server.entered = anyio.Event()
    api = orgs_route(mock)
    async with bearer_client(clock) as client:
        async with anyio.create_task_group() as tg:
            for _ in range(100):
                tg.start_soon(call_orgs, client)
            await server.entered.wait()
            await anyio.wait_all_tasks_blocked()  # every caller is waiting for that one refresh
            server.gate.set()
        assert server.route.call_count == 1
        assert api.call_count == 100
        assert {c.request.headers["Authorization"] for c in api.calls} == {
            f"Bearer {server.issued[0]}"
        }
        strategy = client._transport.auth_strategy
        assert isinstance(strategy, TokenAuthStrategy)
        assert strategy.fetches == 1


async def test_token_is_refreshed_before_it_expires(
    mock: respx.MockRouter, clock: FakeClock
) -> None:
    server = TokenServer(mock, clock, lifetime=3600)
    api = orgs_route(mock)
    async with bearer_client(clock) as client:
        await call_orgs(client)
        clock.now += 3600 - 61  # 61 s left: more than the 60 s skew, still used
        await call_orgs(client)
        assert server.route.call_count == 1
        clock.now += 2  # 59 s left: refreshed first
        await call_orgs(client)
        assert server.route.call_count == 2
        await call_orgs(client)
        assert server.route.call_count == 2
    used = [c.request.headers["Authorization"] for c in api.calls]
    assert used == [f"Bearer {server.issued[i]}" for i in (0, 0, 1, 1)]


async def test_short_lived_token_refreshes_at_half_its_lifetime(
    mock: respx.MockRouter, clock: FakeClock
) -> None:
    server = TokenServer(mock, clock, lifetime=30)  # shorter than the skew
    orgs_route(mock)
    async with bearer_client(clock) as client:
        await call_orgs(client)
        clock.now += 14
        await call_orgs(client)
        assert server.route.call_count == 1
        clock.now += 1
        await call_orgs(client)
        assert server.route.call_count == 2


async def test_expires_in_is_used_when_the_token_is_not_a_jwt(
    mock: respx.MockRouter, clock: FakeClock
) -> None:
    tokens = iter(["opaque-token-one", "opaque-token-two"])
    token = mock.post(TOKEN_URL).mock(
        side_effect=lambda _: httpx.Response(200, json=token_body(next(tokens), expires_in=600))
    )
    api = orgs_route(mock)
    async with bearer_client(clock) as client:
        await call_orgs(client)
        clock.now += 539
        await call_orgs(client)
        assert token.call_count == 1
        clock.now += 2
        await call_orgs(client)
        assert token.call_count == 2
    assert api.calls.last.request.headers["Authorization"] == "Bearer opaque-token-two"


async def test_refresh_failure_is_clear_and_the_next_call_retries(
    mock: respx.MockRouter, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    answers = iter(
        [
            httpx.Response(
                401,
                json={
                    "code": 20003,
                    "message": f"Authenticate ({CLIENT_SECRET} is not valid)",  # an echo
                    "status": 401,
                },
            ),
            httpx.Response(200, json=token_body(jwt(NOW + 3600))),
        ]
    )
    token = mock.post(TOKEN_URL).mock(side_effect=lambda _: next(answers))
    api = orgs_route(mock)
    caplog.set_level(logging.DEBUG, logger="twilio_async")
    async with bearer_client(clock, log_bodies=True) as client:
        with pytest.raises(TwilioOAuthError) as info:
            await call_orgs(client)
        error = info.value
        assert error.status == 401
        assert error.url == TOKEN_URL
        text = str(error)
        assert "could not get an OAuth access token" in text and CLIENT_ID in text
        assert isinstance(error.__cause__, AuthenticationError)
        assert api.call_count == 0
        await call_orgs(client)  # the next call tries again, and gets a token
    assert token.call_count == 2
    assert api.call_count == 1
    seen = [str(error), repr(error), str(error.__cause__), caplog.text]
    for text in seen:
        assert CLIENT_SECRET not in text


async def test_callers_waiting_on_a_failed_refresh_share_its_error(
    mock: respx.MockRouter, clock: FakeClock
) -> None:
    gate = anyio.Event()
    entered = anyio.Event()

    async def refuse(_: httpx.Request) -> httpx.Response:
        entered.set()
        await gate.wait()
        return httpx.Response(503, json={"code": 20500, "message": "down", "status": 503})

    token = mock.post(TOKEN_URL).mock(side_effect=refuse)
    orgs_route(mock)
    errors: list[BaseException] = []

    async def call(client: Client) -> None:
        try:
            await call_orgs(client)
        except TwilioOAuthError as error:
            errors.append(error)

    async with bearer_client(clock) as client, anyio.create_task_group() as tg:
        for _ in range(20):
            tg.start_soon(call, client)
        await entered.wait()
        await anyio.wait_all_tasks_blocked()
        gate.set()
    assert token.call_count == 1
    assert len(errors) == 20
    assert len({id(e) for e in errors}) == 20  # one object each: tracebacks stay apart
    assert all(e.status == 503 for e in errors)  # type: ignore[attr-defined]


async def test_a_cancelled_refresher_does_not_wedge_the_others(
    mock: respx.MockRouter, clock: FakeClock
) -> None:
    server = TokenServer(mock, clock)
    server.gate = anyio.Event()  # the first token request hangs until cancelled
    server.entered = anyio.Event()
    api = orgs_route(mock)
    async with bearer_client(clock) as client:
        async with anyio.create_task_group() as tg:
            first = anyio.CancelScope()

            async def hung() -> None:
                with first:
                    await call_orgs(client)

            tg.start_soon(hung)
            await server.entered.wait()
            waiter_done = anyio.Event()

            async def waiter() -> None:
                await call_orgs(client)
                waiter_done.set()

            tg.start_soon(waiter)
            await anyio.wait_all_tasks_blocked()
            server.gate = None  # later token requests answer at once
            first.cancel()
            await waiter_done.wait()
        assert first.cancelled_caught
    assert len(server.forms) == 2  # the cancelled request, then the waiter's own
    assert len(server.issued) == 1
    assert api.call_count == 1
    assert api.calls.last.request.headers["Authorization"] == f"Bearer {server.issued[0]}"


async def test_401_forces_one_refresh_and_one_retry(
    mock: respx.MockRouter, clock: FakeClock
) -> None:
    server = TokenServer(mock, clock)
    api = mock.post(f"{ORGS}/OR{'1' * 32}").mock(
        side_effect=[
            httpx.Response(401, json={"code": 20003, "message": "expired", "status": 401}),
            httpx.Response(200, json={"ok": True}),
        ]
    )
    async with bearer_client(clock) as client:
        await _post_orgs(client)
    assert server.route.call_count == 2
    assert [c.request.headers["Authorization"] for c in api.calls] == [
        f"Bearer {server.issued[0]}",
        f"Bearer {server.issued[1]}",
    ]
    assert api.calls[0].request.content == api.calls[1].request.content == b"FriendlyName=x"


async def test_second_401_is_raised_after_exactly_one_refresh(
    mock: respx.MockRouter, clock: FakeClock
) -> None:
    server = TokenServer(mock, clock)
    api = mock.post(f"{ORGS}/OR{'1' * 32}").respond(
        401, json={"code": 20003, "message": "Authenticate", "status": 401}
    )
    async with bearer_client(clock) as client:
        with pytest.raises(AuthenticationError) as info:
            await _post_orgs(client)
    assert server.route.call_count == 2
    assert api.call_count == 2
    for token in server.issued:
        assert token not in str(info.value) and token not in repr(info.value)


async def test_a_401_after_someone_else_refreshed_uses_their_token(
    mock: respx.MockRouter, clock: FakeClock
) -> None:
    """The stale header is compared, so a 401 on an old token does not refresh twice."""
    server = TokenServer(mock, clock)
    async with bearer_client(clock) as client:
        strategy = client._transport.auth_strategy
        assert strategy is not None
        old = await strategy.authorization(client._transport)
        new = await strategy.authorization(client._transport, stale=old)
        again = await strategy.authorization(client._transport, stale=old)
    assert old != new == again
    assert server.route.call_count == 2


async def _post_orgs(client: Client) -> None:
    from twilio_async._dialects import get_dialect
    from twilio_async._types import PreparedRequest

    request = PreparedRequest(
        "POST", f"{ORGS}/OR{'1' * 32}", [], [("FriendlyName", "x")], None, None, None
    )
    await client._transport.send(request, get_dialect("json-v1"))


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"<html>oops</html>", "not JSON"),
        (b"[]", "not a JSON object"),
        (b'{"token_type": "bearer"}', "no access_token"),
        (b'{"access_token": "two words"}', "not printable ASCII"),
        (b'{"access_token": "abcdefgh12345678", "token_type": "mac"}', "'mac', not 'bearer'"),
    ],
)
async def test_unusable_token_answers(
    mock: respx.MockRouter, clock: FakeClock, body: bytes, reason: str
) -> None:
    mock.post(TOKEN_URL).respond(200, content=body)
    api = orgs_route(mock)
    async with bearer_client(clock) as client:
        with pytest.raises(TwilioOAuthError, match=reason) as info:
            await call_orgs(client)
    assert api.call_count == 0
    assert "abcdefgh12345678" not in str(info.value)


async def test_token_request_goes_to_base_url(clock: FakeClock) -> None:
    with respx.mock(assert_all_mocked=True) as mock:
        token = mock.post("http://127.0.0.1:8787/oauth/v2/token").respond(
            200, json=token_body(jwt(NOW + 3600))
        )
        api = mock.get(f"http://127.0.0.1:8787/api/2010-04-01/Accounts/{ACCOUNT_SID}.json")
        api.respond(200, json={"sid": ACCOUNT_SID})
        async with bearer_client(
            clock, base_url="http://127.0.0.1:8787", account_sid=ACCOUNT_SID
        ) as client:
            await client.account.fetch()
    assert token.call_count == api.call_count == 1


async def test_custom_token_manager(mock: respx.MockRouter, clock: FakeClock) -> None:
    class Fixed(TokenManager):
        def __init__(self) -> None:
            self.calls = 0

        async def fetch_access_token(self, transport: object) -> AccessToken:
            self.calls += 1
            return AccessToken(f"fixed-token-{self.calls}", expires_at=None)

    manager = Fixed()
    api = orgs_route(mock)
    provider = ClientCredentialProvider(CLIENT_ID, CLIENT_SECRET, token_manager=manager)
    async with Client(credential_provider=provider, environ={}) as client:
        await call_orgs(client)
        clock.now += 10**9  # no expiry known: used until a 401
        await call_orgs(client)
    assert manager.calls == 1
    assert api.calls.last.request.headers["Authorization"] == "Bearer fixed-token-1"


def test_secrets_stay_out_of_reprs(clock: FakeClock) -> None:
    provider = OrgsCredentialProvider(CLIENT_ID, CLIENT_SECRET, clock=clock)
    client = Client(credential_provider=provider, environ={})
    strategy = provider.to_auth_strategy()
    for text in (repr(provider), repr(client), repr(strategy), repr(provider.token_manager)):
        assert CLIENT_SECRET not in text
    assert CLIENT_ID in repr(provider)
    assert repr(AccessToken("secret-token-value", expires_at=5.0)) == (
        "<AccessToken expires_at=5.0>"
    )


def test_bearer_client_without_account_sid(clock: FakeClock) -> None:
    client = bearer_client(clock)
    assert "account_sid=None" in repr(client)
    with pytest.raises(TwilioConfigError, match=r"no account SID.*account_sid="):
        client.account_sid  # noqa: B018
    with pytest.raises(TwilioConfigError, match=r"no account SID.*account_sid="):
        client.messages  # noqa: B018
    with_account = bearer_client(clock, environ={"TWILIO_ACCOUNT_SID": ACCOUNT_SID})
    assert with_account.account_sid == ACCOUNT_SID


@pytest.mark.parametrize(
    ("build", "match"),
    [
        (
            lambda: Client(
                "AC" + "a" * 32,
                "token-1234567890",
                credential_provider=ClientCredentialProvider(CLIENT_ID, CLIENT_SECRET),
            ),
            "not both",
        ),
        (
            lambda: Client(credential_provider=object()),  # type: ignore[arg-type]
            "must be a twilio_async CredentialProvider",
        ),
        (lambda: ClientCredentialProvider("", CLIENT_SECRET), "client_id must be a non-empty str"),
        (
            lambda: ClientCredentialProvider(CLIENT_ID, None),  # type: ignore[arg-type]
            "client_secret must be.*NoneType",
        ),
        (
            lambda: ClientCredentialProvider(
                CLIENT_ID,
                CLIENT_SECRET,
                token_manager=object(),  # type: ignore[arg-type]
            ),
            "token_manager must be",
        ),
        (
            lambda: ClientCredentialProvider(CLIENT_ID, CLIENT_SECRET, refresh_skew=-1),
            "refresh_skew must be",
        ),
        (
            lambda: Client(
                credential_provider=ClientCredentialProvider(CLIENT_ID, CLIENT_SECRET),
                account_sid="ACnope",
            ),
            "account_sid must be 'AC'",
        ),
    ],
)
def test_bad_configuration_is_refused(build: Callable[[], object], match: str) -> None:
    with pytest.raises(TwilioConfigError, match=match) as info:
        build()
    assert CLIENT_SECRET not in str(info.value)


def test_jwt_expiry() -> None:
    assert jwt_expiry(jwt(NOW)) == NOW
    assert jwt_expiry(jwt(None)) is None
    assert jwt_expiry("not-a-jwt") is None
    assert jwt_expiry("a.%%%.c") is None
    assert jwt_expiry("a." + base64.urlsafe_b64encode(b'{"exp": true}').decode() + ".c") is None


async def test_a_calls_own_authorization_header_wins(
    mock: respx.MockRouter, clock: FakeClock
) -> None:
    from twilio_async._dialects import get_dialect
    from twilio_async._types import PreparedRequest

    server = TokenServer(mock, clock)
    api = orgs_route(mock)
    async with bearer_client(clock) as client:
        request = PreparedRequest(
            "GET", f"{ORGS}/OR{'1' * 32}", [], None, None, {"Authorization": "Token abc"}, None
        )
        await client._transport.send(request, get_dialect("json-v1"))
    assert api.calls.last.request.headers["Authorization"] == "Token abc"
    assert server.route.call_count == 0


async def test_tokens_stay_out_of_debug_logs(
    mock: respx.MockRouter, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    server = TokenServer(mock, clock)
    caplog.set_level(logging.DEBUG, logger="twilio_async")
    echoed: list[str] = []

    def echo(request: httpx.Request) -> httpx.Response:
        echoed.append(request.headers["Authorization"])
        return httpx.Response(400, json={"code": 1, "message": request.headers["Authorization"]})

    mock.get(f"{ORGS}/OR{'1' * 32}").mock(side_effect=echo)
    async with bearer_client(clock, log_bodies=True) as client:
        with pytest.raises(Exception) as info:
            await call_orgs(client)
    token = server.issued[0]
    assert echoed == [f"Bearer {token}"]
    for text in (caplog.text, str(info.value), repr(info.value)):
        assert token not in text and CLIENT_SECRET not in text
    assert "[redacted]" in str(info.value)


async def test_the_call_deadline_bounds_the_token_request(
    mock: respx.MockRouter, clock: FakeClock
) -> None:
    server = TokenServer(mock, clock)
    server.gate = anyio.Event()  # the token endpoint never answers
    api = orgs_route(mock)
    async with bearer_client(clock, deadline=0.05) as client:
        with pytest.raises(TwilioTimeoutError, match="deadline") as info:
            await call_orgs(client)
    assert info.value.may_have_been_processed is False
    assert api.call_count == 0
