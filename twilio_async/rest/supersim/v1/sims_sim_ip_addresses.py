# Generated from specs/supersim_v1.yaml by `make codegen`; do not edit.
"""SimIpAddress resources (``sims.sim_ip_addresses``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import ListArgs, ListResource, Models, Operation, PageArgs

if TYPE_CHECKING:
    from .types.sims_sim_ip_addresses import SimIpAddress

_TYPES = Models(__package__, ".types.sims_sim_ip_addresses")
_MODEL = _TYPES("SimIpAddress")
_LIST_PATH = "/v1/Sims/{0}/IpAddresses"
_LIST: Operation[SimIpAddress] = Operation(
    "sim_ip_addresses.list", "GET", _LIST_PATH, body="none", list_key="ip_addresses", model=_MODEL
)


class SimIpAddressList(ListResource):
    """SimIpAddress collection: ``/v1/Sims/{SimSid}/IpAddresses``."""

    __slots__ = ()
    list = _LIST.list_method(ListArgs)
    """List SimIpAddress resources: ``GET /v1/Sims/{SimSid}/IpAddresses``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream SimIpAddress resources: ``GET /v1/Sims/{SimSid}/IpAddresses``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of SimIpAddress resources: ``GET /v1/Sims/{SimSid}/IpAddresses``; ``next_page()`` moves on."""
