# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""Safelist models (``safelist``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..safelist import SafelistContext


class Safelist(InstanceModel["SafelistContext"]):
    """A Safelist as returned by the API."""

    sid: str | None = None
    phone_number: str
    url: str | None = None

    _key_field = "phone_number"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = SafelistContext.fetch
        delete: ClassVar = SafelistContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..safelist import SafelistContext  # noqa: F401
    else:
        fetch = FromContext()
        delete = FromContext()
