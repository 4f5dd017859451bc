# Generated from specs/accounts_v1.yaml by `make codegen`; do not edit.
"""SecondaryAuthToken models (``secondary_auth_token``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..secondary_auth_token import SecondaryAuthTokenContext


class SecondaryAuthToken(InstanceModel["SecondaryAuthTokenContext"]):
    """A SecondaryAuthToken as returned by the API."""

    account_sid: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    secondary_auth_token: str | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        create: ClassVar = SecondaryAuthTokenContext.create
        delete: ClassVar = SecondaryAuthTokenContext.delete
    else:
        create = FromContext()
        delete = FromContext()
