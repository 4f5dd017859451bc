"""Naming: wire names to Python identifiers, enum members, reserved parameter and field names."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen.ir import build_project, build_version
from codegen.naming import (
    RESERVED_PARAMS,
    domain_attr,
    enum_member,
    module_name,
    pascal,
    py_identifier,
    snake,
)
from codegen.render import Renderer
from codegen.spec import SpecError, load_spec


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("DateSent<", "date_sent_before"),
        ("DateSent>", "date_sent_after"),
        ("StartTime>", "start_time_after"),
        ("Flex-Metadata", "flex_metadata"),
        ("Parameter1.Name", "parameter1_name"),
        ("IpAccessControlListMappings", "ip_access_control_list_mappings"),
        ("SIP", "sip"),
        ("X-Twilio-Webhook-Enabled", "x_twilio_webhook_enabled"),
        ("From", "from"),
        ("To", "to"),
        ("AccountSid", "account_sid"),
        ("SMS", "sms"),
        ("SMSUrl", "sms_url"),
        ("IncomingPhoneNumbers", "incoming_phone_numbers"),
        ("already_snake", "already_snake"),
        ("Recording.Status", "recording_status"),
        ("---", "value"),
    ],
)
def test_snake(wire: str, expected: str) -> None:
    assert snake(wire) == expected


@pytest.mark.parametrize(
    ("wire", "reserved", "expected"),
    [
        ("From", frozenset(), "from_"),
        ("Class", frozenset(), "class_"),
        ("Match", frozenset(), "match_"),  # soft keyword
        ("Type", frozenset(), "type"),  # soft keyword since 3.12, but fine as a name
        ("Limit", RESERVED_PARAMS, "limit_"),
        ("PageSize", RESERVED_PARAMS, "page_size_"),
        ("Options", RESERVED_PARAMS, "options_"),
        ("Limit", frozenset(), "limit"),
        ("2fa", frozenset(), "n_2fa"),
        ("DateSent<", frozenset(), "date_sent_before"),
        ("Body", RESERVED_PARAMS, "body"),
    ],
)
def test_parameter_identifiers(wire: str, reserved: frozenset[str], expected: str) -> None:
    # codegen.ir derives a keyword argument as py_identifier(snake(wire), RESERVED_PARAMS)
    ident = py_identifier(snake(wire), reserved)
    assert ident == expected
    assert ident.isidentifier()


def test_py_identifier_keeps_valid_identifiers_and_fixes_others() -> None:
    assert py_identifier("friendly_name") == "friendly_name"
    assert py_identifier("import") == "import_"
    assert py_identifier("Flex-Metadata") == "flex_metadata"
    assert py_identifier("json", frozenset({"json"})) == "json_"


@pytest.mark.parametrize(
    ("value", "member"),
    [
        ("outbound-api", "OUTBOUND_API"),
        ("in-progress", "IN_PROGRESS"),
        ("queued", "QUEUED"),
        ("no-answer", "NO_ANSWER"),
        ("2xx", "V_2XX"),
        ("application/json", "APPLICATION_JSON"),
        ("", "EMPTY"),
        ("*", "EMPTY"),
    ],
)
def test_enum_member(value: str, member: str) -> None:
    assert enum_member(value) == member


def test_other_names() -> None:
    assert pascal("message_status") == "MessageStatus"
    assert pascal("call_notification-instance") == "CallNotificationInstance"
    assert pascal("v2010") == "V2010"
    assert module_name("accounts.messages.media") == "accounts_messages_media"
    assert domain_attr("flex-api") == "flex_api"


SPEC = """\
spec: 1
domain: flex-api
version: v1
dialect: json-v1
enums:
  kind: [a-b, a_b, A B, 1st, '']
resources:
  things:
    class: Thing
    list_path: /v1/Things
    instance_path: /v1/Things/{Sid}
    key: {param: Sid, field: sid}
    list_key: things
    fields:
      sid: string
      json: object
      update: string
      schema: string
      model_config: string
      _links: uri-map
      from: phone-number
      kind: enum:kind
    operations:
      list:
        params:
          - {name: Limit, type: integer}
          - {name: PageSize, type: integer}
          - {name: From, type: phone-number}
          - {name: DateCreated<, type: datetime}
          - {name: Tag, type: string, python: label}
      fetch: {}
"""


@pytest.fixture
def spec_file(tmp_path: Path) -> Path:
    path = tmp_path / "names_v1.yaml"
    path.write_text(SPEC)
    return path


def test_reserved_field_names_get_an_underscore_and_an_alias(spec_file: Path) -> None:
    version = build_version(load_spec(spec_file))
    [things] = version.resources
    fields = {f.wire: f for f in things.model.fields}
    assert fields["sid"].py == "sid" and not fields["sid"].needs_alias
    for wire, py in [
        ("json", "json_"),
        ("update", "update_"),
        ("schema", "schema_"),
        ("model_config", "model_config_"),
        ("_links", "f_links"),
        ("from", "from_"),
    ]:
        assert fields[wire].py == py, wire
        assert fields[wire].needs_alias, wire
    files = Renderer().render(build_project([load_spec(spec_file)]))
    module = files["flex_api/v1/types/things.py"]
    assert 'json_: Any | None = Field(default=None, alias="json")' in module
    assert 'update_: str | None = Field(default=None, alias="update")' in module
    assert 'f_links: dict[str, Any] | None = Field(default=None, alias="_links")' in module


def test_parameter_names_in_the_ir(spec_file: Path) -> None:
    version = build_version(load_spec(spec_file))
    [things] = version.resources
    listing = next(op for op in things.list_ops if op.verb == "list")
    assert [(p.wire, p.py) for p in listing.params] == [
        ("Limit", "limit_"),
        ("PageSize", "page_size_"),
        ("From", "from_"),
        ("DateCreated<", "date_created_before"),
        ("Tag", "label"),
    ]


def test_enum_members_in_the_ir_are_unique(spec_file: Path) -> None:
    version = build_version(load_spec(spec_file))
    [kind] = version.enums
    assert kind.class_name == "Kind"
    assert kind.members == [
        ("A_B", "a-b"),
        ("A_B_", "a_b"),
        ("A_B__", "A B"),
        ("V_1ST", "1st"),
        ("EMPTY", ""),
    ]


@pytest.mark.parametrize("name", ["batch", "aclose", "account_sid", "account"])
def test_a_shortcut_named_like_a_client_attribute_is_a_spec_problem(
    name: str, tmp_path: Path
) -> None:
    """``client.<name>`` would be Client's own attribute, never the account's child."""
    source = Path(__file__).parent / "fixtures" / "specs" / "mini_api_v2010.yaml"
    path = tmp_path / "clash_v2010.yaml"
    path.write_text(source.read_text().replace("  accounts.balance:", f"  accounts.{name}:"))
    with pytest.raises(SpecError) as info:
        build_project([load_spec(path)])
    [problem] = info.value.problems
    assert (problem.resource, problem.message) == (
        f"accounts_{name}",
        f"shortcut {name!r} clashes with a Client attribute",
    )
