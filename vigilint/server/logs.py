"""The language server's log: one redacted line per record on stderr, tracebacks only with
`--debug`.

Every record, from vigilint, pygls, lsprotocol, asyncio or anything else, goes through
`RedactingFilter` on the handler: its message (and, with `--debug`, its traceback) is searched
for secrets and masked before it is written, so a request that makes a library log its full
parameters cannot put a planted secret on stderr. Uncaught exceptions in threads and in the
main thread are routed to the log as well, so nothing prints a raw traceback.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from vigilint.analyzers.secrets import redaction

LOG_FORMAT = "vigilint %(levelname)s %(name)s: %(message)s"
# A log line longer than this is cut (after redaction: a secret cut in half is not found).
MAX_LINE = 2_000
# Text longer than this is not searched for secrets piece by piece: it is replaced by a notice
# (only debug logging writes such lines: pygls logs every message it sends at debug level).
MAX_SCANNED = 200_000


def redact_text(text: str) -> str:
    """`text` as the one redactor lets it out (detected secrets, values under secret names,
    high-entropy tokens): the wrapper the server's log and its messages use (defence in depth:
    findings are redacted at the source already)."""
    if len(text) > MAX_SCANNED:
        return f"<{len(text):,} characters not logged>"
    return redaction.redact_text(text)


class RedactingFilter(logging.Filter):
    """Formats each record once, redacts it, cuts it to one bounded line, and drops its
    traceback unless `debug` (the traceback, redacted, is then kept)."""

    def __init__(self, debug: bool = False) -> None:
        super().__init__()
        self.debug = debug

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string in a library's log call
            message = f"{record.msg!s} (unformattable arguments)"
        exc = record.exc_info
        detail = ""
        if exc and exc[1] is not None:
            if self.debug:
                detail = "\n" + redact_text("".join(traceback.format_exception(*exc)))
            elif type(exc[1]).__name__ not in message:
                detail = f" ({type(exc[1]).__name__})"
        text = redact_text(message)
        if not self.debug:
            text = " ".join(text.split("\n"))
        if len(text) > MAX_LINE:
            text = text[:MAX_LINE] + " [cut]"
        record.msg = text + detail
        record.args = ()
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return True


def configure(level: int = logging.WARNING, debug: bool = False) -> logging.Handler:
    """Send every log record to stderr through the redacting filter, and route uncaught
    exceptions (main thread, other threads, unraisable) to the log."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.addFilter(RedactingFilter(debug))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if debug else level)
    # pygls logs each message it sends and receives at debug and info level (with the
    # document text): keep its chatter out unless debugging.
    logging.getLogger("pygls").setLevel(logging.DEBUG if debug else max(level, logging.WARNING))
    log = logging.getLogger("vigilint.server")

    def excepthook(kind: type[BaseException], value: BaseException,
                   tb: TracebackType | None) -> None:
        log.error("uncaught %s: %s", kind.__name__, value, exc_info=(kind, value, tb))

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None and not isinstance(args.exc_value, SystemExit):
            log.error("uncaught %s in thread %s: %s", args.exc_type.__name__,
                      getattr(args.thread, "name", "?"), args.exc_value,
                      exc_info=(args.exc_type, args.exc_value, args.exc_traceback))

    def unraisable_hook(unraisable: sys.UnraisableHookArgs) -> None:
        log.debug("unraisable %s: %s", unraisable.exc_type.__name__, unraisable.exc_value)

    sys.excepthook = excepthook
    threading.excepthook = thread_hook
    sys.unraisablehook = unraisable_hook
    return handler
