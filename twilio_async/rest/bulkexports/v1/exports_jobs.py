# Generated from specs/bulkexports_v1.yaml by `make codegen`; do not edit.
"""Job resources (``exports.jobs``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Args, InstanceContext, KeyedList, Models, Operation

if TYPE_CHECKING:
    from .types.exports_jobs import Job

_TYPES = Models(__package__, ".types.exports_jobs")
_MODEL = _TYPES("Job")
_INSTANCE_PATH = "/v1/Exports/Jobs/{0}"
_FETCH: Operation[Job] = Operation("jobs.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL)
_DELETE: Operation[None] = Operation("jobs.delete", "DELETE", _INSTANCE_PATH, body="none")


class JobContext(InstanceContext):
    """One Job: ``/v1/Exports/Jobs/{JobSid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Job: ``GET /v1/Exports/Jobs/{JobSid}``.

    The instance is addressed by ``{JobSid}``, matching ``^JS[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Job

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this Job: ``GET /v1/Exports/Jobs/{JobSid}``.

    The instance is addressed by ``{JobSid}``, matching ``^JS[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Job

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Job: ``DELETE /v1/Exports/Jobs/{JobSid}``.

    The instance is addressed by ``{JobSid}``, matching ``^JS[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Delete this Job: ``DELETE /v1/Exports/Jobs/{JobSid}``.

    The instance is addressed by ``{JobSid}``, matching ``^JS[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class JobList(KeyedList[JobContext]):
    """Job collection: ``/v1/Exports/Jobs``."""

    __slots__ = ()
    _key = ("JobSid", "job_sid", "^JS[0-9a-fA-F]{32}$")
