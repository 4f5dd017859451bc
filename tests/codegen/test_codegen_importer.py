"""The OpenAPI importer, on a small hand-made Twilio-shaped fixture (no ../shared needed)."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from codegen import importer, scalars
from codegen.importer import operations, tree
from codegen.ir import build_project
from codegen.render import Renderer
from codegen.spec import attachment, load_spec, read_yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OAI_DIR = HERE / "fixtures" / "oai"
OAI_FILE = "twilio_mini_v2010.json"
OUT_NAME = "mini_v2010.yaml"


def run_import(out_dir: Path, *files: str, oai_dir: Path = OAI_DIR) -> int:
    return importer.main(["--oai-dir", str(oai_dir), "--out-dir", str(out_dir), *files])


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("imported")
    assert run_import(out, OAI_FILE) == 0
    return out / OUT_NAME


@pytest.fixture(scope="module")
def doc(imported: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = read_yaml(imported)
    return loaded


def params(doc: dict[str, Any], rid: str, verb: str) -> list[dict[str, Any]]:
    op = doc["resources"][rid]["operations"][verb]
    return list(op.get("params") or [])


def test_header_and_top_level(imported: Path, doc: dict[str, Any]) -> None:
    text = imported.read_text()
    assert text.startswith("# Imported by `python -m codegen import` from twilio_mini_v2010.json")
    assert "x-hand: true" in text.splitlines()[1]
    assert {k: doc[k] for k in ("spec", "domain", "version", "dialect", "account_scope")} == {
        "spec": 1,
        "domain": "api",
        "version": "v2010",
        "dialect": "json-2010",
        "account_scope": "accounts",
    }


def test_no_descriptions_are_imported(imported: Path) -> None:
    text = imported.read_text()
    assert "description" not in text and "The resource was deleted" not in text
    assert "defaultOutputProperties" not in text


def test_resources_ids_and_classes(doc: dict[str, Any]) -> None:
    classes = {rid: res["class"] for rid, res in doc["resources"].items()}
    assert classes == {
        "accounts": "Account",
        "accounts.balance": "Balance",
        "accounts.incoming_phone_numbers": "IncomingPhoneNumber",
        # x-twilio className wins over the schema name
        "accounts.incoming_phone_numbers.local": "IncomingPhoneNumberLocal",
        "accounts.messages": "Message",
        # x-twilio mountName gives the id
        "accounts.messages.feedback_entries": "MessageFeedback",
    }
    assert list(doc["resources"]) == sorted(doc["resources"])


def test_paths_keys_and_list_keys(doc: dict[str, Any]) -> None:
    res = doc["resources"]
    accounts = res["accounts"]
    assert accounts["list_path"] == "/2010-04-01/Accounts.json"
    assert accounts["instance_path"] == "/2010-04-01/Accounts/{Sid}.json"
    assert accounts["key"] == {"param": "Sid", "field": "sid", "pattern": "^AC[0-9a-fA-F]{32}$"}
    assert accounts["list_key"] == "accounts"
    messages = res["accounts.messages"]
    assert messages["key"] == {
        "param": "Sid",
        "field": "sid",
        "pattern": "^(SM|MM)[0-9a-fA-F]{32}$",
    }
    assert messages["list_key"] == "messages"
    local = res["accounts.incoming_phone_numbers.local"]
    assert local["list_key"] == "incoming_phone_numbers"
    assert "key" not in local and "instance_path" not in local
    balance = res["accounts.balance"]
    assert "list_key" not in balance and "key" not in balance  # no list operation, singleton
    assert "list_key" not in res["accounts.messages.feedback_entries"]


def test_field_types(doc: dict[str, Any]) -> None:
    fields = doc["resources"]["accounts.messages"]["fields"]
    assert fields == {
        "sid": "string",
        "account_sid": "string",
        "from": "phone-number",
        "to": "string",
        "body": "string",
        "status": "enum:message_status",
        "num_segments": "integer",  # a numeric string on the wire
        "price": "number",  # likewise
        "date_sent": "datetime-rfc2822",
        "subresource_uris": "uri-map",
    }
    numbers = doc["resources"]["accounts.incoming_phone_numbers"]["fields"]
    assert numbers["capabilities"] == "object" and numbers["sms_enabled"] == "boolean"
    assert doc["resources"]["accounts.balance"]["fields"]["currency"] == "currency"


def test_enums_from_refs(doc: dict[str, Any]) -> None:
    assert doc["enums"] == {
        "account_status": ["active", "suspended", "closed"],
        "message_feedback_outcome": ["confirmed", "unconfirmed"],
        "message_status": ["queued", "sent", "delivered", "failed"],
    }
    assert {"name": "Status", "type": "enum:account_status"} in params(doc, "accounts", "list")


def test_params_exclude_path_and_paging_params(doc: dict[str, Any]) -> None:
    listing = params(doc, "accounts.messages", "list")
    assert listing == [
        {"name": "To", "type": "phone-number"},
        {"name": "DateSent", "type": "datetime"},
        {"name": "DateSent<", "type": "datetime"},
        {"name": "DateSent>", "type": "datetime"},
    ]
    everything = [
        p["name"]
        for res in doc["resources"].values()
        for op in res["operations"].values()
        for p in op.get("params") or []
    ]
    assert not {"AccountSid", "Sid", "MessageSid", "PageSize", "Page", "PageToken"} & set(
        everything
    )
    assert params(doc, "accounts.messages", "fetch") == []


def test_form_header_and_json_params(doc: dict[str, Any]) -> None:
    create = params(doc, "accounts.messages", "create")
    assert create[0] == {"name": "X-Twilio-Webhook-Enabled", "type": "boolean", "in": "header"}
    assert {"name": "To", "type": "phone-number", "required": True} in create
    assert {"name": "MediaUrl", "type": "list<uri>"} in create
    assert {"name": "StatusCallbackMethod", "type": "http-method"} in create
    assert all("in" not in p for p in create[1:])  # form is the POST default
    feedback = doc["resources"]["accounts.messages.feedback_entries"]["operations"]["create"]
    assert feedback["body"] == "json"
    assert feedback["status"] == 202
    assert feedback["params"] == [
        {
            "name": "Outcome",
            "type": "enum:message_feedback_outcome",
            "required": True,
            "in": "json",
        },
        {"name": "Metadata", "type": "object", "in": "json"},
    ]


def test_operations_and_off_path_verbs(doc: dict[str, Any]) -> None:
    ops = {rid: list(res["operations"]) for rid, res in doc["resources"].items()}
    assert ops["accounts"] == ["create", "list", "fetch", "update"]
    assert ops["accounts.messages"] == ["create", "list", "fetch", "update", "delete"]
    assert ops["accounts.incoming_phone_numbers"] == ["list", "fetch", "delete"]
    balance = doc["resources"]["accounts.balance"]["operations"]["fetch"]
    assert balance == {"on": "list"}
    for rid, res in doc["resources"].items():
        for verb, op in res["operations"].items():
            if rid != "accounts.balance":
                assert "on" not in op and "method" not in op, (rid, verb)


def test_imported_spec_is_valid_and_generates_code(imported: Path) -> None:
    spec = load_spec(imported)
    res = spec.resources
    assert (
        attachment(
            res["accounts.incoming_phone_numbers"], res["accounts.incoming_phone_numbers.local"]
        )
        == "list"
    )
    assert attachment(res["accounts"], res["accounts.messages"]) == "instance"
    files = Renderer().render(build_project([spec]))
    for name, text in files.items():
        if name.endswith(".py"):
            compile(text, name, "exec")
    messages = files["api/v2010/accounts_messages.py"]
    assert 'P("date_sent_before", "DateSent<", QUERY, "datetime")' in messages
    assert (
        'P("x_twilio_webhook_enabled", "X-Twilio-Webhook-Enabled", HEADER, "boolean")' in messages
    )


def test_import_is_deterministic(imported: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "codegen",
            "import",
            "--oai-dir",
            str(OAI_DIR),
            "--out-dir",
            str(tmp_path),
            OAI_FILE,
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONHASHSEED": "4242"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert f"wrote {tmp_path / OUT_NAME}" in result.stdout
    assert (tmp_path / OUT_NAME).read_bytes() == imported.read_bytes()
    # and a re-import over its own output changes nothing
    assert run_import(tmp_path, OAI_FILE) == 0
    assert (tmp_path / OUT_NAME).read_bytes() == imported.read_bytes()


HAND_EDITS = {
    # a whole resource, with an unquoted `on: list` (YAML 1.2 loading keeps the key); the
    # imported block it replaces becomes a stray resource that is neither marked nor imported
    "accounts.balance": (
        "  accounts.balance:\n",
        """\
  accounts.balance:
    x-hand: true
    class: Balance
    list_path: /2010-04-01/Accounts/{AccountSid}/Balance.json
    fields:
      balance: number
      currency: currency
    operations:
      fetch: {on: list}

  accounts.balance_old:
""",
    ),
    # a namespace the OpenAPI does not describe
    "accounts.sip": (
        "  accounts.messages:\n",
        """\
  accounts.sip:
    x-hand: true
    class: Sip
    list_path: /2010-04-01/Accounts/{AccountSid}/SIP.json

  accounts.messages:
""",
    ),
    # one operation
    "accounts.messages.update": (
        "      update:\n        params:\n          - {name: Body, type: string}\n"
        "          - {name: Status, type: 'enum:message_status'}\n",
        "      update:\n        x-hand: true\n        params:\n"
        "          - {name: Body, type: string, required: true}\n",
    ),
    # one parameter
    "accounts.list.FriendlyName": (
        "      list:\n        params:\n          - {name: FriendlyName, type: string}\n",
        "      list:\n        params:\n"
        "          - {name: FriendlyName, type: string, python: name, x-hand: true}\n",
    ),
    # not marked: the import overwrites it
    "unmarked": ("      body: string\n", "      body: uri\n"),
}


def test_hand_edits_survive_a_reimport(
    imported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = imported.read_text()
    for name, (old, new) in HAND_EDITS.items():
        assert text.count(old) == 1, name
        text = text.replace(old, new)
    out = tmp_path / OUT_NAME
    out.write_text(text)
    capsys.readouterr()
    assert run_import(tmp_path, OAI_FILE) == 0
    printed = capsys.readouterr().out
    doc: dict[str, Any] = read_yaml(out)
    res = doc["resources"]

    assert res["accounts.balance"]["x-hand"] is True
    assert res["accounts.balance"]["fields"] == {"balance": "number", "currency": "currency"}
    assert res["accounts.balance"]["operations"]["fetch"] == {"on": "list"}
    assert "accounts.balance_old" not in res  # unmarked and not imported: dropped
    assert res["accounts.sip"] == {
        "x-hand": True,
        "class": "Sip",
        "list_path": "/2010-04-01/Accounts/{AccountSid}/SIP.json",
    }
    update = res["accounts.messages"]["operations"]["update"]
    assert update["x-hand"] is True
    # the whole operation is the hand-written one: the imported Status param is not re-added
    assert update["params"] == [{"name": "Body", "type": "string", "required": True}]
    listing = params(doc, "accounts", "list")
    assert listing[0] == {
        "name": "FriendlyName",
        "type": "string",
        "python": "name",
        "x-hand": True,
    }
    assert listing[1] == {"name": "Status", "type": "enum:account_status"}
    # the unmarked edit was re-imported
    assert res["accounts.messages"]["fields"]["body"] == "string"

    assert "kept hand edit: resource accounts.balance: replaces the imported one" in printed
    assert "kept hand edit: resource accounts.sip: kept (not imported)" in printed
    assert "kept hand edit: operation accounts.messages.update" in printed
    assert "kept hand edit: param accounts.list.FriendlyName" in printed

    # the result is still a valid spec, and importing again is a fixed point
    load_spec(out)
    first = out.read_bytes()
    assert run_import(tmp_path, OAI_FILE) == 0
    assert out.read_bytes() == first


def test_unknown_parent_fails_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    oai = json.loads((OAI_DIR / OAI_FILE).read_text())
    oai["paths"]["/2010-04-01/Accounts/{AccountSid}/Balance.json"]["x-twilio"]["parent"] = (
        "/Accounts/{Sid}/Wallets.json"
    )
    src = tmp_path / "oai"
    src.mkdir()
    (src / OAI_FILE).write_text(json.dumps(oai))
    out = tmp_path / "out"
    assert run_import(out, OAI_FILE, oai_dir=src) == 1
    err = capsys.readouterr().err
    assert f"{OUT_NAME}: import failed" in err
    assert "unknown parent '/Accounts/{Sid}/Wallets.json'" in err
    assert not out.exists()


def test_missing_input_file_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_import(tmp_path / "out", "twilio_nothing_v1.json") == 1
    assert "nothing_v1.yaml: import failed" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_file_arguments_and_target_names(tmp_path: Path) -> None:
    assert [importer.target_name(source) for source, _ in importer.TARGETS] == [
        target for _, target in importer.TARGETS
    ]
    assert importer.target_name("some/dir/twilio_flex_v1.json") == "flex_v1.yaml"
    assert importer.target_name("custom.json") == "custom.yaml"
    # a path with a directory part is used as is, whatever --oai-dir says
    out = tmp_path / "out"
    assert run_import(out, str(OAI_DIR / OAI_FILE), oai_dir=tmp_path / "elsewhere") == 0
    assert [p.name for p in out.iterdir()] == [OUT_NAME]


def test_two_inputs_for_one_output_are_refused(tmp_path: Path) -> None:
    other = tmp_path / "copy"
    other.mkdir()
    (other / OAI_FILE).write_bytes((OAI_DIR / OAI_FILE).read_bytes())
    out = tmp_path / "out"
    assert run_import(out, OAI_FILE, str(other / OAI_FILE)) == 2
    assert not out.exists()


def test_python_name_is_what_the_generator_derives() -> None:
    assert importer.python_name("DateSent<") == "date_sent_before"
    assert importer.python_name("From") == "from_"
    assert importer.python_name("Limit") == "limit_"  # clashes with list(limit=...)
    assert importer.python_name("Flex-Metadata") == "flex_metadata"


def test_dump_spec_reproduces_the_file_it_was_read_from(imported: Path) -> None:
    text = imported.read_text()
    header = "\n".join(
        line.removeprefix("# ") for line in text.splitlines() if line.startswith("# ")
    )
    assert importer.dump_spec(read_yaml(imported), header) == text


def test_an_import_that_is_not_a_valid_spec_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the spec models refuse a SID pattern that is not a regex: the import is checked with them
    oai = json.loads((OAI_DIR / OAI_FILE).read_text())
    item = oai["paths"]["/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json"]
    for verb in ("get", "post", "delete"):
        for param in item[verb].get("parameters", []):
            if param["name"] == "Sid":
                param["schema"]["pattern"] = "^(SM[0-9"
    src = tmp_path / "oai"
    src.mkdir()
    (src / OAI_FILE).write_text(json.dumps(oai))
    out = tmp_path / "out"
    out.mkdir()
    (out / OUT_NAME).write_text("# an old, hand-written file\n")
    assert run_import(out, OAI_FILE, oai_dir=src) == 2
    err = capsys.readouterr().err
    assert f"spec error: {OUT_NAME}:accounts.messages:key.pattern:" in err
    assert "nothing was written" in err
    assert (out / OUT_NAME).read_text() == "# an old, hand-written file\n"


def test_a_patch_operation_imports_as_update_with_method_patch(tmp_path: Path) -> None:
    oai = json.loads((OAI_DIR / OAI_FILE).read_text())
    item = oai["paths"]["/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json"]
    item["patch"] = item.pop("post")
    src = tmp_path / "oai"
    src.mkdir()
    (src / OAI_FILE).write_text(json.dumps(oai))
    out = tmp_path / "out"
    out.mkdir()
    assert run_import(out, OAI_FILE, oai_dir=src) == 0
    loaded: dict[str, Any] = read_yaml(out / OUT_NAME)
    update = loaded["resources"]["accounts.messages"]["operations"]["update"]
    assert update["method"] == "PATCH"
    assert "body" not in update  # PATCH sends a form body unless the spec says json
    spec = load_spec(out / OUT_NAME)
    op = spec.resources["accounts.messages"].operations["update"]
    assert (op.method, op.body) == ("PATCH", "form")
    assert {p.location for p in op.params} == {"form"}


def test_the_registry_is_not_copied() -> None:
    """Spec loading and the importer read the vocabulary from ``codegen.scalars`` only."""
    registry = {name for name in vars(scalars) if name.isupper()}
    modules = [*(ROOT / "codegen" / "importer").glob("*.py"), *(ROOT / "codegen").glob("spec*.py")]
    for path in modules:
        module = ast.parse(path.read_text())
        assigned = {
            target.id
            for node in module.body
            if isinstance(node, (ast.Assign, ast.AnnAssign))
            for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
            if isinstance(target, ast.Name)
        }
        assert not assigned & registry, (path.name, assigned & registry)
    assert set(tree.OPERATION_PREFIXES.values()) == set(scalars.VERBS)
    assert set(operations.USUAL_STATUS) == set(scalars.VERBS)


def test_token_paged_meta_selects_the_json_token_dialect() -> None:
    from codegen.importer.source import token_paged

    tokens: dict[str, Any] = {
        "PaginationMeta": {"properties": {"next_token": {}, "previous_token": {}}}
    }
    urls: dict[str, Any] = {"meta": {"properties": {"next_page_url": {}, "page": {}, "key": {}}}}
    assert token_paged(tokens) is True
    assert token_paged(urls) is False
    assert token_paged({**urls, "x": {"type": "string"}}) is False
    assert "json-token" in scalars.DIALECTS and "PATCH" in scalars.METHODS
