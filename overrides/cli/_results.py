"""``sms send-bulk``'s results file: opened (and so checked) before anything is sent, then written a row at
a time as outcomes arrive, flushed after each batch, so a crash keeps every outcome known until then."""

from __future__ import annotations

import csv
import os
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from .._report import MessageOutcome, SendReport
from ._csv_messages import SkippedRow
from ._errors import CLIError

COLUMNS = [
    "row",
    "index",
    "to",
    "status",
    "message_id",
    "price",
    "clicksend_status",
    "error",
    "custom_string",
]


def check_results_path(path: Path, *, overwrite: bool) -> None:
    """A CLIError if the results cannot go to ``path`` (checked again when it is opened)."""
    if path.is_dir():
        raise CLIError(f"--results {path} is a directory; nothing was sent")
    if path.exists() and not overwrite:
        raise CLIError(
            f"--results {path} already exists (an earlier campaign's results?); nothing was sent: "
            "pass another --results, or --overwrite"
        )
    folder = path.parent
    if not folder.is_dir():
        raise CLIError(f"--results {path}: there is no folder {folder}; nothing was sent")
    if not os.access(folder, os.W_OK):
        raise CLIError(f"--results {path}: the folder {folder} is not writable; nothing was sent")


class ResultsFile:
    """The per-message results of a campaign, one CSV row per source row, in the order outcomes arrive
    (``row`` is the source file's row, ``index`` the message's position in the send)."""

    def __init__(self, path: Path, rows: Sequence[int], *, overwrite: bool = False) -> None:
        check_results_path(path, overwrite=overwrite)
        self.path, self.rows = path, rows
        try:
            self._handle: IO[str] = path.open("w", newline="", encoding="utf-8")
        except OSError as exc:
            raise CLIError(f"--results {path}: {exc.strerror or exc}; nothing was sent") from None
        self._writer = csv.writer(self._handle)
        self._writer.writerow(COLUMNS)
        self._handle.flush()
        self._written = 0  # positions of the report already written

    def write_skipped(self, skipped: Sequence[SkippedRow]) -> None:
        for row in skipped:
            self._writer.writerow([row.row, "", row.to, "skipped", "", "", "", row.reason, ""])
        self._handle.flush()

    def follow(self, report: SendReport) -> None:
        """Write the outcomes ``report`` recorded since the last call, then flush."""
        for outcome in report.recorded_since(self._written):
            self._writer.writerow(self._line(outcome))
        self._written = report.count
        self._handle.flush()

    def rewrite(self, report: SendReport, skipped: Sequence[SkippedRow]) -> None:
        """Replace the file's rows with ``report`` (a journal's whole campaign) and the skipped rows."""
        self._handle.seek(0)
        self._handle.truncate()
        self._writer.writerow(COLUMNS)
        self.write_skipped(skipped)
        for outcome in report.outcomes:
            self._writer.writerow(self._line(outcome))
        self._written = report.count
        self._handle.flush()

    def _line(self, outcome: MessageOutcome) -> list[Any]:
        values = [getattr(outcome, c) for c in COLUMNS[1:]]
        return [self.rows[outcome.index], *("" if v is None else v for v in values)]

    def close(self) -> None:
        self._handle.close()
