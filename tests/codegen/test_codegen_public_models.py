"""Public model imports: ``twilio_async.types`` and the per-version ``types`` packages."""

from __future__ import annotations

import subprocess
import sys
from types import SimpleNamespace
from typing import Any, cast

import pytest

from codegen.ir import ProjectIR
from codegen.public_models import Export, top_exports


def _fresh(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return result.stdout.strip()


def test_importing_types_imports_no_model() -> None:
    out = _fresh(
        "import sys, twilio_async.types as t\n"
        "print(len(t.__all__), sum('.types.' in m for m in sys.modules), 'pydantic' in sys.modules)"
    )
    count, loaded, pydantic = out.split()
    assert int(count) > 100
    assert (loaded, pydantic) == ("0", "False")


def test_a_name_loads_only_its_own_module() -> None:
    out = _fresh(
        "import sys\nfrom twilio_async.types import Message\n"
        "print(Message.__module__, sorted(m for m in sys.modules if '.types.' in m))"
    )
    assert out == (
        "twilio_async.rest.api.v2010.types.accounts_messages "
        "['twilio_async.rest.api.v2010.types.accounts_messages']"
    )


def test_public_names_are_the_generated_classes() -> None:
    import twilio_async.types as public
    from twilio_async.rest.api.v2008.types import SmsMessage as Sms2008
    from twilio_async.rest.api.v2010.types.accounts_calls import Call
    from twilio_async.rest.flex_api.v1 import types as flex

    assert public.Call is Call
    assert public.SmsMessage is Sms2008  # only API 2008 has it
    assert flex.Plugin is public.Plugin
    assert "Plugin" in dir(flex) and "Message" in dir(public)
    with pytest.raises(AttributeError, match="has no attribute 'Nope'"):
        _ = public.Nope
    with pytest.raises(AttributeError, match="has no attribute 'Nope'"):
        _ = flex.Nope


def test_every_version_model_is_exported_by_its_package() -> None:
    import importlib

    from twilio_async.rest._models_index import MODULES

    for name, package in MODULES.items():
        module = importlib.import_module(package, "twilio_async.rest")
        assert name in module.__all__
        assert getattr(module, name).__name__ == name


def _version(package: str, names: list[str], *, scope: bool = False) -> Any:
    domain, version = package.split(".")
    return SimpleNamespace(
        domain_attr=domain,
        version=version,
        package=f"twilio_async.rest.{package}",
        account_scope=object() if scope else None,
        resources=[SimpleNamespace(module=n.lower(), model_classes=[n]) for n in names],
    )


def test_collision_rule() -> None:
    api = _version("api.v2010", ["Message", "Service"], scope=True)
    chat = _version("chat.v2", ["Service", "Channel"])
    verify = _version("verify.v2", ["Service", "Channel", "Verification"])
    project = cast(
        ProjectIR,
        SimpleNamespace(
            domains=[
                SimpleNamespace(versions=[api]),
                SimpleNamespace(versions=[chat]),
                SimpleNamespace(versions=[verify]),
            ]
        ),
    )
    exports, ambiguous = top_exports(project)
    assert exports == [
        Export("Message", ".api.v2010.types"),
        Export("Service", ".api.v2010.types"),  # API 2010 wins a shared name
        Export("Verification", ".verify.v2.types"),  # used once: exported
    ]
    assert ambiguous == {  # shared, and no API 2010 among them: per-version only
        "Channel": ["twilio_async.rest.chat.v2.types", "twilio_async.rest.verify.v2.types"]
    }


def test_an_ambiguous_name_says_where_to_import_it_from(monkeypatch: pytest.MonkeyPatch) -> None:
    import twilio_async.types as public
    from twilio_async.rest import _models_index

    monkeypatch.setitem(_models_index.AMBIGUOUS, "Widget", ("twilio_async.rest.chat.v2.types",))
    with pytest.raises(AttributeError, match=r"several API versions.*chat\.v2\.types"):
        _ = public.Widget
