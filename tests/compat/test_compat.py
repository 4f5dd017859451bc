"""Every chain, verb and keyword of twilio-python 9.13 exists here, or is listed with a reason.

A twilio-python domain version is checked when ``specs/`` has a spec for its host and
version path, so each spec added is held to twilio-python's names from then on.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.compat import _theirs
from tests.compat._compare import (
    SPECS,
    Comparison,
    Tolerated,
    _prefixes,
    load_tolerated,
    spec_keys_of,
)
from tests.compat._theirs import surface


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return Comparison()


def test_nothing_is_missing(comparison: Comparison) -> None:
    missing = [f"{i.kind}: {i.spelled}" for i in comparison.first_missing()]
    assert not missing, (
        f"{len(missing)} twilio-python names do not work here (fix them, or list each in "
        "tests/compat/tolerated.yaml with its reason):\n  " + "\n  ".join(missing)
    )


def test_no_tolerated_entry_is_stale(comparison: Comparison) -> None:
    assert not comparison.unused(), f"stale entries in tolerated.yaml: {comparison.unused()}"


#: Specs with no twilio-python counterpart, each with its reason.
_NOT_IN_TWILIO_PYTHON = {
    "api_v2008.yaml": "the 2008-08-01 API predates twilio-python's generated clients",
    "assistants_v1.yaml": "twilio-python 9.13 has no assistants domain",
    "monitor_v2.yaml": "twilio-python 9.13 has monitor v1 only",
}


def test_every_spec_in_specs_is_checked(comparison: Comparison) -> None:
    # Each REST spec serves a host/version path twilio-python has: none is silently unchecked.
    theirs = set(_theirs.hosts().values())
    unchecked = []
    for file in sorted(SPECS.glob("*.yaml")):
        keys = spec_keys_of(file)
        if keys and not keys & theirs and file.name not in _NOT_IN_TWILIO_PYTHON:
            unchecked.append(f"{file.name}: {sorted(keys)}")
    assert not unchecked, f"specs no twilio-python version matches: {unchecked}"
    assert {("api", "v2010"), ("flex_api", "v1")} <= comparison.expected


def test_the_walk_reaches_deep_chains_and_their_keywords() -> None:
    spelled = {c.spelled(): c for c in surface()}
    chain = spelled["client.api.v2010.accounts(…).messages"]
    create = next(v for v in chain.verbs if v.name == "create")
    assert {"to", "from_", "body", "media_url"} <= set(create.keywords)
    assert "client.flex_api.v1.plugins(…).plugin_versions(…)" in spelled
    # ``create_async`` is folded into ``create`` (every call is a coroutine here).
    assert not any(v.name.endswith("_async") for c in surface() for v in c.verbs)


def test_a_missing_keyword_is_reported(comparison: Comparison) -> None:
    # The comparison is not vacuous: a keyword this SDK lacks is found missing when
    # the tolerated list does not cover it.
    drift = next(k for k in comparison.tolerated.items if k.endswith("(message_intent=)"))
    bare = Tolerated(
        {k: r for k, r in comparison.tolerated.items.items() if k != drift},
        comparison.tolerated.verbs,
        comparison.tolerated.versions,
    )
    assert drift in {i.spelled for i in Comparison(bare).missing()}


def test_a_version_without_spec_is_not_checked(tmp_path: Path) -> None:
    # With only flex's spec, api items are "no spec", not missing.
    root = Path(__file__).resolve().parents[2] / "specs"
    (tmp_path / "flex_v1.yaml").write_text((root / "flex_v1.yaml").read_text())
    c = Comparison(specs=tmp_path)
    api = [i for i in c.items if i.domain == "api"]
    assert api and all(i.status == "no spec" for i in api)


def test_prefixes_walk_up_the_chain() -> None:
    assert _prefixes("client.a(…).b.create(x=)") == [
        "client.a(…).b.create(x=)",
        "client.a(…).b.create",
        "client.a(…).b",
        "client.a(…)",
        "client.a",
    ]


def test_entries_are_checked(tmp_path: Path) -> None:
    bad = tmp_path / "t.yaml"
    bad.write_text("- item: client.api.v2010.*\n  reason: everything\n")
    with pytest.raises(ValueError, match="no wildcards"):
        load_tolerated(bad)
    bad.write_text("- item: client.api\n")
    with pytest.raises(ValueError, match="a reason"):
        load_tolerated(bad)


def test_with_http_info_verbs_are_present_because_the_classes_declare_them(
    comparison: Comparison,
) -> None:
    """No verb entry tolerates them: each is found on the class, with its verb's keywords."""
    assert not any(v.endswith("_with_http_info") for v in comparison.tolerated.verbs)
    status = {i.spelled: i.status for i in comparison.items}
    create = "client.api.v2010.accounts(…).messages.create"
    assert status[f"{create}_with_http_info"] == "present"
    assert status[f"{create}_with_http_info(body=)"] == "present"
    assert status[f"{create}_with_http_info(message_intent=)"] == "tolerated"  # as create's
    assert status[f"{create}(message_intent=)"] == "tolerated"
    present = [i for i in comparison.items if i.kind == "verbs" and i.status == "present"]
    assert sum(i.spelled.endswith("_with_http_info") for i in present) > 1900
