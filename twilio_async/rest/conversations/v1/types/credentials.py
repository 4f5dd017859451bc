# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""Credential models (``credentials``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import CredentialPushType

if TYPE_CHECKING:
    from ..credentials import CredentialContext


class Credential(InstanceModel["CredentialContext"]):
    """A Credential as returned by the API."""

    sid: str
    account_sid: str | None = None
    friendly_name: str | None = None
    type: CredentialPushType | None = None
    sandbox: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = CredentialContext.fetch
        update: ClassVar = CredentialContext.update
        delete: ClassVar = CredentialContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..credentials import CredentialContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
