# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""Response models of flex-api v1, loaded on first access: ``from twilio_async.rest.flex_api.v1.types import Assessments``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .assessments import Assessments as Assessments
    from .channel import Channel as Channel
    from .configuration import Configuration as Configuration
    from .flex_flow import FlexFlow as FlexFlow
    from .insights_assessments_comment import (
        InsightsAssessmentsComment as InsightsAssessmentsComment,
    )
    from .insights_conversations import InsightsConversations as InsightsConversations
    from .insights_questionnaires import InsightsQuestionnaires as InsightsQuestionnaires
    from .insights_questionnaires_category import (
        InsightsQuestionnairesCategory as InsightsQuestionnairesCategory,
    )
    from .insights_questionnaires_question import (
        InsightsQuestionnairesQuestion as InsightsQuestionnairesQuestion,
    )
    from .insights_segments import InsightsSegments as InsightsSegments
    from .insights_session import InsightsSession as InsightsSession
    from .insights_settings_answer_sets import (
        InsightsSettingsAnswerSets as InsightsSettingsAnswerSets,
    )
    from .insights_settings_comment import InsightsSettingsComment as InsightsSettingsComment
    from .insights_user_roles import InsightsUserRoles as InsightsUserRoles
    from .interaction import Interaction as Interaction
    from .interaction_channels import InteractionChannel as InteractionChannel
    from .interaction_channels_invites import InteractionChannelInvite as InteractionChannelInvite
    from .interaction_channels_participants import (
        InteractionChannelParticipant as InteractionChannelParticipant,
    )
    from .interaction_channels_transfers import InteractionTransfer as InteractionTransfer
    from .plugin_archive import PluginArchive as PluginArchive
    from .plugin_configuration_archive import (
        PluginConfigurationArchive as PluginConfigurationArchive,
    )
    from .plugin_configurations import PluginConfiguration as PluginConfiguration
    from .plugin_configurations_plugins import ConfiguredPlugin as ConfiguredPlugin
    from .plugin_releases import PluginRelease as PluginRelease
    from .plugins import Plugin as Plugin
    from .plugins_plugin_versions import PluginVersions as PluginVersions
    from .plugins_plugin_versions_plugin_version_archive import (
        PluginVersionArchive as PluginVersionArchive,
    )
    from .provisioning_status import ProvisioningStatus as ProvisioningStatus
    from .web_channel import WebChannel as WebChannel

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "Assessments": ".assessments",
    "Channel": ".channel",
    "Configuration": ".configuration",
    "ConfiguredPlugin": ".plugin_configurations_plugins",
    "FlexFlow": ".flex_flow",
    "InsightsAssessmentsComment": ".insights_assessments_comment",
    "InsightsConversations": ".insights_conversations",
    "InsightsQuestionnaires": ".insights_questionnaires",
    "InsightsQuestionnairesCategory": ".insights_questionnaires_category",
    "InsightsQuestionnairesQuestion": ".insights_questionnaires_question",
    "InsightsSegments": ".insights_segments",
    "InsightsSession": ".insights_session",
    "InsightsSettingsAnswerSets": ".insights_settings_answer_sets",
    "InsightsSettingsComment": ".insights_settings_comment",
    "InsightsUserRoles": ".insights_user_roles",
    "Interaction": ".interaction",
    "InteractionChannel": ".interaction_channels",
    "InteractionChannelInvite": ".interaction_channels_invites",
    "InteractionChannelParticipant": ".interaction_channels_participants",
    "InteractionTransfer": ".interaction_channels_transfers",
    "Plugin": ".plugins",
    "PluginArchive": ".plugin_archive",
    "PluginConfiguration": ".plugin_configurations",
    "PluginConfigurationArchive": ".plugin_configuration_archive",
    "PluginRelease": ".plugin_releases",
    "PluginVersionArchive": ".plugins_plugin_versions_plugin_version_archive",
    "PluginVersions": ".plugins_plugin_versions",
    "ProvisioningStatus": ".provisioning_status",
    "WebChannel": ".web_channel",
}
__all__ = [
    "Assessments",
    "Channel",
    "Configuration",
    "ConfiguredPlugin",
    "FlexFlow",
    "InsightsAssessmentsComment",
    "InsightsConversations",
    "InsightsQuestionnaires",
    "InsightsQuestionnairesCategory",
    "InsightsQuestionnairesQuestion",
    "InsightsSegments",
    "InsightsSession",
    "InsightsSettingsAnswerSets",
    "InsightsSettingsComment",
    "InsightsUserRoles",
    "Interaction",
    "InteractionChannel",
    "InteractionChannelInvite",
    "InteractionChannelParticipant",
    "InteractionTransfer",
    "Plugin",
    "PluginArchive",
    "PluginConfiguration",
    "PluginConfigurationArchive",
    "PluginRelease",
    "PluginVersionArchive",
    "PluginVersions",
    "ProvisioningStatus",
    "WebChannel",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
