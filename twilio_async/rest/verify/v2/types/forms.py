# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""Form models (``forms``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

from ..enums import FormFormTypes

if TYPE_CHECKING:
    from ..forms import FormContext


class Form(InstanceModel["FormContext"]):
    """A Form as returned by the API."""

    form_type: FormFormTypes
    forms: Any | None = None
    form_meta: Any | None = None
    url: str | None = None

    _key_field = "form_type"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = FormContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..forms import FormContext  # noqa: F401
    else:
        fetch = FromContext()
