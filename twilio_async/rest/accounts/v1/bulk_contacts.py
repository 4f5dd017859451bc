# Generated from specs/accounts_v1.yaml by `make codegen`; do not edit.
"""BulkContacts resources (``bulk_contacts``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from twilio_async._resource import FORM, Args, ListResource, Models, Operation, P

if TYPE_CHECKING:
    from .types.bulk_contacts import BulkContacts

_TYPES = Models(__package__, ".types.bulk_contacts")
_MODEL = _TYPES("BulkContacts")
_LIST_PATH = "/v1/Contacts/Bulk"
_CREATE: Operation[BulkContacts] = Operation(
    "bulk_contacts.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("items", "Items", FORM, "object", many=True, required=True))


class BulkContactsCreateArgs(Args):
    items: Sequence[Any]


class BulkContactsList(ListResource):
    """BulkContacts collection: ``/v1/Contacts/Bulk``."""

    __slots__ = ()
    create = _CREATE.call_method(
        BulkContactsCreateArgs,
        """Create a BulkContacts: ``POST /v1/Contacts/Bulk``.

    Parameters are sent in the form body unless noted.

    Args:
        items (Sequence[Any]): ``Items``; list<object>; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        BulkContacts

    Twilio docs: https://www.twilio.com/docs/iam
    """,
    )
    """Create a BulkContacts: ``POST /v1/Contacts/Bulk``.

    Parameters are sent in the form body unless noted.

    Args:
        items (Sequence[Any]): ``Items``; list<object>; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        BulkContacts

    Twilio docs: https://www.twilio.com/docs/iam
    """
