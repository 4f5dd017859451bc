# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""Sms resources (``accounts.sms``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Child, ListResource

if TYPE_CHECKING:
    from .accounts_sms_messages import SmsMessageList


class SmsList(ListResource):
    """Sms collection: ``/2008-08-01/Accounts/{AccountSid}/SMS``."""

    __slots__ = ()
    messages: Child[SmsMessageList] = Child(".accounts_sms_messages", "SmsMessageList")
