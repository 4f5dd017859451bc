"""Names that twilio-python has and the spelled-out tree does not: computed, never listed.

- *Domain forwards*: twilio-python's domains answer for their versions' top-level names
  (``client.api.accounts`` is ``client.api.v2010.accounts``, ``client.api.account`` is
  ``client.api.v2010.account``, ``client.api.messages`` is ``client.api.v2010.account.messages``).
  The newest version that has a name provides it. They are emitted as typed properties, so
  type checkers see them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .ir import ChildIR, DomainIR, Need, OperationIR, ResourceIR, VersionIR
    from .spec import OperationSpec, ResourceSpec, Spec

_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class Forward:
    """``<domain>.<attr>`` is ``<domain>.<version>.<attr>``, of type ``type_name``."""

    attr: str
    via: str  # what it is on the domain: ``v2010.accounts``, ``v2010.account.messages``
    type_name: str
    need: Need


def _newest_first(versions: list[VersionIR]) -> list[VersionIR]:
    def key(v: VersionIR) -> int:
        m = _DIGITS.search(v.version)
        return int(m.group()) if m else 0

    return sorted(versions, key=key, reverse=True)


def domain_forwards(d: DomainIR) -> list[Forward]:
    """The domain's forwards, by attribute name (a version's own name is never shadowed)."""
    from .ir import Need

    taken = {v.version for v in d.versions}
    out: dict[str, Forward] = {}
    for v in _newest_first(d.versions):
        account = v.account_resource
        if account is not None and account.context_class and "account" not in out:
            need = Need(f"{v.package}.{account.module}", account.context_class, typing=True)
            out["account"] = Forward("account", f"{v.version}.account", account.context_class, need)
        for root in v.roots:
            if root.attr not in taken and root.attr not in out:
                out[root.attr] = Forward(
                    root.attr, f"{v.version}.{root.attr}", root.list_class, root.list_need
                )
        scope = v.account_scope
        if scope is not None:  # the account's collections: ``api.messages``
            for child in scope.instance_children:
                if child.attr not in taken and child.attr not in out:
                    out[child.attr] = Forward(
                        child.attr,
                        f"{v.version}.account.{child.attr}",
                        child.list_class,
                        child.list_need,
                    )
    return sorted(out.values(), key=lambda f: f.attr)


#: twilio-python's spelling of a keyword whose plain name its generated classes reserve
#: (their resources hold ``self._version``, so a ``Version`` parameter is
#: ``resource_version``). Each is accepted as an alias of this SDK's keyword.
_TWILIO_PYTHON_RENAMES: dict[str, str] = {"version": "resource_version"}


def keyword_aliases(py: str, taken: set[str]) -> tuple[str, ...]:
    """Other accepted spellings of keyword ``py`` (none that another keyword has)."""
    alias = _TWILIO_PYTHON_RENAMES.get(py)
    return (alias,) if alias is not None and alias not in taken else ()


@dataclass(frozen=True)
class MountIR:
    """``<version>.<attr>(key, …)``: a nested resource twilio-python mounts on the version."""

    attr: str
    module: str
    list_class: str
    context_class: str
    keys: tuple[str, ...]
    package: str


_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


def version_mounts(spec: Spec, resources: list[ResourceIR]) -> list[MountIR]:
    """The version mounts of a spec: each resource whose spec sets ``version_mount``."""
    from .naming import py_identifier, snake

    out: list[MountIR] = []
    for r in resources:
        attr = spec.resources[r.id].version_mount
        if attr is None or r.context_class is None or r.instance_path is None:
            continue
        keys = tuple(py_identifier(snake(n)) for n in _PLACEHOLDER.findall(r.instance_path))
        out.append(MountIR(attr, r.module, r.list_class, r.context_class, keys, r.package))
    return out


@dataclass
class OpMountIR:
    """``parent.new_keys``: a list class offering only the operations mounted there."""

    attr: str
    class_name: str
    ops: list[OperationIR]
    #: ``ListResource``; or ``SingletonList[<Context>]`` when instance operations are
    #: mounted (twilio-python's ``new_challenge()`` is the resource's one instance).
    base: str = "ListResource"


def op_mount_class(res: ResourceSpec, mount: str) -> str:
    """The list class of ``mount`` for resource ``res`` (``KeyNewKeysList``)."""
    from .naming import pascal

    return f"{res.class_name}{pascal(mount)}List"


def _mountable(res: ResourceSpec) -> list[OperationSpec]:
    """Operations a mount can offer: list ones, and instance ones of a keyless resource
    (whose instance is addressed by its parent's keys alone)."""
    return [
        op for op in res.operations.values() if op.mount and (op.on == "list" or res.key is None)
    ]


def op_mount_attrs(res: ResourceSpec) -> list[str]:
    """The attributes a resource's operations are also mounted as (its own excluded)."""
    own = res.attr_name
    return sorted({str(op.mount) for op in _mountable(res)} - {own})


def op_mounts(
    res: ResourceSpec, ops: list[OperationIR], context_class: str | None
) -> list[OpMountIR]:
    """One class per mount, with the operations mounted there."""
    mountable = {op.verb for op in _mountable(res)}
    out: list[OpMountIR] = []
    for attr in op_mount_attrs(res):
        ops_here = [
            op for op in ops if op.verb in mountable and res.operations[op.verb].mount == attr
        ]
        on_instance = any(res.operations[op.verb].on == "instance" for op in ops_here)
        base = (
            f"SingletonList[{context_class}]" if on_instance and context_class else "ListResource"
        )
        out.append(OpMountIR(attr, op_mount_class(res, attr), ops_here, base))
    return out


def root_op_mounts(resources: list[ResourceIR], package: str) -> list[ChildIR]:
    """Mounts of top-level resources' operations, as version attributes of their own."""
    from .ir import ChildIR

    return [
        ChildIR(m.attr, r.module, m.class_name, package)
        for r in resources
        if "." not in r.id
        for m in r.op_mounts
    ]
