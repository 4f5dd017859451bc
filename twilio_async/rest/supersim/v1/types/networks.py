# Generated from specs/supersim_v1.yaml by `make codegen`; do not edit.
"""Network models (``networks``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..networks import NetworkContext


class Network(InstanceModel["NetworkContext"]):
    """A Network as returned by the API."""

    sid: str
    friendly_name: str | None = None
    url: str | None = None
    iso_country: str | None = None
    identifiers: list[Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = NetworkContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..networks import NetworkContext  # noqa: F401
    else:
        fetch = FromContext()
