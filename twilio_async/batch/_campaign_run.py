"""The parts of a campaign-mode run: journal, source and reconcile passes, wired together.

``BatchSender(..., journal="postgresql://…", campaign="NAME").run_campaign()`` builds
them here (so that asyncpg is only imported when a campaign is sent).
"""

from __future__ import annotations

import os
import secrets
import socket
from typing import Any

from ._budget import Budget
from ._campaign import CampaignSource
from ._campaign_journal import CampaignJournal
from ._campaign_reconcile import CampaignReconcile
from ._journal_url import from_url
from ._pg_journal import PostgresJournal
from ._reconcile import Reconciler


def worker_name() -> str:
    """A name no other worker has: host, process id and a random part."""
    host = socket.gethostname().split(".")[0][:40] or "host"
    return f"{host}-{os.getpid()}-{secrets.token_hex(4)}"


def campaign_parts(
    *,
    url: str,
    campaign: str,
    budget: Budget[Any],
    reconciler: Reconciler | None,
    resource: Any,
    grace: float,
    owner: str | None = None,
) -> tuple[CampaignJournal, CampaignSource]:
    """The journal (as the sender's ``Journal``) and the source of one campaign worker."""
    pg = from_url(url, campaign=campaign)
    if not isinstance(pg, PostgresJournal):  # the sender checked the URL already
        raise ValueError("journal: campaigns live in a PostgreSQL journal (postgresql://…)")
    name = owner or worker_name()
    reconcile = CampaignReconcile(
        pg, reconciler=reconciler, resource=resource, budget=budget, grace=grace
    )
    source = CampaignSource(pg, owner=name, batch=lambda: budget.limit, reconcile=reconcile)
    return CampaignJournal(pg, owner=name), source
