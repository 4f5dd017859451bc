"""Domains and versions: the roots of the generated resource tree.

A ``Version`` needs two things from the client: the transport and the account SID.
It takes them as a ``VersionHost`` (the client builds one), never the ``Client``
itself, so the generated tree depends on this module and not on ``_client``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar, Protocol

if TYPE_CHECKING:
    from ._dialects import Dialect
    from ._http import Transport


class VersionHost(Protocol):
    """What a domain or version needs from its client."""

    @property
    def transport(self) -> Transport: ...

    @property
    def account_sid(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Host:
    """The client's ``VersionHost``: its transport and its own account SID."""

    transport: Transport
    account_sid: str


class Version:
    """One API version of one domain (``client.api.v2010``); owns its base URL and dialect."""

    domain: ClassVar[str]
    dialect_name: ClassVar[str]

    def __init__(self, host: VersionHost):
        self._host = host
        self.transport: Transport = host.transport
        self.base_url: str = host.transport.domain_base(self.domain)

    @cached_property
    def dialect(self) -> Dialect:
        """The wire dialect, loaded on first use (it brings pydantic along)."""
        from ._dialects import get_dialect

        return get_dialect(self.dialect_name)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.base_url}>"


class Domain:
    """One Twilio domain (``client.api``, ``client.flex_api``); holds its versions."""

    def __init__(self, host: VersionHost):
        self._host = host
