# Generated from specs/insights_v1.yaml by `make codegen`; do not edit.
"""AccountSettings models (``settings``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..settings import AccountSettingsContext


class AccountSettings(InstanceModel["AccountSettingsContext"]):
    """A AccountSettings as returned by the API."""

    account_sid: str | None = None
    advanced_features: bool | None = None
    voice_trace: bool | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = AccountSettingsContext.fetch
        update: ClassVar = AccountSettingsContext.update

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..settings import AccountSettingsContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
