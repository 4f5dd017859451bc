"""The TwiML spec is compiled by the same codegen: freshness, validation, and a new verb."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.__main__ import generate
from codegen.spec import SpecError
from codegen.twiml import build_twiml, generate_twiml, load_twiml, render_twiml

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "specs" / "twiml.yaml"
GENERATED = ROOT / "twilio_async" / "twiml" / "_generated.py"
FIXTURE_SPECS = ROOT / "tests" / "codegen" / "fixtures" / "specs"


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return loaded


def test_generated_module_is_up_to_date() -> None:
    code, message = generate_twiml(SPEC, GENERATED, check=True, spec_label="specs/twiml.yaml")
    assert code == 0, message


def test_check_notices_an_edited_module(tmp_path: Path) -> None:
    edited = tmp_path / "_generated.py"
    edited.write_text(GENERATED.read_text(encoding="utf-8").replace('"Say"', '"Speak"'))
    code, message = generate_twiml(SPEC, edited, check=True, spec_label="specs/twiml.yaml")
    assert code == 1
    assert "stale" in message
    code, _ = generate_twiml(SPEC, edited, check=False, spec_label="specs/twiml.yaml")
    assert code == 0
    assert edited.read_bytes() == GENERATED.read_bytes()


def test_python_m_codegen_compiles_twiml_and_never_reads_it_as_a_rest_spec(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    shutil.copytree(FIXTURE_SPECS, specs)
    shutil.copy(SPEC, specs / "twiml.yaml")
    rest, twiml = tmp_path / "rest", tmp_path / "twiml.py"
    assert generate(specs, rest, check=False, twiml_out=twiml) == 0
    assert twiml.read_bytes() == GENERATED.read_bytes()
    assert not any("twiml" in p.name for p in rest.rglob("*"))
    assert generate(specs, rest, check=True, twiml_out=twiml) == 0
    twiml.write_text("# edited\n")
    assert generate(specs, rest, check=True, twiml_out=twiml) == 1
    # Without twiml_out (how the codegen tests call it), the TwiML spec is simply skipped.
    assert generate(specs, tmp_path / "rest2", check=False) == 0


def test_adding_a_verb_is_a_spec_change(raw: dict[str, Any]) -> None:
    spec = copy.deepcopy(raw)
    spec["elements"]["Echo"] = {"doc": "Echo the caller's audio back.", "attributes": {}}
    spec["elements"]["Sms"] = {
        "text": "required",
        "attributes": {"to": "string", "statusCallback": "uri", "from": "string"},
    }
    spec["documents"]["VoiceResponse"]["children"] += ["Echo", "Sms"]
    source = render_twiml(build_twiml(spec, "twiml.yaml"), "specs/twiml.yaml")
    source = source.replace("from ._base import", "from twilio_async.twiml._base import")
    namespace: dict[str, Any] = {}
    exec(compile(source, "<generated twiml>", "exec"), namespace)
    response = namespace["VoiceResponse"]()
    response.echo()
    response.sms("Hi", to="+1", status_callback="/s", from_="+2")
    assert response.to_xml() == (
        '<Response><Echo/><Sms to="+1" statusCallback="/s" from="+2">Hi</Sms></Response>'
    )


def _problems(spec: dict[str, Any]) -> list[str]:
    with pytest.raises(SpecError) as err:
        build_twiml(spec, "twiml.yaml")
    return [str(p) for p in err.value.problems]


def test_spec_problems_name_file_element_and_field(raw: dict[str, Any]) -> None:
    spec = copy.deepcopy(raw)
    spec["elements"]["Say"]["attributes"]["loop"] = "integr"
    spec["elements"]["Say"]["attributes"]["text"] = "string"
    spec["elements"]["Dial"]["children"].append("Nope")
    spec["elements"]["Gather"]["tag"] = "Bad Tag"
    spec["elements"]["Play"]["text"] = "sometimes"
    spec["elements"]["Orphan"] = {"doc": "contained by nothing"}
    spec["elements"]["Pause"]["colour"] = "red"
    spec["elements"]["Reject"]["attributes"]["reason"] = {"type": "enum"}
    problems = _problems(spec)
    expected = [
        "twiml.yaml:Say:attributes.loop: unknown type 'integr'",
        "twiml.yaml:Say:attributes.text: python name 'text' is reserved",
        "twiml.yaml:Dial:children: unknown element 'Nope'",
        "twiml.yaml:Gather:tag: 'Bad Tag' is not an XML element name",
        "twiml.yaml:Play:text: must be one of none, optional, required",
        "twiml.yaml:Orphan: no document or element may contain it",
        "twiml.yaml:Pause:colour: unknown key",
        "twiml.yaml:Reject:attributes.reason: an enum lists its documented values",
    ]
    for want in expected:
        assert any(p.startswith(want) for p in problems), (want, problems)
    assert len(problems) == len(expected)


def test_two_children_built_by_the_same_method_are_refused(raw: dict[str, Any]) -> None:
    spec = copy.deepcopy(raw)
    spec["elements"]["Dial"]["children"].append("ReferSip")  # tag Sip, like Sip: both .sip()
    problems = _problems(spec)
    assert len(problems) == 1
    assert "Dial:children: ReferSip and Sip would both be built by .sip()" in problems[0]


def test_format_version_and_top_level(raw: dict[str, Any]) -> None:
    spec = copy.deepcopy(raw)
    spec["twiml"] = 2
    spec["verbs"] = {}
    problems = _problems(spec)
    assert "twiml.yaml:twiml: must be 1 (the format version)" in problems
    assert "twiml.yaml:verbs: unknown top-level key" in problems


def test_loader_reads_the_real_spec() -> None:
    ir = load_twiml(SPEC)
    names = {e.name for e in ir.every}
    assert {"VoiceResponse", "MessagingResponse", "Say", "Dial", "Message"} <= names
    gather = ir.element("Gather")
    assert [c for c in gather.children] == ["Say", "Play", "Pause"]
    finish = next(a for a in gather.attributes if a.wire == "finishOnKey")
    assert (finish.python, finish.type) == ("finish_on_key", "string")
    message = ir.element("Message")
    assert next(a for a in message.attributes if a.wire == "from").python == "from_"
