# Generated from specs/accounts_v1.yaml by `make codegen`; do not edit.
"""BulkConsents resources (``bulk_consents``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from twilio_async._resource import FORM, Args, ListResource, Models, Operation, P

if TYPE_CHECKING:
    from .types.bulk_consents import BulkConsents

_TYPES = Models(__package__, ".types.bulk_consents")
_MODEL = _TYPES("BulkConsents")
_LIST_PATH = "/v1/Consents/Bulk"
_CREATE: Operation[BulkConsents] = Operation(
    "bulk_consents.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("items", "Items", FORM, "object", many=True, required=True))


class BulkConsentsCreateArgs(Args):
    items: Sequence[Any]


class BulkConsentsList(ListResource):
    """BulkConsents collection: ``/v1/Consents/Bulk``."""

    __slots__ = ()
    create = _CREATE.call_method(
        BulkConsentsCreateArgs,
        """Create a BulkConsents: ``POST /v1/Consents/Bulk``.

    Parameters are sent in the form body unless noted.

    Args:
        items (Sequence[Any]): ``Items``; list<object>; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        BulkConsents

    Twilio docs: https://www.twilio.com/docs/iam
    """,
    )
    """Create a BulkConsents: ``POST /v1/Consents/Bulk``.

    Parameters are sent in the form body unless noted.

    Args:
        items (Sequence[Any]): ``Items``; list<object>; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        BulkConsents

    Twilio docs: https://www.twilio.com/docs/iam
    """
