# Generated from specs/iam_v1.yaml by `make codegen`; do not edit.
"""Key models (``api_key``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..api_key import KeyContext


class Key(InstanceModel["KeyContext"]):
    """A Key as returned by the API."""

    sid: str | None = None
    friendly_name: str | None = None
    date_created: Rfc2822DateTime | None = None
    date_updated: Rfc2822DateTime | None = None
    policy: Any | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = KeyContext.fetch
        update: ClassVar = KeyContext.update
        delete: ClassVar = KeyContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..api_key import KeyContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
