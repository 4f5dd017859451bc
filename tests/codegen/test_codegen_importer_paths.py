"""The importer's path rules, one small fixture per construct (tests/codegen/fixtures/oai).

- ``twilio_pathless_v2.json``: paths with no ``x-twilio.pathType``, an empty path item,
  ``$ref`` parameters, a ``Patch...`` operation beside an ``Update...`` one;
- ``twilio_nested_v1.json``: placeholders no ``x-twilio`` parent owns, a declared parent
  that is no path of the file, a key inside the path, a child off its parent's path, an
  instance path another instance path continues;
- ``twilio_subproducts.json`` / ``twilio_mixed_organizations.json``: paths that do not share
  one version prefix (``versions:``);
- ``twilio_empty_v3.json``: a file with no operations at all.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from codegen import importer
from codegen.ir import build_project
from codegen.render import Renderer
from codegen.spec import SpecError, check_documents, load_specs, read_yaml

OAI_DIR = Path(__file__).resolve().parent / "fixtures" / "oai"


def imported(tmp_path: Path, name: str) -> tuple[dict[str, Any], Path]:
    assert importer.main(["--oai-dir", str(OAI_DIR), "--out-dir", str(tmp_path), name]) == 0
    out = tmp_path / importer.target_name(name)
    doc: dict[str, Any] = read_yaml(out)
    return doc, out


def shape(doc: dict[str, Any]) -> dict[str, tuple[Any, ...]]:
    """Resource id -> (list path, instance path, key param, verbs)."""
    return {
        rid: (
            res.get("list_path"),
            res.get("instance_path"),
            (res.get("key") or {}).get("param"),
            tuple(res.get("operations") or {}),
        )
        for rid, res in doc["resources"].items()
    }


def generates(path: Path) -> dict[str, str]:
    """The files codegen renders for the spec at ``path`` (it must be valid)."""
    return Renderer().render(build_project(load_specs(path)))


def test_paths_without_path_type(tmp_path: Path) -> None:
    doc, out = imported(tmp_path, "twilio_pathless_v2.json")
    assert shape(doc) == {
        # ends in a placeholder: the instance of the list path before it
        "alarms": (
            "/v2/Alarms",
            "/v2/Alarms/{Sid}",
            "Sid",
            ("create", "list", "fetch", "update"),
        ),
        # only a fetch, no placeholder at the end: an instance path (a singleton)
        "rate_limits": (None, "/v2/RateLimits", None, ("fetch",)),
        # only an update: an instance path whose key is inside it
        "status": (None, "/v2/Alarms/{Sid}/Status", "Sid", ("update",)),
    }
    alarms = doc["resources"]["alarms"]
    # the key pattern comes from the $ref parameter; the Patch beside the Update is left out
    assert alarms["key"]["pattern"] == "^AL[0-9a-fA-F]{32}$"
    assert alarms["operations"]["update"] == {"method": "PUT"}
    assert "/v2/Jobs" not in out.read_text()  # an empty path item has nothing to import
    assert "monitor/v2/alarms.py" in generates(out)


def test_placeholders_without_a_parent(tmp_path: Path) -> None:
    doc, out = imported(tmp_path, "twilio_nested_v1.json")
    got = shape(doc)
    # a namespace resource with no operations is made from the path prefix
    assert got["archives"] == (None, "/v1/Archives/{Date}", "Date", ())
    assert got["archives.archived_calls"] == (
        None,
        "/v1/Archives/{Date}/Calls/{Sid}",
        "Sid",
        ("delete",),
    )
    # ... under the longest existing prefix (a singleton) when there is one
    assert got["limits"] == (None, "/v1/Limits", None, ("fetch",))
    assert got["limits.fields"] == (None, "/v1/Limits/Fields/{Field}", "Field", ())
    assert got["limits.fields.bucket"][1:3] == (
        "/v1/Limits/Fields/{Field}/Bucket/{Bucket}",
        "Bucket",
    )
    # the placeholder right after a list-only resource: that list gets the instance path
    assert got["registrations"] == (
        "/v1/Registrations",
        "/v1/Registrations/{BundleSid}",
        "BundleSid",
        ("list",),
    )
    assert got["registrations.sessions"][0] == "/v1/Registrations/{BundleSid}/Sessions"
    # x-twilio names /v1/Roles/{Sid}, which is no path of the file but a prefix of its own
    assert got["roles"] == (None, "/v1/Roles/{RoleSid}", "RoleSid", ())
    assert got["roles.permissions"] == ("/v1/Roles/{RoleSid}/Permissions", None, None, ("list",))
    # the same mountName, one placeholder inserted: list and instance of one resource
    assert got["inquiries"] == (
        "/v1/Inquiries/Customers/Initialize",
        "/v1/Inquiries/Customers/{CustomerId}/Initialize",
        "CustomerId",
        ("create", "update"),
    )
    # a declared child whose path needs no key of its parent's hangs off the parent's list
    assert got["dialing_permissions.settings"] == (None, "/v1/Settings", None, ("fetch",))
    # an instance path (create only) that another instance path continues by a key: its list
    assert got["reports"] == (
        "/v1/Reports",
        "/v1/Reports/{ReportId}",
        "ReportId",
        ("create", "fetch"),
    )
    # a list path ending in a key no resource owns: not expressible, left out (and noted)
    assert got["exports"] == (None, "/v1/Exports", None, ("create",))
    assert "/v1/Exports/{ExportId}" not in out.read_text()
    files = generates(out)
    assert "voice/v1/archives_archived_calls.py" in files
    assert "voice/v1/dialing_permissions_settings.py" in files


def test_a_declared_parent_that_is_not_a_prefix_still_fails(tmp_path: Path) -> None:
    """Only a missing parent that is a prefix of the path is inferred; any other fails."""
    oai = json.loads((OAI_DIR / "twilio_nested_v1.json").read_text())
    oai["paths"]["/v1/Roles/{RoleSid}/Permissions"]["x-twilio"]["parent"] = "/v1/Groups/{Sid}"
    src = tmp_path / "oai"
    src.mkdir()
    (src / "twilio_nested_v1.json").write_text(json.dumps(oai))
    args = ["--oai-dir", str(src), "--out-dir", str(tmp_path), "twilio_nested_v1.json"]
    assert importer.main(args) == 1
    assert not (tmp_path / "nested_v1.yaml").exists()


def test_sub_product_prefixes_are_versions(tmp_path: Path) -> None:
    doc, out = imported(tmp_path, "twilio_subproducts.json")
    assert "version" not in doc
    assert doc["versions"] == ["hosted_numbers", "wireless"]
    versions = {rid: res["version"] for rid, res in doc["resources"].items()}
    assert versions == {"orders": "hosted_numbers", "sims": "wireless", "sims.usage": "wireless"}
    # x-twilio parents are relative to each path's own prefix (/Sims/{Sid} under /wireless)
    assert shape(doc)["sims.usage"] == (None, "/wireless/Sims/{Sid}/Usage", None, ("fetch",))
    specs = load_specs(out)
    assert [(s.domain, s.version, sorted(s.resources)) for s in specs] == [
        ("preview", "hosted_numbers", ["orders"]),
        ("preview", "wireless", ["sims", "sims.usage"]),
    ]
    files = generates(out)
    assert {"preview/hosted_numbers/orders.py", "preview/wireless/sims_usage.py"} <= set(files)
    assert "hosted_numbers" in files["preview/__init__.py"]


def test_unversioned_paths_beside_a_version_are_versionless(tmp_path: Path) -> None:
    doc, out = imported(tmp_path, "twilio_mixed_organizations.json")
    assert doc["domain"] == "preview-iam"
    assert doc["versions"] == ["v1", "versionless"]
    assert shape(doc) == {
        "organizations": (None, "/Organizations/{OrganizationSid}", "OrganizationSid", ()),
        "organizations.accounts": (
            "/Organizations/{OrganizationSid}/Accounts",
            "/Organizations/{OrganizationSid}/Accounts/{AccountSid}",
            "AccountSid",
            ("list", "fetch"),
        ),
        "token": ("/v1/token", None, None, ("create",)),
    }
    files = generates(out)
    assert {"preview_iam/versionless/organizations_accounts.py", "preview_iam/v1/token.py"} <= set(
        files
    )


def test_a_file_without_operations_takes_its_version_from_its_name(tmp_path: Path) -> None:
    doc, out = imported(tmp_path, "twilio_empty_v3.json")
    assert (doc["domain"], doc["version"], doc["resources"]) == ("verify", "v3", {})
    assert "verify/v3/__init__.py" in generates(out)


def _doc(**extra: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {"spec": 1, "domain": "preview", "dialect": "json-v1"}
    doc.update(extra)
    return doc


def _res(version: str | None, path: str = "/wireless/Sims") -> dict[str, Any]:
    res: dict[str, Any] = {"class": "Sim", "list_path": path}
    if version is not None:
        res["version"] = version
    return res


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        (_doc(resources={}), "set either version (one) or versions (several)"),
        (
            _doc(version="v1", versions=["v1"], resources={}),
            "set either version (one) or versions (several)",
        ),
        (
            _doc(versions=["wireless"], resources={"sims": _res(None)}),
            "expected one of versions ['wireless']",
        ),
        (
            _doc(versions=["wireless"], resources={"sims": _res("marketplace")}),
            "expected one of versions ['wireless']",
        ),
        (
            _doc(version="v1", resources={"sims": _res("v1")}),
            "only a file with versions: sets it",
        ),
        (_doc(versions=["a", "a"], resources={}), "expected distinct version names"),
    ],
)
def test_versions_rules(doc: dict[str, Any], message: str) -> None:
    with pytest.raises(SpecError) as err:
        check_documents(doc, Path("preview.yaml"))
    assert message in str(err.value)


def test_a_child_keeps_its_parents_version() -> None:
    doc = _doc(
        versions=["wireless", "other"],
        resources={
            "sims": {
                **_res("wireless"),
                "instance_path": "/wireless/Sims/{Sid}",
                "key": {"param": "Sid", "field": "sid"},
            },
            "sims.usage": {
                "class": "Usage",
                "version": "other",
                "instance_path": "/wireless/Sims/{Sid}/Usage",
            },
        },
    )
    with pytest.raises(SpecError) as err:
        check_documents(doc, Path("preview.yaml"))
    assert "sims.usage:version: differs from its parent's (wireless)" in str(err.value)


def test_each_version_gets_only_the_enums_it_uses() -> None:
    doc = _doc(
        versions=["a", "b"],
        enums={"used": ["x"], "unused": ["y"]},
        resources={
            "one": {
                "class": "One",
                "version": "a",
                "instance_path": "/a/One",
                "fields": {"s": "enum:used"},
            },
            "two": {"class": "Two", "version": "b", "instance_path": "/b/Two"},
        },
    )
    a, b = check_documents(doc, Path("preview.yaml"))
    assert (a.version, sorted(a.enums), b.version, sorted(b.enums)) == ("a", ["used"], "b", [])
