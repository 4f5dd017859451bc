# Generated from specs/serverless_v1.yaml by `make codegen`; do not edit.
"""Variable resources (``services.environments.variables``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.services_environments_variables import Variable

_TYPES = Models(__package__, ".types.services_environments_variables")
_MODEL = _TYPES("Variable")
_LIST_PATH = "/v1/Services/{0}/Environments/{1}/Variables"
_INSTANCE_PATH = "/v1/Services/{0}/Environments/{1}/Variables/{2}"
_CREATE: Operation[Variable] = Operation(
    "variables.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("key", "Key", FORM, "string", required=True),
    P("value", "Value", FORM, "string", required=True),
)
_LIST: Operation[Variable] = Operation(
    "variables.list", "GET", _LIST_PATH, body="none", list_key="variables", model=_MODEL
)
_FETCH: Operation[Variable] = Operation(
    "variables.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Variable] = Operation(
    "variables.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("key", "Key", FORM, "string"), P("value", "Value", FORM, "string"))
_DELETE: Operation[None] = Operation("variables.delete", "DELETE", _INSTANCE_PATH, body="none")


class VariableCreateArgs(Args):
    key: str
    value: str


class VariableUpdateArgs(Args):
    key: str | NotGiven = NOT_GIVEN
    value: str | NotGiven = NOT_GIVEN


class VariableContext(InstanceContext):
    """One Variable: ``/v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Variables/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Variable: ``GET /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Variables/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^ZV[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Variable

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """Fetch this Variable: ``GET /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Variables/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^ZV[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Variable

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    update = _UPDATE.call_method(
        VariableUpdateArgs,
        """Update this Variable: ``POST /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Variables/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^ZV[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        key (str): ``Key``; string; optional.
        value (str): ``Value``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Variable

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """Update this Variable: ``POST /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Variables/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^ZV[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        key (str): ``Key``; string; optional.
        value (str): ``Value``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Variable

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Variable: ``DELETE /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Variables/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^ZV[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """Delete this Variable: ``DELETE /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Variables/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^ZV[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/serverless
    """


class VariableList(KeyedList[VariableContext]):
    """Variable collection: ``/v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Variables``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^ZV[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        VariableCreateArgs,
        """Create a Variable: ``POST /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Variables``.

    Parameters are sent in the form body unless noted.

    Args:
        key (str): ``Key``; string; required.
        value (str): ``Value``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Variable

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """Create a Variable: ``POST /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Variables``.

    Parameters are sent in the form body unless noted.

    Args:
        key (str): ``Key``; string; required.
        value (str): ``Value``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Variable

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    list = _LIST.list_method(
        ListArgs,
        """List Variable resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Variables``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Variable]

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """List Variable resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Variables``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Variable]

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Variable resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Variables``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Variable.

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """Stream Variable resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Variables``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Variable.

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Variable resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Variables``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Variable]

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """One page of Variable resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Environments/{EnvironmentSid}/Variables``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Variable]

    Twilio docs: https://www.twilio.com/docs/serverless
    """
