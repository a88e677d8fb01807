"""The server's input loop: a dedicated reader thread, `Framer`, and the event loop.

pygls reads stdin line by line through its shared thread pool and trusts `Content-Length`
(a huge value is allocated at once: MemoryError) and the JSON (an error is logged with a
traceback and the request is never answered). Here one thread owns stdin: it reads what is
available, frames it (`framing.Framer`), decodes and validates each message off the event loop
(`protocol.VigilintProtocol.decode`), and hands each chunk's messages to the loop in one
callback, in order. A request that cannot be decoded is answered with the JSON-RPC error the
protocol gives it; what cannot be answered is logged as one line. The thread blocks only in
`read`, so no analysis can keep it from taking input.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import threading
from collections.abc import Callable
from typing import Any, BinaryIO

from vigilint.server.framing import Frame, Framer, Garbage, Oversize
from vigilint.server.protocol import INVALID_REQUEST, Rejected, VigilintProtocol

log = logging.getLogger(__name__)

READ_SIZE = 256 * 1024
_ID = re.compile(rb'"id"\s*:\s*(-?\d{1,15}|"(?:[^"\\]|\\.){0,200}")')
_IS_REQUEST_HINT = re.compile(rb'"method"\s*:')
_URI = re.compile(rb'"uri"\s*:\s*"((?:[^"\\]|\\.){1,2000})"')


def _oversize_id(head: bytes) -> int | str | None:
    """The id of a skipped oversize message, when its first bytes show one."""
    if _IS_REQUEST_HINT.search(head) is None:
        return None
    match = _ID.search(head)
    if match is None:
        return None
    raw = match.group(1)
    if raw.startswith(b'"'):
        return raw[1:-1].decode("utf-8", "replace")
    return int(raw)


def oversize_uri(head: bytes) -> str | None:
    match = _URI.search(head)
    return match.group(1).decode("utf-8", "replace") if match else None


class Reader:
    """Reads `stream` in its own thread and feeds `protocol` on `loop`."""

    def __init__(self, stream: BinaryIO, protocol: VigilintProtocol,
                 loop: asyncio.AbstractEventLoop, on_eof: Callable[[], None],
                 on_oversize: Callable[[Oversize], None] | None = None,
                 max_body: int | None = None) -> None:
        self.stream = stream
        self.protocol = protocol
        self.loop = loop
        self.on_eof = on_eof
        self.on_oversize = on_oversize
        self.framer = Framer() if max_body is None else Framer(max_body)
        self.thread = threading.Thread(target=self._run, name="vigilint-reader", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def _read(self) -> bytes:
        try:
            fd = self.stream.fileno()
        except (AttributeError, OSError, ValueError):
            return self.stream.read(READ_SIZE) or b""
        return os.read(fd, READ_SIZE)

    def _run(self) -> None:
        try:
            while True:
                try:
                    data = self._read()
                except OSError as exc:
                    log.warning("reading the client's input failed: %s", exc)
                    break
                if not data:
                    break
                batch = self._messages(data)
                if batch:
                    self.loop.call_soon_threadsafe(self._deliver, batch)
        except Exception as exc:  # the reader must not die silently: end the session
            log.error("the input loop failed: %s: %s", type(exc).__name__, exc,
                      exc_info=(type(exc), exc, exc.__traceback__))
        self.loop.call_soon_threadsafe(self.on_eof)

    def _messages(self, data: bytes) -> list[tuple[str, Any]]:
        """What the loop must do for this chunk, in order: ("message", m) or ("error", r)."""
        out: list[tuple[str, Any]] = []
        for event in self.framer.feed(data):
            if isinstance(event, Frame):
                if event.truncated:
                    log.warning("a message was shorter than its Content-Length; reading "
                                "resumes at the next header")
                try:
                    out.append(("message", self.protocol.decode(event.body,
                                                                  event.truncated)))
                except Rejected as rejected:
                    is_request = rejected.msg_id is not None
                    out.append(("error", (rejected, is_request)))
            elif isinstance(event, Oversize):
                log.warning("skipped a message of %s bytes (the limit is %s bytes)",
                            f"{event.length:,}", f"{self.framer.max_body:,}")
                msg_id = _oversize_id(event.head)
                if msg_id is not None:
                    out.append(("error", (Rejected(
                        INVALID_REQUEST, f"The message is too large ({event.length:,} bytes; "
                        f"the limit is {self.framer.max_body:,}).", msg_id), True)))
                out.append(("oversize", event))
            elif isinstance(event, Garbage):
                log.warning("skipped %d bytes of input that are not a message (%s)",
                            event.size, event.reason)
        return out

    def _deliver(self, batch: list[tuple[str, Any]]) -> None:
        for kind, item in batch:
            try:
                if kind == "message":
                    self.protocol.handle_message(item)
                elif kind == "error":
                    self.protocol.reject(*item)
                elif kind == "oversize" and self.on_oversize is not None:
                    self.on_oversize(item)
            except Exception as exc:  # one bad message must not take the others with it
                log.error("handling a message failed: %s: %s", type(exc).__name__, exc,
                          exc_info=(type(exc), exc, exc.__traceback__))
