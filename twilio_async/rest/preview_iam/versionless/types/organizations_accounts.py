# Generated from specs/iam_organizations.yaml by `make codegen`; do not edit.
"""PublicApiAccountResponse models (``organizations.accounts``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..organizations_accounts import PublicApiAccountResponseContext


class PublicApiAccountResponse(InstanceModel["PublicApiAccountResponseContext"]):
    """A PublicApiAccountResponse as returned by the API."""

    account_sid: str | None = None
    friendly_name: str | None = None
    status: str | None = None
    owner_sid: str | None = None
    date_created: IsoDateTime | None = None

    _key_field = "account_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = PublicApiAccountResponseContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..organizations_accounts import PublicApiAccountResponseContext  # noqa: F401
    else:
        fetch = FromContext()
