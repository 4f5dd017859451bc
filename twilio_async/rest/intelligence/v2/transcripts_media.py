# Generated from specs/intelligence_v2.yaml by `make codegen`; do not edit.
"""Media resources (``transcripts.media``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import QUERY, Args, InstanceContext, Models, Operation, P, SingletonList
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.transcripts_media import Media

_TYPES = Models(__package__, ".types.transcripts_media")
_MODEL = _TYPES("Media")
_INSTANCE_PATH = "/v2/Transcripts/{0}/Media"
_FETCH: Operation[Media] = Operation(
    "media.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(P("redacted", "Redacted", QUERY, "boolean"))


class MediaFetchArgs(Args):
    redacted: bool | NotGiven = NOT_GIVEN


class MediaContext(InstanceContext):
    """One Media: ``/v2/Transcripts/{Sid}/Media``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        MediaFetchArgs,
        """Fetch this Media: ``GET /v2/Transcripts/{Sid}/Media``.

    Parameters are sent in the query string unless noted.

    Args:
        redacted (bool): ``Redacted``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Media

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """Fetch this Media: ``GET /v2/Transcripts/{Sid}/Media``.

    Parameters are sent in the query string unless noted.

    Args:
        redacted (bool): ``Redacted``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Media

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """


class MediaList(SingletonList[MediaContext]):
    """Media collection."""

    __slots__ = ()
