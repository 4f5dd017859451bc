"""Shared fixtures for the code generator tests: generated trees are built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen.__main__ import generate

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
FIXTURE_SPECS = FIXTURES / "specs"
REAL_SPECS = ROOT / "specs"


@pytest.fixture(scope="session")
def fixture_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture specs generated into a fresh directory (never the golden one)."""
    out = tmp_path_factory.mktemp("fixture-gen") / "rest"
    assert generate(FIXTURE_SPECS, out, check=False) == 0
    return out


@pytest.fixture(scope="session")
def real_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real specs (``specs/``) generated into a fresh directory."""
    out = tmp_path_factory.mktemp("real-gen") / "rest"
    assert generate(REAL_SPECS, out, check=False) == 0
    return out
