# Generated from specs/lookups_v2.yaml by `make codegen`; do not edit.
"""Fields models (``rate_limits.fields``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..rate_limits_fields import FieldsContext


class Fields(InstanceModel["FieldsContext"]):
    """A Fields as returned by the API."""

    pass

    _key_field = "field"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        bucket: ClassVar = FieldsContext.bucket

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..rate_limits_fields import FieldsContext  # noqa: F401
    else:
        bucket = FromContext()
