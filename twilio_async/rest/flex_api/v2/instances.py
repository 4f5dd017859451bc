# Generated from specs/flex_v2.yaml by `make codegen`; do not edit.
"""Instances resources (``instances``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Child, InstanceContext, KeyedList

if TYPE_CHECKING:
    from .instances_flex_user import FlexUserList


class InstancesContext(InstanceContext):
    """One Instances: ``/v2/Instances/{InstanceSid}``."""

    __slots__ = ()
    flex_user: Child[FlexUserList] = Child(".instances_flex_user", "FlexUserList")


class InstancesList(KeyedList[InstancesContext]):
    """Instances collection."""

    __slots__ = ()
    _key = ("InstanceSid", "instance_sid", None)
