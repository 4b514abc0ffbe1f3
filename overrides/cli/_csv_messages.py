"""``sms send-bulk``'s input: one personalised message per CSV row, checked whole before anything is sent.

``CsvMessages.check()`` reads the file once (decoding, the header, every row's template values) so that a
mistake anywhere stops the command before the first message goes out; ``messages()`` then reads it again
lazily, one row at a time. Rows are numbered as a spreadsheet shows them: the header is row 1.
"""

from __future__ import annotations

import csv
import string
from array import array
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Literal

from attrs import frozen

from ._errors import CLIError

OnMissing = Literal["refuse", "skip"]


@frozen
class SkippedRow:
    """A row not sent (``--on-missing skip``): its number, recipient (if any) and why."""

    row: int
    to: str
    reason: str


def template_columns(template: str) -> list[str]:
    """The columns a ``--body`` template names (``'Hi {name}'`` -> ``['name']``), or a CLIError saying why
    it is not a template."""
    try:
        fields = [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]
    except ValueError as exc:
        raise CLIError(
            f"--body template {template!r}: {exc} (write {{{{ and }}}} for literal braces)"
        ) from None
    columns = []
    for field in fields:
        column = field.split(".", 1)[0].split("[", 1)[0]
        if not column or column.isdigit():
            raise CLIError(f"--body template {template!r}: every {{...}} must name a column, e.g. {{name}}")
        columns.append(column)
    return list(dict.fromkeys(columns))


class CsvMessages:
    """The messages of ``path``: ``template`` filled with each row's columns, sent to its ``to_column``."""

    def __init__(
        self,
        path: Path,
        template: str,
        *,
        to_column: str = "to",
        sender: str | None = None,
        encoding: str = "utf-8-sig",
        on_missing: OnMissing = "refuse",
    ) -> None:
        self.path, self.template, self.to_column, self.sender = path, template, to_column, sender
        self.encoding, self.on_missing = encoding, on_missing
        self.template_columns = template_columns(template)
        #: after ``check()``: the row number of each message to send (message index -> row), and the rest
        self.rows = array("q")
        self.skipped: list[SkippedRow] = []
        self.unused_columns: list[str] = []

    def check(self) -> None:
        """Read every row; raise ``CLIError`` (nothing sent) for an unreadable file, a missing column, or a
        row without a value the template or recipient needs (unless ``on_missing="skip"``)."""
        problems: list[str] = []
        for row, values in self._records():
            problem = self._problem(values)
            if problem is None:
                self.rows.append(row)
            elif self.on_missing == "skip":
                self.skipped.append(SkippedRow(row, (values.get(self.to_column) or "").strip(), problem))
            else:
                problems.append(f"row {row}: {problem}")
        if problems:
            more = f" (and {len(problems) - 1} more rows)" if len(problems) > 1 else ""
            raise CLIError(
                f"{self.path} {problems[0]}{more}; nothing was sent: fill them in, "
                "or pass --on-missing skip to send the other rows"
            )

    def messages(self) -> Iterator[dict[str, Any]]:
        """The messages of the rows ``check()`` kept, read again one at a time."""
        wanted = set(self.rows)
        for row, values in self._records():
            if row in wanted:
                yield self._message(values)

    def _message(self, values: dict[str, str]) -> dict[str, Any]:
        message = {"to": values[self.to_column].strip(), "body": self.template.format_map(values)}
        if self.sender:
            message["from"] = self.sender
        return message

    def _problem(self, values: dict[Any, Any]) -> str | None:
        if None in values:
            return (
                f"{len(values) - 1 + len(values[None])} values but the header has {len(values) - 1} columns"
            )
        for column in [self.to_column, *self.template_columns]:
            if values.get(column) is None or not values[column].strip():
                return f"no value for column {column!r}"
        try:
            self._message(values)
        except (ValueError, KeyError, IndexError, AttributeError, TypeError) as exc:
            return f"--body template {self.template!r} cannot be filled in ({type(exc).__name__}: {exc})"
        return None

    def _records(self) -> Iterator[tuple[int, dict[Any, Any]]]:
        number = 1  # the last row read whole
        try:
            with self.path.open(newline="", encoding=self.encoding) as handle:
                reader = csv.DictReader(handle)
                self._check_header(reader.fieldnames)
                for number, values in enumerate(reader, start=2):
                    yield number, values
        except FileNotFoundError:
            raise CLIError(f"{self.path}: no such file") from None
        except IsADirectoryError:
            raise CLIError(f"{self.path} is a directory, not a CSV file") from None
        except PermissionError:
            raise CLIError(f"{self.path}: permission denied") from None
        except LookupError:
            raise CLIError(
                f"--encoding {self.encoding!r}: no such encoding (e.g. utf-8, latin-1, cp1252)"
            ) from None
        except UnicodeDecodeError as exc:
            raise CLIError(
                f"{self.path} is not {self.encoding.removesuffix('-sig')} text (byte {exc.object[exc.start]:#04x} after row {number}); "
                "nothing was sent: pass the file's encoding, e.g. --encoding latin-1"
            ) from None
        except csv.Error as exc:
            raise CLIError(f"{self.path} is not a readable CSV file ({exc})") from None

    def _check_header(self, header: Sequence[str] | None) -> None:
        if not header:
            raise CLIError(f"{self.path} is empty: expected a header row naming its columns")
        missing = [c for c in [self.to_column, *self.template_columns] if c not in header]
        if missing:
            raise CLIError(
                f"{self.path} has no column(s) {', '.join(missing)} (it has: {', '.join(header)}); "
                "nothing was sent"
            )
        self.unused_columns = [c for c in header if c not in (self.to_column, *self.template_columns)]
