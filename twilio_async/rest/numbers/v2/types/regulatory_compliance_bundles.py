# Generated from specs/numbers_v2.yaml by `make codegen`; do not edit.
"""Bundle models (``regulatory_compliance.bundles``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import BundleStatus

if TYPE_CHECKING:
    from ..regulatory_compliance_bundles import BundleContext


class Bundle(InstanceModel["BundleContext"]):
    """A Bundle as returned by the API."""

    sid: str | None = None
    account_sid: str | None = None
    regulation_sid: str | None = None
    friendly_name: str | None = None
    status: BundleStatus | None = None
    valid_until: IsoDateTime | None = None
    email: str | None = None
    status_callback: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = BundleContext.fetch
        update: ClassVar = BundleContext.update
        delete: ClassVar = BundleContext.delete
        bundle_copies: ClassVar = BundleContext.bundle_copies
        evaluations: ClassVar = BundleContext.evaluations
        item_assignments: ClassVar = BundleContext.item_assignments
        replace_items: ClassVar = BundleContext.replace_items

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..regulatory_compliance_bundles import BundleContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        bundle_copies = FromContext()
        evaluations = FromContext()
        item_assignments = FromContext()
        replace_items = FromContext()
