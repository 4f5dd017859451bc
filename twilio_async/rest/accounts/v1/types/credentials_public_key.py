# Generated from specs/accounts_v1.yaml by `make codegen`; do not edit.
"""CredentialPublicKey models (``credentials.public_key``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..credentials_public_key import CredentialPublicKeyContext


class CredentialPublicKey(InstanceModel["CredentialPublicKeyContext"]):
    """A CredentialPublicKey as returned by the API."""

    sid: str
    account_sid: str | None = None
    friendly_name: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = CredentialPublicKeyContext.fetch
        update: ClassVar = CredentialPublicKeyContext.update
        delete: ClassVar = CredentialPublicKeyContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..credentials_public_key import CredentialPublicKeyContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
