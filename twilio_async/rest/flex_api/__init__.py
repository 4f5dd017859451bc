# Generated from specs/flex_v1.yaml, specs/flex_v2.yaml by `make codegen`; do not edit.
"""The flex-api domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .v1 import V1
    from .v1.assessments import AssessmentsList
    from .v1.channel import ChannelList
    from .v1.configuration import ConfigurationList
    from .v1.flex_flow import FlexFlowList
    from .v1.insights_assessments_comment import InsightsAssessmentsCommentList
    from .v1.insights_conversations import InsightsConversationsList
    from .v1.insights_questionnaires import InsightsQuestionnairesList
    from .v1.insights_questionnaires_category import InsightsQuestionnairesCategoryList
    from .v1.insights_questionnaires_question import InsightsQuestionnairesQuestionList
    from .v1.insights_segments import InsightsSegmentsList
    from .v1.insights_session import InsightsSessionList
    from .v1.insights_settings_answer_sets import InsightsSettingsAnswerSetsList
    from .v1.insights_settings_comment import InsightsSettingsCommentList
    from .v1.insights_user_roles import InsightsUserRolesList
    from .v1.interaction import InteractionList
    from .v1.plugin_archive import PluginArchiveList
    from .v1.plugin_configuration_archive import PluginConfigurationArchiveList
    from .v1.plugin_configurations import PluginConfigurationList
    from .v1.plugin_releases import PluginReleaseList
    from .v1.plugins import PluginList
    from .v1.provisioning_status import ProvisioningStatusList
    from .v1.web_channel import WebChannelList
    from .v2 import V2
    from .v2.instances import InstancesList
    from .v2.web_channels import WebChannelsList


class FlexApi(Domain):
    """The ``flex-api.twilio.com`` domain."""

    @cached_property
    def v1(self) -> V1:
        """API version v1."""
        from .v1 import V1

        return V1(self._host)

    @cached_property
    def v2(self) -> V2:
        """API version v2."""
        from .v2 import V2

        return V2(self._host)

    @property
    def assessments(self) -> AssessmentsList:
        """``v1.assessments`` (twilio-python's domain-level name)."""
        return self.v1.assessments

    @property
    def channel(self) -> ChannelList:
        """``v1.channel`` (twilio-python's domain-level name)."""
        return self.v1.channel

    @property
    def configuration(self) -> ConfigurationList:
        """``v1.configuration`` (twilio-python's domain-level name)."""
        return self.v1.configuration

    @property
    def flex_flow(self) -> FlexFlowList:
        """``v1.flex_flow`` (twilio-python's domain-level name)."""
        return self.v1.flex_flow

    @property
    def insights_assessments_comment(self) -> InsightsAssessmentsCommentList:
        """``v1.insights_assessments_comment`` (twilio-python's domain-level name)."""
        return self.v1.insights_assessments_comment

    @property
    def insights_conversations(self) -> InsightsConversationsList:
        """``v1.insights_conversations`` (twilio-python's domain-level name)."""
        return self.v1.insights_conversations

    @property
    def insights_questionnaires(self) -> InsightsQuestionnairesList:
        """``v1.insights_questionnaires`` (twilio-python's domain-level name)."""
        return self.v1.insights_questionnaires

    @property
    def insights_questionnaires_category(self) -> InsightsQuestionnairesCategoryList:
        """``v1.insights_questionnaires_category`` (twilio-python's domain-level name)."""
        return self.v1.insights_questionnaires_category

    @property
    def insights_questionnaires_question(self) -> InsightsQuestionnairesQuestionList:
        """``v1.insights_questionnaires_question`` (twilio-python's domain-level name)."""
        return self.v1.insights_questionnaires_question

    @property
    def insights_segments(self) -> InsightsSegmentsList:
        """``v1.insights_segments`` (twilio-python's domain-level name)."""
        return self.v1.insights_segments

    @property
    def insights_session(self) -> InsightsSessionList:
        """``v1.insights_session`` (twilio-python's domain-level name)."""
        return self.v1.insights_session

    @property
    def insights_settings_answer_sets(self) -> InsightsSettingsAnswerSetsList:
        """``v1.insights_settings_answer_sets`` (twilio-python's domain-level name)."""
        return self.v1.insights_settings_answer_sets

    @property
    def insights_settings_comment(self) -> InsightsSettingsCommentList:
        """``v1.insights_settings_comment`` (twilio-python's domain-level name)."""
        return self.v1.insights_settings_comment

    @property
    def insights_user_roles(self) -> InsightsUserRolesList:
        """``v1.insights_user_roles`` (twilio-python's domain-level name)."""
        return self.v1.insights_user_roles

    @property
    def instances(self) -> InstancesList:
        """``v2.instances`` (twilio-python's domain-level name)."""
        return self.v2.instances

    @property
    def interaction(self) -> InteractionList:
        """``v1.interaction`` (twilio-python's domain-level name)."""
        return self.v1.interaction

    @property
    def plugin_archive(self) -> PluginArchiveList:
        """``v1.plugin_archive`` (twilio-python's domain-level name)."""
        return self.v1.plugin_archive

    @property
    def plugin_configuration_archive(self) -> PluginConfigurationArchiveList:
        """``v1.plugin_configuration_archive`` (twilio-python's domain-level name)."""
        return self.v1.plugin_configuration_archive

    @property
    def plugin_configurations(self) -> PluginConfigurationList:
        """``v1.plugin_configurations`` (twilio-python's domain-level name)."""
        return self.v1.plugin_configurations

    @property
    def plugin_releases(self) -> PluginReleaseList:
        """``v1.plugin_releases`` (twilio-python's domain-level name)."""
        return self.v1.plugin_releases

    @property
    def plugins(self) -> PluginList:
        """``v1.plugins`` (twilio-python's domain-level name)."""
        return self.v1.plugins

    @property
    def provisioning_status(self) -> ProvisioningStatusList:
        """``v1.provisioning_status`` (twilio-python's domain-level name)."""
        return self.v1.provisioning_status

    @property
    def web_channel(self) -> WebChannelList:
        """``v1.web_channel`` (twilio-python's domain-level name)."""
        return self.v1.web_channel

    @property
    def web_channels(self) -> WebChannelsList:
        """``v2.web_channels`` (twilio-python's domain-level name)."""
        return self.v2.web_channels
