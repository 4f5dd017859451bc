# Generated from specs/mini_flex_v1.yaml by `make codegen`; do not edit.
"""Configuration models (``configuration``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..configuration import ConfigurationContext


class Configuration(InstanceModel["ConfigurationContext"]):
    """A Configuration as returned by the API."""

    account_sid: str | None = None
    attributes: Any | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ConfigurationContext.fetch
        update: ClassVar = ConfigurationContext.update

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..configuration import ConfigurationContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
