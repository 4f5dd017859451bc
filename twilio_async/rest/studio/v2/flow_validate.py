# Generated from specs/studio_v2.yaml by `make codegen`; do not edit.
"""FlowValidate resources (``flow_validate``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import FORM, Args, ListResource, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import FlowValidateStatus
    from .types.flow_validate import FlowValidate

_TYPES = Models(__package__, ".types.flow_validate")
_MODEL = _TYPES("FlowValidate")
_LIST_PATH = "/v2/Flows/Validate"
_UPDATE: Operation[FlowValidate] = Operation(
    "flow_validate.update", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string", required=True),
    P("status", "Status", FORM, "string", required=True),
    P("definition", "Definition", FORM, "object", required=True),
    P("commit_message", "CommitMessage", FORM, "string"),
)


class FlowValidateUpdateArgs(Args):
    friendly_name: str
    status: FlowValidateStatus | str
    definition: Any
    commit_message: str | NotGiven = NOT_GIVEN


class FlowValidateList(ListResource):
    """FlowValidate collection: ``/v2/Flows/Validate``."""

    __slots__ = ()
    update = _UPDATE.call_method(
        FlowValidateUpdateArgs,
        """Update the FlowValidate: ``POST /v2/Flows/Validate``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        status (FlowValidateStatus | str): ``Status``; enum:flow_validate_status; one of ``draft``, ``published``; required.
        definition (Any): ``Definition``; object; required.
        commit_message (str): ``CommitMessage``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        FlowValidate

    Twilio docs: https://www.twilio.com/docs/studio
    """,
    )
    """Update the FlowValidate: ``POST /v2/Flows/Validate``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        status (FlowValidateStatus | str): ``Status``; enum:flow_validate_status; one of ``draft``, ``published``; required.
        definition (Any): ``Definition``; object; required.
        commit_message (str): ``CommitMessage``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        FlowValidate

    Twilio docs: https://www.twilio.com/docs/studio
    """
