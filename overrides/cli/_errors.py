"""The CLI's exit codes (documented in ``--help``) and the one exception commands raise to stop."""

from __future__ import annotations

OK = 0
INCOMPLETE = 1
USAGE = 2
API = 3
INTERRUPTED = 130

EXIT_CODES_HELP = """\
exit codes:
  0    done: everything asked for succeeded
  1    done, but not all of it: some messages were not sent (invalid, rejected, failed,
       unconfirmed or skipped rows: see the summary and the results file), or an action's
       envelope says successful=false
  2    bad usage or input (a flag, the CSV, the template, the results path, a port in use):
       nothing was sent
  3    ClickSend (or the server at --base-url) refused the request or could not be reached
  130  interrupted (Ctrl-C): what was done so far is reported and written
"""


class CLIError(Exception):
    """Stop the command: ``main`` prints ``error: <message>`` on one line of stderr and exits with ``code``."""

    def __init__(self, message: str, code: int = USAGE) -> None:
        self.code = code
        super().__init__(message)
