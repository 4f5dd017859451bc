"""twilio-python's names the generator derives (codegen/compat.py), on the importer fixture.

The fixture is changed in a temporary copy the way Twilio's files express them: an
operation with its own ``x-twilio.mountName`` (``Keys.json`` POST is ``new_keys``) and an
instance path with no ``parent`` whose placeholders need one (mounted on the version).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from codegen import importer
from codegen.compat import domain_forwards, keyword_aliases
from codegen.ir import build_project
from codegen.spec import load_spec, read_yaml

FIXTURE = Path(__file__).parent / "fixtures" / "oai" / "twilio_mini_v2010.json"
MESSAGES = "/2010-04-01/Accounts/{AccountSid}/Messages.json"
MESSAGE = "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json"
ARCHIVE = "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}/Archive.json"


@pytest.fixture(scope="module")
def spec_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    oai: dict[str, Any] = json.loads(FIXTURE.read_text())
    oai["paths"][MESSAGES]["post"]["x-twilio"] = {"mountName": "new_messages"}
    archive = copy.deepcopy(oai["paths"][MESSAGE])
    archive["x-twilio"] = {"pathType": "instance", "mountName": "message_archive"}
    archive["post"]["operationId"] = "UpdateMessageArchive"
    archive["post"]["x-twilio"] = {"mountName": "archive_now"}  # an instance op's own mount
    oai["paths"][ARCHIVE] = {"x-twilio": archive["x-twilio"], "post": archive["post"]}
    root = tmp_path_factory.mktemp("compat")
    (root / "oai").mkdir()
    (root / "oai" / FIXTURE.name).write_text(json.dumps(oai))
    args = ["--oai-dir", str(root / "oai"), "--out-dir", str(root), FIXTURE.name]
    assert importer.main(args) == 0
    return root / "mini_v2010.yaml"


def test_the_importer_records_both_mounts(spec_file: Path) -> None:
    doc = read_yaml(spec_file)
    resources = doc["resources"]
    assert resources["accounts.messages"]["operations"]["create"]["mount"] == "new_messages"
    archive = next(r for r in resources.values() if r.get("instance_path") == ARCHIVE)
    assert archive["version_mount"] == "message_archive"
    # A resource with its x-twilio parent is not mounted on the version.
    assert "version_mount" not in resources["accounts.messages"]


def test_the_ir_mounts_and_forwards(spec_file: Path) -> None:
    project = build_project([load_spec(spec_file)])
    (domain,) = project.domains
    (version,) = domain.versions
    (mount,) = version.mounts
    assert (mount.attr, mount.keys) == ("message_archive", ("account_sid", "sid"))
    messages = next(r for r in version.resources if r.id == "accounts.messages")
    assert [(m.attr, [op.verb for op in m.ops]) for m in messages.op_mounts] == [
        ("new_messages", ["create"])
    ]
    accounts = next(r for r in version.resources if r.id == "accounts")
    assert "new_messages" in {c.attr for c in accounts.instance_children}
    assert "new_messages" in {c.attr for c in project.shortcuts}
    forwards = {f.attr: f.via for f in domain_forwards(domain)}
    assert forwards["accounts"] == "v2010.accounts"
    assert forwards["account"] == "v2010.account"
    assert forwards["messages"] == "v2010.account.messages"
    assert forwards["new_messages"] == "v2010.account.new_messages"
    assert "v2010" not in forwards
    # The keyless resource's instance operation, mounted: a singleton of its own context.
    archive = next(r for r in version.resources if r.instance_path == ARCHIVE)
    (now,) = archive.op_mounts
    assert (now.attr, now.base) == ("archive_now", f"SingletonList[{archive.context_class}]")
    message = next(r for r in version.resources if r.id == "accounts.messages")
    assert "archive_now" in {c.attr for c in message.instance_children}


def test_keyword_aliases_never_take_another_keywords_name() -> None:
    assert keyword_aliases("version", {"version"}) == ("resource_version",)
    assert keyword_aliases("version", {"version", "resource_version"}) == ()
    assert keyword_aliases("friendly_name", {"friendly_name"}) == ()
