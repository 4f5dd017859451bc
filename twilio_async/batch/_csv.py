"""Recipients from a CSV file: one message per row, read lazily, bad rows reported by line.

The file has a header row. One column holds the recipient (``to`` by default);
the body is a template over the columns (``"Hi {name}"``). A row is *bad* when it
has the wrong number of fields, no valid E.164 recipient, an empty value for a
column the template uses, a body that is empty or over 1,600 characters, or (with
a key column) an empty or repeated key. Bad rows are never dropped silently: in
``stop`` mode the first one raises ``BadRowError``; in ``skip`` mode each is
recorded in ``bad_rows`` (the first ``MAX_BAD_ROWS``; ``bad_count`` counts all)
and the row is left out.

Every item's key is its row's position in the file (``#<n>``, counting bad rows
too, so fixing a bad row does not move the others), or the key column's value.
"""

from __future__ import annotations

import csv
import os
import re
import string
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from .._errors import TwilioError
from ._types import BatchItem

E164 = re.compile(r"^\+[1-9]\d{1,14}$")
MAX_BODY = 1600
#: Bad rows kept for reporting (all are counted).
MAX_BAD_ROWS = 1000


class CsvError(TwilioError):
    """The file cannot be used at all (unreadable, missing column, bad template)."""


@dataclass(frozen=True, slots=True)
class BadRow:
    """A row that cannot become a message: its line in the file (1 is the header) and why."""

    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


class BadRowError(CsvError):
    """A bad row stopped the run (``on_bad_row="stop"``)."""

    def __init__(self, bad: BadRow):
        super().__init__(str(bad))
        self.bad = bad


@dataclass
class ScanResult:
    """What a pass over the file found."""

    rows: int = 0
    valid: int = 0
    bad_count: int = 0
    bad_rows: list[BadRow] = field(default_factory=list)


def template_fields(template: str) -> list[str]:
    """Column names a body template uses; raises ``CsvError`` for anything but plain names."""
    names: list[str] = []
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as err:
        raise CsvError(f"bad body template {template!r}: {err}") from None
    for _, name, spec, _ in parsed:
        if name is None:
            continue
        if name == "" or name.isdigit():
            raise CsvError("body template placeholders must name a column, like {name}")
        if "." in name or "[" in name:
            raise CsvError(f"body template placeholder {{{name}}}: only plain column names")
        if spec and "{" in spec:
            raise CsvError(f"body template placeholder {{{name}}}: nested fields are not allowed")
        if name not in names:
            names.append(name)
    return names


class CsvMessages:
    """Message items from a CSV file; iterate it (lazily, once per pass) or ``scan()`` it.

    ``static`` holds parameters every message gets (``from_``, ``status_callback``, …).
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        body: str,
        static: Mapping[str, Any] | None = None,
        to_column: str = "to",
        key_column: str | None = None,
        on_bad_row: Literal["stop", "skip"] = "stop",
        encoding: str = "utf-8-sig",
    ):
        if on_bad_row not in ("stop", "skip"):
            raise ValueError("on_bad_row must be 'stop' or 'skip'")
        self.path = path
        self.body = body
        self.static = dict(static or {})
        self.to_column = to_column
        self.key_column = key_column
        self.on_bad_row = on_bad_row
        self.encoding = encoding
        self.fields = template_fields(body)
        self.bad_rows: list[BadRow] = []
        self.bad_count = 0

    def _header(self, reader: Any) -> list[str]:
        try:
            header = [h.strip() for h in next(reader)]
        except StopIteration:
            raise CsvError(f"{self.path}: empty file (a header row is needed)") from None
        need = [self.to_column, *self.fields]
        if self.key_column:
            need.append(self.key_column)
        missing = [name for name in need if name not in header]
        if missing:
            raise CsvError(
                f"{self.path}: no column {', '.join(repr(m) for m in missing)} in the header "
                f"(columns: {', '.join(header)})"
            )
        dupes = sorted({h for h in header if header.count(h) > 1})
        if dupes:
            raise CsvError(f"{self.path}: repeated column names in the header: {dupes}")
        return header

    def records(self) -> Iterator[tuple[int, int, BatchItem | BadRow]]:
        """``(row index, line, item or bad row)`` for every data row, in file order."""
        try:
            with open(self.path, newline="", encoding=self.encoding) as fh:
                reader = csv.reader(fh)
                header = self._header(reader)
                width = len(header)
                seen_keys: dict[str, int] = {}
                index = 0
                line = reader.line_num + 1
                for raw in reader:
                    start, line = line, reader.line_num + 1
                    if not raw or (len(raw) == 1 and not raw[0].strip() and width > 1):
                        continue  # a blank line is not a row
                    yield index, start, self._row(header, width, raw, start, seen_keys, index)
                    index += 1
        except UnicodeDecodeError as err:
            raise CsvError(f"{self.path}: not {self.encoding} text ({err.reason})") from None
        except csv.Error as err:
            raise CsvError(f"{self.path}: {err}") from None
        except OSError as err:
            raise CsvError(f"cannot read {self.path}: {err.strerror or err}") from None

    def _row(
        self,
        header: list[str],
        width: int,
        raw: list[str],
        line: int,
        seen_keys: dict[str, int],
        index: int,
    ) -> BatchItem | BadRow:
        if len(raw) != width:
            return BadRow(line, f"expected {width} fields, found {len(raw)}")
        row = dict(zip(header, raw, strict=True))
        to = row[self.to_column].strip()
        if not to:
            return BadRow(line, f"empty {self.to_column!r}")
        if not E164.match(to):
            return BadRow(line, f"{self.to_column!r} is not an E.164 number: {to[:40]!r}")
        empty = [name for name in self.fields if not row[name].strip()]
        if empty:
            return BadRow(line, f"empty {', '.join(repr(e) for e in empty)} (used by the body)")
        body = self.body.format_map(row)
        if not body.strip():
            return BadRow(line, "the body is empty")
        if len(body) > MAX_BODY:
            return BadRow(line, f"the body is {len(body)} characters (at most {MAX_BODY})")
        key = f"#{index}"
        if self.key_column:
            key = row[self.key_column].strip()
            if not key:
                return BadRow(line, f"empty key column {self.key_column!r}")
            if key.startswith("#"):
                return BadRow(line, f"keys may not start with '#': {key[:40]!r}")
            first = seen_keys.setdefault(key, line)
            if first != line:
                return BadRow(line, f"key {key[:40]!r} repeats line {first}")
        return BatchItem({**self.static, "to": to, "body": body}, key=key)

    def __iter__(self) -> Iterator[BatchItem]:
        """The good rows as items; bad rows stop (``BadRowError``) or are recorded and left out."""
        self.bad_rows = []
        self.bad_count = 0
        for _, _, rec in self.records():
            if isinstance(rec, BadRow):
                if self.on_bad_row == "stop":
                    raise BadRowError(rec)
                self._record(rec)
                continue
            yield rec

    def _record(self, bad: BadRow) -> None:
        self.bad_count += 1
        if len(self.bad_rows) < MAX_BAD_ROWS:
            self.bad_rows.append(bad)

    def scan(self) -> ScanResult:
        """Read the whole file once, sending nothing: counts and bad rows."""
        result = ScanResult()
        for _, _, rec in self.records():
            result.rows += 1
            if isinstance(rec, BadRow):
                result.bad_count += 1
                if len(result.bad_rows) < MAX_BAD_ROWS:
                    result.bad_rows.append(rec)
            else:
                result.valid += 1
        return result
