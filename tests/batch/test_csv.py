"""CSV recipients: items, bad rows with their line numbers, stop vs skip, templates, keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from twilio_async.batch._csv import BadRowError, CsvError, CsvMessages, template_fields

GOOD_AND_BAD = (
    "to,name,city\n"  # line 1
    "+15550000001,Ann,Oslo\n"  # 2
    "not-a-number,Bob,Rome\n"  # 3: bad recipient
    "+15550000003,,Lima\n"  # 4: empty name (the body uses it)
    "+15550000004,Dee\n"  # 5: a field short
    '+15550000005,"Eve\n'  # 6: a quoted field over two lines...
    'Marie",Kyiv\n'  # 7
    "\n"  # 8: blank, not a row
    "+15550000006,Fay,Nice,extra\n"  # 9: a field too many
    "+15550000007,Gus,Bern\n"  # 10
)


def write(tmp_path: Path, text: str, name: str = "r.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_skip_mode_reports_every_bad_row_by_line_and_sends_the_rest(tmp_path: Path) -> None:
    src = CsvMessages(
        write(tmp_path, GOOD_AND_BAD),
        body="Hi {name} from {city}",
        static={"from_": "+15017122661"},
        on_bad_row="skip",
    )
    items = list(src)
    assert [(i.key, i.params["to"], i.params["body"]) for i in items] == [
        ("#0", "+15550000001", "Hi Ann from Oslo"),
        ("#4", "+15550000005", "Hi Eve\nMarie from Kyiv"),
        ("#6", "+15550000007", "Hi Gus from Bern"),
    ]
    assert all(i.params["from_"] == "+15017122661" for i in items)
    assert [(b.line, b.reason.split(" ")[0]) for b in src.bad_rows] == [
        (3, "'to'"),
        (4, "empty"),
        (5, "expected"),
        (9, "expected"),
    ]
    assert "not an E.164 number" in src.bad_rows[0].reason
    assert src.bad_count == 4
    scan = src.scan()
    assert (scan.rows, scan.valid, scan.bad_count) == (7, 3, 4)
    assert [b.line for b in scan.bad_rows] == [3, 4, 5, 9]


def test_stop_mode_raises_at_the_first_bad_row(tmp_path: Path) -> None:
    src = CsvMessages(write(tmp_path, GOOD_AND_BAD), body="Hi {name}")
    seen = []
    with pytest.raises(BadRowError) as info:
        for item in src:
            seen.append(item.key)
    assert seen == ["#0"]
    assert info.value.bad.line == 3
    assert "line 3" in str(info.value)


def test_keys_are_positions_counting_bad_rows(tmp_path: Path) -> None:
    """Fixing a bad row later must not shift the keys of the rows after it."""
    broken = write(tmp_path, "to,name\n+15550000001,A\nbad,B\n+15550000003,C\n", "a.csv")
    fixed = write(tmp_path, "to,name\n+15550000001,A\n+15550000002,B\n+15550000003,C\n", "b.csv")
    keys_broken = {
        i.params["to"]: i.key for i in CsvMessages(broken, body="{name}", on_bad_row="skip")
    }
    keys_fixed = {i.params["to"]: i.key for i in CsvMessages(fixed, body="{name}")}
    assert keys_broken["+15550000003"] == keys_fixed["+15550000003"] == "#2"


def test_key_column_gives_stable_keys_and_refuses_repeats(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "id,to,name\nu1,+15550000001,A\nu2,+15550000002,B\nu1,+15550000003,C\n,+15550000004,D\n",
    )
    src = CsvMessages(path, body="{name}", key_column="id", on_bad_row="skip")
    assert [i.key for i in src] == ["u1", "u2"]
    assert [str(b) for b in src.bad_rows] == [
        "line 4: key 'u1' repeats line 2",
        "line 5: empty key column 'id'",
    ]


def test_body_limits(tmp_path: Path) -> None:
    path = write(tmp_path, "to,text\n+15550000001," + "x" * 1601 + "\n+15550000002,   \n")
    src = CsvMessages(path, body="{text}", on_bad_row="skip")
    assert list(src) == []
    assert [b.line for b in src.bad_rows] == [2, 3]
    assert "1601 characters" in src.bad_rows[0].reason


def test_custom_recipient_column_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes("\ufeffphone,name\n+15550000001,Zoë\n".encode())
    (item,) = list(CsvMessages(path, body="Hej {name}", to_column="phone"))
    assert item.params == {"to": "+15550000001", "body": "Hej Zoë"}


@pytest.mark.parametrize(
    ("header", "body", "message"),
    [
        ("name,city", "Hi {name}", "no column 'to'"),
        ("to,name", "Hi {nickname}", "no column 'nickname'"),
        ("to,name,to", "Hi {name}", "repeated column"),
    ],
)
def test_file_level_problems_stop_before_any_row(
    tmp_path: Path, header: str, body: str, message: str
) -> None:
    path = write(tmp_path, header + "\n+15550000001,x,y\n")
    with pytest.raises(CsvError, match=message):
        list(CsvMessages(path, body=body))


@pytest.mark.parametrize(
    "template",
    ["Hi {}", "Hi {0}", "Hi {name.upper}", "Hi {name[0]}", "Hi {name:{width}}", "Hi {name"],
)
def test_templates_name_plain_columns_only(template: str) -> None:
    with pytest.raises(CsvError):
        template_fields(template)


def test_template_fields() -> None:
    assert template_fields("Hi {name}, {name}! {first name} {{literal}}") == ["name", "first name"]


def test_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(CsvError, match="cannot read"):
        list(CsvMessages(tmp_path / "missing.csv", body="x"))
    latin = tmp_path / "latin.csv"
    latin.write_bytes(b"to,name\n+15550000001,Jos\xe9\n")
    with pytest.raises(CsvError, match="not utf-8-sig"):
        list(CsvMessages(latin, body="{name}"))
    empty = write(tmp_path, "", "empty.csv")
    with pytest.raises(CsvError, match="empty file"):
        list(CsvMessages(empty, body="x"))
