# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""Form resources (``forms``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Args, InstanceContext, KeyedList, Models, Operation

if TYPE_CHECKING:
    from .types.forms import Form

_TYPES = Models(__package__, ".types.forms")
_MODEL = _TYPES("Form")
_INSTANCE_PATH = "/v2/Forms/{0}"
_FETCH: Operation[Form] = Operation("forms.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL)


class FormContext(InstanceContext):
    """One Form: ``/v2/Forms/{FormType}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Form: ``GET /v2/Forms/{FormType}``.

    The instance is addressed by ``{FormType}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Form

    Twilio docs: https://www.twilio.com/docs/verify
    """,
    )
    """Fetch this Form: ``GET /v2/Forms/{FormType}``.

    The instance is addressed by ``{FormType}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Form

    Twilio docs: https://www.twilio.com/docs/verify
    """


class FormList(KeyedList[FormContext]):
    """Form collection."""

    __slots__ = ()
    _key = ("FormType", "form_type", None)
