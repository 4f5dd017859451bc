# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""Configuration models (``configuration``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import ConfigurationStatus

if TYPE_CHECKING:
    from ..configuration import ConfigurationContext


class Configuration(InstanceModel["ConfigurationContext"]):
    """A Configuration as returned by the API."""

    account_sid: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    attributes: Any | None = None
    status: ConfigurationStatus | None = None
    taskrouter_workspace_sid: str | None = None
    taskrouter_target_workflow_sid: str | None = None
    taskrouter_target_taskqueue_sid: str | None = None
    taskrouter_taskqueues: list[Any] | None = None
    taskrouter_skills: list[Any] | None = None
    taskrouter_worker_channels: Any | None = None
    taskrouter_worker_attributes: Any | None = None
    taskrouter_offline_activity_sid: str | None = None
    runtime_domain: str | None = None
    messaging_service_instance_sid: str | None = None
    chat_service_instance_sid: str | None = None
    flex_service_instance_sid: str | None = None
    flex_instance_sid: str | None = None
    ui_language: str | None = None
    ui_attributes: Any | None = None
    ui_dependencies: Any | None = None
    ui_version: str | None = None
    service_version: str | None = None
    call_recording_enabled: bool | None = None
    call_recording_webhook_url: str | None = None
    crm_enabled: bool | None = None
    crm_type: str | None = None
    crm_callback_url: str | None = None
    crm_fallback_url: str | None = None
    crm_attributes: Any | None = None
    public_attributes: Any | None = None
    plugin_service_enabled: bool | None = None
    plugin_service_attributes: Any | None = None
    integrations: list[Any] | None = None
    outbound_call_flows: Any | None = None
    serverless_service_sids: list[str] | None = None
    queue_stats_configuration: Any | None = None
    notifications: Any | None = None
    markdown: Any | None = None
    url: str | None = None
    flex_insights_hr: Any | None = None
    flex_insights_drilldown: bool | None = None
    flex_url: str | None = None
    channel_configs: list[Any] | None = None
    debugger_integration: Any | None = None
    flex_ui_status_report: Any | None = None
    agent_conv_end_methods: Any | None = None
    citrix_voice_vdi: Any | None = None
    offline_config: Any | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ConfigurationContext.fetch
        update: ClassVar = ConfigurationContext.update

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..configuration import ConfigurationContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
