# Generated from specs/trunking_v1.yaml by `make codegen`; do not edit.
"""CredentialList models (``trunks.credentials_lists``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..trunks_credentials_lists import CredentialListContext


class CredentialList(InstanceModel["CredentialListContext"]):
    """A CredentialList as returned by the API."""

    account_sid: str | None = None
    sid: str
    trunk_sid: str | None = None
    friendly_name: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = CredentialListContext.fetch
        delete: ClassVar = CredentialListContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..trunks_credentials_lists import CredentialListContext  # noqa: F401
    else:
        fetch = FromContext()
        delete = FromContext()
