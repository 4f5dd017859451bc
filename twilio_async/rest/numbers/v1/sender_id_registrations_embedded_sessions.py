# Generated from specs/numbers_v1.yaml by `make codegen`; do not edit.
"""CreateEmbeddedSessionResponse resources (``sender_id_registrations.embedded_sessions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import JSON, Args, ListResource, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.sender_id_registrations_embedded_sessions import CreateEmbeddedSessionResponse

_TYPES = Models(__package__, ".types.sender_id_registrations_embedded_sessions")
_MODEL = _TYPES("CreateEmbeddedSessionResponse")
_LIST_PATH = "/v1/SenderIdRegistrations/{0}/EmbeddedSessions"
_CREATE: Operation[CreateEmbeddedSessionResponse] = Operation(
    "embedded_sessions.create", "POST", _LIST_PATH, body="json", model=_MODEL
).with_params(P("theme_set_id", "themeSetId", JSON, "string"))


class CreateEmbeddedSessionResponseCreateArgs(Args):
    theme_set_id: str | NotGiven = NOT_GIVEN


class CreateEmbeddedSessionResponseList(ListResource):
    """CreateEmbeddedSessionResponse collection: ``/v1/SenderIdRegistrations/{BundleSid}/EmbeddedSessions``."""

    __slots__ = ()
    create = _CREATE.call_method(
        CreateEmbeddedSessionResponseCreateArgs,
        """Create a CreateEmbeddedSessionResponse: ``POST /v1/SenderIdRegistrations/{BundleSid}/EmbeddedSessions``.

    Parameters are sent in the JSON body unless noted.

    Args:
        theme_set_id (str): ``themeSetId``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CreateEmbeddedSessionResponse

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Create a CreateEmbeddedSessionResponse: ``POST /v1/SenderIdRegistrations/{BundleSid}/EmbeddedSessions``.

    Parameters are sent in the JSON body unless noted.

    Args:
        theme_set_id (str): ``themeSetId``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CreateEmbeddedSessionResponse

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
