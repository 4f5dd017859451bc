# Generated from specs/accounts_v1.yaml by `make codegen`; do not edit.
"""CredentialAws models (``credentials.aws``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..credentials_aws import CredentialAwsContext


class CredentialAws(InstanceModel["CredentialAwsContext"]):
    """A CredentialAws as returned by the API."""

    sid: str
    account_sid: str | None = None
    friendly_name: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = CredentialAwsContext.fetch
        update: ClassVar = CredentialAwsContext.update
        delete: ClassVar = CredentialAwsContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..credentials_aws import CredentialAwsContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
