"""Every tunable of the runtime, in one place."""

from __future__ import annotations

from typing import get_args

from ._types import BackendName, Timeouts

#: Default timeouts: connect fast, allow Twilio a generous read, fail fast on an exhausted pool.
DEFAULT_TIMEOUTS: Timeouts = {
    "connect": 10.0,
    "read": 30.0,
    "write": 30.0,
    "pool": 10.0,
}

#: Retries for requests that are safe to repeat (see ``_retry.py`` for the matrix).
DEFAULT_MAX_RETRIES = 2
#: First backoff delay in seconds; doubles each attempt, with full jitter.
INITIAL_RETRY_DELAY = 0.5
#: Upper bound of any single backoff delay, including a server's Retry-After.
MAX_RETRY_DELAY = 20.0

#: HTTP backend when ``Client(http_backend=...)`` is not given: ``auto`` is aiohttp on asyncio
#: when installed (fast at high concurrency) and httpx's own transport otherwise (and on trio).
DEFAULT_HTTP_BACKEND: BackendName = "auto"
#: The accepted values of ``Client(http_backend=...)``.
BACKENDS: tuple[BackendName, ...] = get_args(BackendName)

#: Connection pool sizing for the default HTTP client.
DEFAULT_MAX_CONNECTIONS = 1000
DEFAULT_MAX_KEEPALIVE_CONNECTIONS = 200
DEFAULT_KEEPALIVE_EXPIRY = 5.0

#: Twilio's page size limit for every list endpoint.
MAX_PAGE_SIZE = 1000

#: Largest response body read into memory; larger answers fail instead of exhausting memory.
MAX_RESPONSE_BYTES = 64 * 1024 * 1024

#: Longest error body excerpt kept on an exception.
ERROR_EXCERPT_CHARS = 500

#: Longest body excerpt in a log line when body logging is on (``Client(log_bodies=True)``).
LOG_BODY_CHARS = 2000

#: Environment variables read by ``Client()``.
ENV_ACCOUNT_SID = "TWILIO_ACCOUNT_SID"
ENV_AUTH_TOKEN = "TWILIO_AUTH_TOKEN"
ENV_API_KEY = "TWILIO_API_KEY"
ENV_API_SECRET = "TWILIO_API_SECRET"
ENV_REGION = "TWILIO_REGION"
ENV_EDGE = "TWILIO_EDGE"
#: Set to ``1`` to log request and response bodies (redacted) at DEBUG on ``twilio_async``.
ENV_LOG_BODIES = "TWILIO_ASYNC_LOG_BODIES"
#: A base URL ``Client()`` sends every request to when ``base_url=`` is not given (the
#: emulator): loopback hosts only, unless ``ENV_BASE_URL_ALLOW_REMOTE`` is ``1``.
ENV_BASE_URL = "TWILIO_ASYNC_BASE_URL"
#: Set to ``1`` to let ``TWILIO_ASYNC_BASE_URL`` name a host that is not loopback.
ENV_BASE_URL_ALLOW_REMOTE = "TWILIO_ASYNC_BASE_URL_ALLOW_REMOTE"
