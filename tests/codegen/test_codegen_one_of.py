"""``one_of``: Twilio's ``x-twilio.conditional`` imported, validated, and emitted to the catalog."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from codegen import importer
from codegen.spec import SpecError, load_spec, read_yaml
from codegen.spec_catalog import spec_to_dict

HERE = Path(__file__).resolve().parent
FIXTURE = HERE / "fixtures" / "oai" / "twilio_mini_v2010.json"
MESSAGES = "/2010-04-01/Accounts/{AccountSid}/Messages.json"


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    oai: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8"))
    post = oai["paths"][MESSAGES]["post"]
    post["x-twilio"] = {"conditional": [["from", "body"], ["body", "no_such_param"]]}
    src = tmp_path_factory.mktemp("oai")
    (src / FIXTURE.name).write_text(json.dumps(oai), encoding="utf-8")
    out = tmp_path_factory.mktemp("specs")
    assert importer.main(["--oai-dir", str(src), "--out-dir", str(out), FIXTURE.name]) == 0
    return out / "mini_v2010.yaml"


def test_conditional_groups_become_one_of_with_wire_names(imported: Path) -> None:
    doc = read_yaml(imported)
    create = doc["resources"]["accounts.messages"]["operations"]["create"]
    assert create["one_of"] == [["From", "Body"]]  # the group naming no parameter is dropped
    assert "- [From, Body]" in imported.read_text(encoding="utf-8")


def test_one_of_reaches_the_catalog(imported: Path) -> None:
    catalog = spec_to_dict(load_spec(imported))
    ops = catalog["resources"]["accounts.messages"]["operations"]
    assert ops["create"]["one_of"] == [["From", "Body"]]
    assert "one_of" not in ops["list"]  # left out when empty


def test_one_of_must_name_parameters_of_the_operation(imported: Path, tmp_path: Path) -> None:
    text = imported.read_text(encoding="utf-8").replace("- [From, Body]", "- [From, Nope]")
    bad = tmp_path / "mini_v2010.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(SpecError, match="'Nope' is not a parameter of this operation"):
        load_spec(bad)
    bad.write_text(text.replace("- [From, Nope]", "- [From]"), encoding="utf-8")
    with pytest.raises(SpecError, match="at least two parameters"):
        load_spec(bad)
