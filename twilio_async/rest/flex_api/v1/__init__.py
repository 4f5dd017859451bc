# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""flex-api v1: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Mount, Root

if TYPE_CHECKING:
    from .assessments import AssessmentsList
    from .channel import ChannelList
    from .configuration import ConfigurationList
    from .flex_flow import FlexFlowList
    from .insights_assessments_comment import InsightsAssessmentsCommentList
    from .insights_conversations import InsightsConversationsList
    from .insights_questionnaires import InsightsQuestionnairesList
    from .insights_questionnaires_category import InsightsQuestionnairesCategoryList
    from .insights_questionnaires_question import InsightsQuestionnairesQuestionList
    from .insights_segments import InsightsSegmentsList
    from .insights_session import InsightsSessionList
    from .insights_settings_answer_sets import InsightsSettingsAnswerSetsList
    from .insights_settings_comment import InsightsSettingsCommentList
    from .insights_user_roles import InsightsUserRolesList
    from .interaction import InteractionList
    from .plugin_archive import PluginArchiveList
    from .plugin_configuration_archive import PluginConfigurationArchiveList
    from .plugin_configurations import PluginConfigurationList
    from .plugin_releases import PluginReleaseList
    from .plugins import PluginList
    from .plugins_plugin_versions_plugin_version_archive import PluginVersionArchiveContext
    from .provisioning_status import ProvisioningStatusList
    from .web_channel import WebChannelList


class V1(Version):
    """``flex-api`` v1 (json-v1)."""

    domain = "flex-api"
    dialect_name = "json-v1"
    assessments: Root[AssessmentsList] = Root(".assessments", "AssessmentsList")
    channel: Root[ChannelList] = Root(".channel", "ChannelList")
    configuration: Root[ConfigurationList] = Root(".configuration", "ConfigurationList")
    flex_flow: Root[FlexFlowList] = Root(".flex_flow", "FlexFlowList")
    insights_assessments_comment: Root[InsightsAssessmentsCommentList] = Root(
        ".insights_assessments_comment", "InsightsAssessmentsCommentList"
    )
    insights_conversations: Root[InsightsConversationsList] = Root(
        ".insights_conversations", "InsightsConversationsList"
    )
    insights_questionnaires: Root[InsightsQuestionnairesList] = Root(
        ".insights_questionnaires", "InsightsQuestionnairesList"
    )
    insights_questionnaires_category: Root[InsightsQuestionnairesCategoryList] = Root(
        ".insights_questionnaires_category", "InsightsQuestionnairesCategoryList"
    )
    insights_questionnaires_question: Root[InsightsQuestionnairesQuestionList] = Root(
        ".insights_questionnaires_question", "InsightsQuestionnairesQuestionList"
    )
    insights_segments: Root[InsightsSegmentsList] = Root(
        ".insights_segments", "InsightsSegmentsList"
    )
    insights_session: Root[InsightsSessionList] = Root(".insights_session", "InsightsSessionList")
    insights_settings_answer_sets: Root[InsightsSettingsAnswerSetsList] = Root(
        ".insights_settings_answer_sets", "InsightsSettingsAnswerSetsList"
    )
    insights_settings_comment: Root[InsightsSettingsCommentList] = Root(
        ".insights_settings_comment", "InsightsSettingsCommentList"
    )
    insights_user_roles: Root[InsightsUserRolesList] = Root(
        ".insights_user_roles", "InsightsUserRolesList"
    )
    interaction: Root[InteractionList] = Root(".interaction", "InteractionList")
    plugin_archive: Root[PluginArchiveList] = Root(".plugin_archive", "PluginArchiveList")
    plugin_configuration_archive: Root[PluginConfigurationArchiveList] = Root(
        ".plugin_configuration_archive", "PluginConfigurationArchiveList"
    )
    plugin_configurations: Root[PluginConfigurationList] = Root(
        ".plugin_configurations", "PluginConfigurationList"
    )
    plugin_releases: Root[PluginReleaseList] = Root(".plugin_releases", "PluginReleaseList")
    plugins: Root[PluginList] = Root(".plugins", "PluginList")
    provisioning_status: Root[ProvisioningStatusList] = Root(
        ".provisioning_status", "ProvisioningStatusList"
    )
    web_channel: Root[WebChannelList] = Root(".web_channel", "WebChannelList")
    plugin_version_archive: Mount[PluginVersionArchiveContext] = Mount(
        ".plugins_plugin_versions_plugin_version_archive",
        "PluginVersionArchiveList",
        ("plugin_sid", "sid"),
    )
