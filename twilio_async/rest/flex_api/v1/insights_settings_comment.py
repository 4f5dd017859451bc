# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""InsightsSettingsComment resources (``insights_settings_comment``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import HEADER, Args, ListResource, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.insights_settings_comment import InsightsSettingsComment

_TYPES = Models(__package__, ".types.insights_settings_comment")
_MODEL = _TYPES("InsightsSettingsComment")
_LIST_PATH = "/v1/Insights/QualityManagement/Settings/CommentTags"
_FETCH: Operation[InsightsSettingsComment] = Operation(
    "insights_settings_comment.fetch", "GET", _LIST_PATH, body="none", model=_MODEL
).with_params(P("authorization", "Authorization", HEADER, "string"))


class InsightsSettingsCommentFetchArgs(Args):
    authorization: str | NotGiven = NOT_GIVEN


class InsightsSettingsCommentList(ListResource):
    """InsightsSettingsComment collection: ``/v1/Insights/QualityManagement/Settings/CommentTags``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        InsightsSettingsCommentFetchArgs,
        """Fetch the InsightsSettingsComment: ``GET /v1/Insights/QualityManagement/Settings/CommentTags``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InsightsSettingsComment

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """,
    )
    """Fetch the InsightsSettingsComment: ``GET /v1/Insights/QualityManagement/Settings/CommentTags``.

    Parameters are sent in the query string unless noted.

    Args:
        authorization (str): ``Authorization``; string; sent in an HTTP header; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        InsightsSettingsComment

    Twilio docs: https://www.twilio.com/docs/flex/developer
    """
