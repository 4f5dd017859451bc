"""Domains and versions: the roots of the generated resource tree.

A ``Version`` needs two things from the client: the transport and the account SID.
It takes them as a ``VersionHost`` (the client builds one), never the ``Client``
itself, so the generated tree depends on this module and not on ``_client``.
"""

from __future__ import annotations

import re
from functools import cache, cached_property
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

if TYPE_CHECKING:
    from ._dialects import Dialect
    from ._http import Transport


class VersionHost(Protocol):
    """What a domain or version needs from its client."""

    @property
    def transport(self) -> Transport: ...

    @property
    def account_sid(self) -> str: ...


class Host:
    """The client's ``VersionHost``: its transport and its own account SID.

    A client with bearer auth may have no account of its own (the Organizations and IAM
    APIs do not need one); its account shortcuts then raise ``TwilioConfigError``.
    """

    __slots__ = ("_account_sid", "transport")

    def __init__(self, transport: Transport, account_sid: str | None):
        self.transport = transport
        self._account_sid = account_sid

    @property
    def account_sid(self) -> str:
        """The client's account SID, or ``TwilioConfigError`` when it has none."""
        if self._account_sid is None:
            from ._errors import TwilioConfigError

            raise TwilioConfigError(
                "this Client has no account SID (it was built with credential_provider= "
                "alone): pass Client(..., account_sid='AC…') or set TWILIO_ACCOUNT_SID to "
                "use account resources"
            )
        return self._account_sid

    def __repr__(self) -> str:
        return f"<Host account_sid={self._account_sid}>"


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
    """One Twilio domain (``client.api``, ``client.flex_api``); holds its versions.

    As in twilio-python, a domain also answers for its versions' names:
    ``client.api.accounts`` is ``client.api.v2010.accounts`` and ``client.api.account``
    is ``client.api.v2010.account``. A name comes from the newest version that has it
    (``v2010`` before ``v2008``). Generated domains declare each of these forwards as a
    typed property (codegen/compat.py); this fallback answers any name a version gains.
    """

    def __init__(self, host: VersionHost):
        self._host = host

    if not TYPE_CHECKING:  # a type checker would otherwise accept any misspelled name

        def __getattr__(self, name: str) -> Any:
            # Reached only for names the domain lacks (its versions are cached_properties).
            if name.startswith("_"):
                raise AttributeError(name)
            for version in _versions(type(self)):
                if hasattr(type(getattr(self, version)), name):
                    return getattr(getattr(self, version), name)
            raise AttributeError(
                f"{type(self).__name__!r} object has no attribute {name!r} (nor has any of "
                f"its versions: {', '.join(_versions(type(self))) or 'none'})"
            )


_VERSION_NAME = re.compile(r"v(\d+)")


@cache
def _versions(domain: type[Domain]) -> tuple[str, ...]:
    """A domain class's version attributes (``v2010``, ``v2008``), newest first."""
    names = [n for n in dir(domain) if _VERSION_NAME.fullmatch(n)]
    return tuple(sorted(names, key=lambda n: int(n[1:]), reverse=True))
