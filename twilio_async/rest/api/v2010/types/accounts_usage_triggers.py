# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""UsageTrigger models (``accounts.usage.triggers``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import UsageTriggerRecurring, UsageTriggerTriggerField

if TYPE_CHECKING:
    from ..accounts_usage_triggers import UsageTriggerContext


class UsageTrigger(InstanceModel["UsageTriggerContext"]):
    """A UsageTrigger as returned by the API."""

    account_sid: str | None = None
    api_version: str | None = None
    callback_method: str | None = None
    callback_url: str | None = None
    current_value: str | None = None
    date_created: Rfc2822DateTime | None = None
    date_fired: Rfc2822DateTime | None = None
    date_updated: Rfc2822DateTime | None = None
    friendly_name: str | None = None
    recurring: UsageTriggerRecurring | None = None
    sid: str
    trigger_by: UsageTriggerTriggerField | None = None
    trigger_value: str | None = None
    uri: str | None = None
    usage_category: str | None = None
    usage_record_uri: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = UsageTriggerContext.fetch
        update: ClassVar = UsageTriggerContext.update
        delete: ClassVar = UsageTriggerContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_usage_triggers import UsageTriggerContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
