"""twilio-python's HTTP clients, pointed at the emulator with the Twilio host kept in ``Host``.

twilio-python always calls ``https://<domain>.twilio.com``; these send the same
request to the emulator's loopback address instead (it routes on ``Host``).
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from twilio.http.async_http_client import AsyncTwilioHttpClient
from twilio.http.http_client import TwilioHttpClient
from twilio.http.response import Response


def redirect(base_url: str, url: str, headers: dict[str, str] | None) -> tuple[str, dict[str, str]]:
    """The loopback URL for a Twilio URL, and headers carrying the Twilio host."""
    target = urlsplit(base_url)
    parts = urlsplit(url)
    if parts.hostname is None or not parts.hostname.endswith(".twilio.com"):
        raise ValueError(f"url: expected https://<domain>.twilio.com/..., got {url!r}")
    out = dict(headers or {})
    out["Host"] = parts.netloc
    return urlunsplit((target.scheme, target.netloc, parts.path, parts.query, "")), out


class RedirectingHttpClient(TwilioHttpClient):
    """The blocking client (requests), sent to the emulator."""

    def __init__(self, base_url: str) -> None:
        super().__init__()
        self.base_url = base_url
        #: The Twilio hosts requested, in order.
        self.hosts: list[str] = []

    def request(
        self,
        method: str,
        url: str,
        params: dict[str, object] | None = None,
        data: dict[str, object] | None = None,
        headers: dict[str, str] | None = None,
        auth: tuple[str, str] | None = None,
        timeout: float | None = None,
        allow_redirects: bool = False,
    ) -> Response:
        local, hdrs = redirect(self.base_url, url, headers)
        self.hosts.append(hdrs["Host"])
        return super().request(method, local, params, data, hdrs, auth, timeout, allow_redirects)


class RedirectingAsyncHttpClient(AsyncTwilioHttpClient):
    """The asyncio client (aiohttp), sent to the emulator. Create it inside a running loop."""

    def __init__(self, base_url: str) -> None:
        super().__init__()
        self.base_url = base_url
        #: The Twilio hosts requested, in order.
        self.hosts: list[str] = []

    async def request(  # type: ignore[override]  # async, as in twilio-python's own base
        self,
        method: str,
        url: str,
        params: dict[str, object] | None = None,
        data: dict[str, object] | None = None,
        headers: dict[str, str] | None = None,
        auth: tuple[str, str] | None = None,
        timeout: float | None = None,
        allow_redirects: bool = False,
    ) -> Response:
        local, hdrs = redirect(self.base_url, url, headers)
        self.hosts.append(hdrs["Host"])
        return await super().request(
            method, local, params, data, hdrs, auth, timeout, allow_redirects
        )
