# Generated from specs/iam_v1.yaml by `make codegen`; do not edit.
"""VendorOauthAppCreateUpdateResponse models (``o_auth_apps``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import Field

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..o_auth_apps import VendorOauthAppCreateUpdateResponseContext


class VendorOauthAppCreateUpdateResponse(
    InstanceModel["VendorOauthAppCreateUpdateResponseContext"]
):
    """A VendorOauthAppCreateUpdateResponse as returned by the API."""

    type: str | None = None
    sid: str | None = None
    friendly_name: str | None = None
    description: str | None = None
    date_created: IsoDateTime | None = None
    created_by: str | None = None
    secret: str | None = Field(default=None, repr=False)
    status: str | None = None
    policy: Any | None = None
    access_token_ttl: int | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        update: ClassVar = VendorOauthAppCreateUpdateResponseContext.update
        delete: ClassVar = VendorOauthAppCreateUpdateResponseContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..o_auth_apps import VendorOauthAppCreateUpdateResponseContext  # noqa: F401
    else:
        update = FromContext()
        delete = FromContext()
