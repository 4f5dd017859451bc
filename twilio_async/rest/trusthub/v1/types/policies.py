# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""Policies models (``policies``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..policies import PoliciesContext


class Policies(InstanceModel["PoliciesContext"]):
    """A Policies as returned by the API."""

    sid: str | None = None
    friendly_name: str | None = None
    requirements: Any | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = PoliciesContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..policies import PoliciesContext  # noqa: F401
    else:
        fetch = FromContext()
