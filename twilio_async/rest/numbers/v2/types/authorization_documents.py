# Generated from specs/numbers_v2.yaml by `make codegen`; do not edit.
"""AuthorizationDocument models (``authorization_documents``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import AuthorizationDocumentStatus

if TYPE_CHECKING:
    from ..authorization_documents import AuthorizationDocumentContext


class AuthorizationDocument(InstanceModel["AuthorizationDocumentContext"]):
    """A AuthorizationDocument as returned by the API."""

    sid: str | None = None
    address_sid: str | None = None
    status: AuthorizationDocumentStatus | None = None
    email: str | None = None
    cc_emails: list[str] | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = AuthorizationDocumentContext.fetch
        delete: ClassVar = AuthorizationDocumentContext.delete
        dependent_hosted_number_orders: ClassVar = (
            AuthorizationDocumentContext.dependent_hosted_number_orders
        )

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..authorization_documents import AuthorizationDocumentContext  # noqa: F401
    else:
        fetch = FromContext()
        delete = FromContext()
        dependent_hosted_number_orders = FromContext()
