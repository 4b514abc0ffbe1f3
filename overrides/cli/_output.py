"""Terminal output of the CLI: plain tables (greppable, also in pipes) and campaign progress.

Progress is drawn by rich on a terminal (bar, rate, time left); in a pipe or a log it is a plain line every
few seconds and one at the end, never ``\\r`` redraws. rich is imported only here, when a bar is shown, so
``import clicksend_async`` (and the rest of the CLI) does not load it.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from types import TracebackType
from typing import Any, TextIO


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


class PlainProgress:
    """Progress for pipes and logs: a line at most every ``interval`` seconds, and one when done."""

    def __init__(self, total: int, stream: TextIO, interval: float = 5.0, what: str = "messages") -> None:
        self.total, self.stream, self.interval, self.what = total, stream, interval, what
        self.started = self.last = time.monotonic()

    def __enter__(self) -> PlainProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def update(self, done: int) -> None:
        now = time.monotonic()
        if done < self.total and now - self.last < self.interval:
            return
        self.last = now
        elapsed = max(now - self.started, 1e-9)
        rate = done / elapsed
        line = (
            f"  {done:,}/{self.total:,} {self.what} ({100 * done / max(self.total, 1):.0f}%), {rate:,.0f}/s"
        )
        if done < self.total and rate > 0:
            line += f", about {(self.total - done) / rate:,.0f} s left"
        elif done >= self.total:
            line += f", done in {elapsed:,.1f} s"
        print(line, file=self.stream, flush=True)


class RichProgress:
    """Progress on a terminal: rich's bar with the count, the rate and the time left."""

    def __init__(self, total: int, stream: TextIO, what: str = "messages") -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        self.progress = Progress(
            BarColumn(),
            MofNCompleteColumn(),
            _rate_column(what),
            TimeRemainingColumn(),
            console=Console(file=stream),
        )
        self.task = self.progress.add_task(what, total=total)

    def __enter__(self) -> RichProgress:
        self.progress.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.progress.stop()

    def update(self, done: int) -> None:
        self.progress.update(self.task, completed=done)


def _rate_column(what: str) -> Any:  # a rich column, its class made when rich is imported
    from rich.progress import ProgressColumn
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task: Any) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:,.0f} {what}/s" if speed else f"- {what}/s")

    return RateColumn()


def progress_display(total: int, stream: TextIO | None = None) -> PlainProgress | RichProgress:
    """A bar on a terminal, plain periodic lines otherwise; on stderr unless ``stream`` is given."""
    stream = stream if stream is not None else sys.stderr
    return RichProgress(total, stream) if stream.isatty() else PlainProgress(total, stream)
