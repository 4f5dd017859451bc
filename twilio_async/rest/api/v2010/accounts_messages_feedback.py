# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""MessageFeedback resources (``accounts.messages.feedback``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, ListResource, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import MessageFeedbackOutcome
    from .types.accounts_messages_feedback import MessageFeedback

_TYPES = Models(__package__, ".types.accounts_messages_feedback")
_MODEL = _TYPES("MessageFeedback")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Messages/{1}/Feedback.json"
_CREATE: Operation[MessageFeedback] = Operation(
    "feedback.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("outcome", "Outcome", FORM, "string"))


class MessageFeedbackCreateArgs(Args):
    outcome: MessageFeedbackOutcome | str | NotGiven = NOT_GIVEN


class MessageFeedbackList(ListResource):
    """MessageFeedback collection: ``/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Feedback.json``."""

    __slots__ = ()
    create = _CREATE.call_method(
        MessageFeedbackCreateArgs,
        """Create a MessageFeedback: ``POST /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Feedback.json``.

    Parameters are sent in the form body unless noted.

    Args:
        outcome (MessageFeedbackOutcome | str): ``Outcome``; enum:message_feedback_outcome; one of ``confirmed``, ``unconfirmed``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        MessageFeedback

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a MessageFeedback: ``POST /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Feedback.json``.

    Parameters are sent in the form body unless noted.

    Args:
        outcome (MessageFeedbackOutcome | str): ``Outcome``; enum:message_feedback_outcome; one of ``confirmed``, ``unconfirmed``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        MessageFeedback

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
