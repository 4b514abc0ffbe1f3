"""Terminal output of the CLI: a progress bar and plain tables."""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from typing import Any, TextIO


class ProgressBar:
    """A one-line progress bar on stderr, usable as the ``progress`` callback of a batched send."""

    def __init__(self, total: int, stream: TextIO | None = None, width: int = 40) -> None:
        self.total, self.width = total, width
        self.stream = stream if stream is not None else sys.stderr
        self.started = time.perf_counter()

    def __call__(self, done: int, total: int | None = None) -> None:
        filled = int(self.width * done / max(self.total, 1))
        rate = done / max(time.perf_counter() - self.started, 1e-9)
        self.stream.write(
            f"\r  [{'#' * filled}{'.' * (self.width - filled)}] {done:,}/{self.total:,}  {rate:,.0f} msg/s"
        )
        if done >= self.total:
            self.stream.write("\n")
        self.stream.flush()


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]], max_width: int = 40) -> str:
    """Rows under headers, each column as wide as its widest cell (cut at ``max_width``)."""
    cells = [[_cell(value, max_width) for value in row] for row in rows]
    widths = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    return "\n".join(lines)


def _cell(value: Any, max_width: int) -> str:
    text = "" if value is None else str(value).replace("\n", " ")
    return text if len(text) <= max_width else text[: max_width - 1] + "…"
