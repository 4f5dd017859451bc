# Generated from specs/numbers_v2.yaml by `make codegen`; do not edit.
"""BundleClone models (``bundle_clone``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import BundleCloneStatus

if TYPE_CHECKING:
    from ..bundle_clone import BundleCloneContext


class BundleClone(InstanceModel["BundleCloneContext"]):
    """A BundleClone as returned by the API."""

    bundle_sid: str | None = None
    account_sid: str | None = None
    regulation_sid: str | None = None
    friendly_name: str | None = None
    status: BundleCloneStatus | None = None
    valid_until: IsoDateTime | None = None
    email: str | None = None
    status_callback: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None

    _key_field = "bundle_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        create: ClassVar = BundleCloneContext.create

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..bundle_clone import BundleCloneContext  # noqa: F401
    else:
        create = FromContext()
