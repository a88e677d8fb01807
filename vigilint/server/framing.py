"""LSP base-protocol framing (`Content-Length: N\\r\\n\\r\\n` + N bytes), robust to bad input.

`Framer` is a pure state machine: bytes in, events out. It never allocates what a header
announces: a body over `max_body` bytes is skipped in chunks (its first bytes kept, so the
server can still answer the request or tell the user about the document), and a body is
collected only as its bytes arrive.

It recovers from every framing error and says so with an event:
- garbage before a header, or a header block without a usable `Content-Length`: skipped up to
  the next `Content-Length:`;
- a `Content-Length` larger than what was sent: the next header shows up inside the body. A
  header line (`Content-Length: 12\\r\\n`) cannot occur in a JSON text (raw line breaks are
  not allowed in its strings, and the words are not JSON outside them), so seeing one ends
  the body there and framing starts again at it;
- a `Content-Length` smaller than the body: the body does not parse (the server answers
  -32700) and the rest is skipped as garbage up to the next header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_BODY = 64 * 1024 * 1024  # bytes; the largest message the server reads
MAX_HEADER = 8 * 1024  # bytes of header block before it is treated as garbage
HEAD_KEPT = 64 * 1024  # bytes kept of a skipped oversize body

_TERMINATOR = b"\r\n\r\n"
_CONTENT_LENGTH = re.compile(rb"content-length", re.IGNORECASE)
# A header line of the next message inside a body (see the module docs).
_RESYNC = re.compile(rb"Content-Length:[ \t]{0,8}\d{1,20}\r\n", re.IGNORECASE)
_HEADER_LINE = re.compile(rb"([A-Za-z0-9-]{1,64}):[ \t]*([^\r\n]*)")
_MARKER_OVERLAP = 64  # bytes of a chunk edge searched again: the marker (<= 45) may straddle it


@dataclass(frozen=True)
class Frame:
    body: bytes
    truncated: bool = False  # the next header came before `Content-Length` bytes


@dataclass(frozen=True)
class Oversize:
    length: int
    head: bytes  # the first bytes of the skipped body
    complete: bool  # all of it was skipped (False: a header cut it short)


@dataclass(frozen=True)
class Garbage:
    """Bytes that are not a message: logged, never answered."""

    size: int
    reason: str


Event = Frame | Oversize | Garbage


class Framer:
    def __init__(self, max_body: int = MAX_BODY) -> None:
        self.max_body = max_body
        self._buffer = bytearray()
        self._length: int | None = None  # body length announced by the current header
        self._searched = 0  # body bytes already searched for a resync marker
        self._skipping: int | None = None  # bytes left of an oversize body
        self._skipped_length = 0
        self._head = bytearray()
        self._tail = b""  # the last bytes of a skipped chunk (for a straddling marker)
        self._last_body = b""  # the end of the last body: a header may have begun in it

    def feed(self, data: bytes) -> list[Event]:
        events: list[Event] = []
        if self._skipping is not None:
            data = self._skip(data, events)
        self._buffer += data
        while True:
            if self._skipping is not None:
                rest = bytes(self._buffer)
                self._buffer.clear()
                self._buffer += self._skip(rest, events)
                if self._skipping is not None:
                    return events
            if self._length is None:
                if not self._header(events):
                    return events
            elif not self._body(events):
                return events

    # -- header ---------------------------------------------------------------------------
    def _header(self, events: list[Event]) -> bool:
        buffer = self._buffer
        if self._last_body:
            # A body a few bytes too long swallows the start of the next header
            # (`Content-Le`): take those bytes back once the rest of the header is here.
            tail = self._last_body
            marker = _RESYNC.search(tail + bytes(buffer[:64]))
            if marker is not None and marker.start() < len(tail):
                buffer[:0] = tail[marker.start():]
                self._last_body = b""
            elif len(buffer) >= 64 or buffer.find(_TERMINATOR) != -1:
                self._last_body = b""
            else:
                return False  # wait for more: the marker may end in the next bytes
        end = buffer.find(_TERMINATOR)
        if end == -1:
            if len(buffer) > MAX_HEADER:
                marker = _CONTENT_LENGTH.search(buffer, 1)
                keep = marker.start() if marker else len(buffer) - 16
                events.append(Garbage(keep, "a header block too long or without an end"))
                del buffer[:keep]
            return False
        block = bytes(buffer[:end])
        length, garbage_before = _parse_header(block)
        if garbage_before:
            events.append(Garbage(garbage_before, "bytes before a header"))
        if length is None:
            # No usable length: skip to the next `Content-Length` after this one, if any.
            marker = _CONTENT_LENGTH.search(buffer, garbage_before + 1, end + 4)
            skip = marker.start() if marker else end + 4
            events.append(Garbage(skip - garbage_before, "a header without a valid "
                                  "Content-Length"))
            del buffer[:skip]
            return True
        del buffer[:end + 4]
        if length > self.max_body:
            self._skipping = length
            self._skipped_length = length
            self._head.clear()
            self._tail = b""
            return True
        self._length = length
        self._searched = 0
        return True

    # -- body -----------------------------------------------------------------------------
    def _body(self, events: list[Event]) -> bool:
        assert self._length is not None
        buffer = self._buffer
        have = min(len(buffer), self._length)
        start = max(0, self._searched - _MARKER_OVERLAP)
        marker = _RESYNC.search(buffer, start, have) if have > start else None
        if marker is not None:
            events.append(Frame(bytes(buffer[:marker.start()]), truncated=True))
            del buffer[:marker.start()]
            self._length = None
            return True
        self._searched = have
        if len(buffer) < self._length:
            return False
        events.append(Frame(bytes(buffer[:self._length])))
        self._last_body = bytes(buffer[max(0, self._length - _MARKER_OVERLAP):self._length])
        del buffer[:self._length]
        self._length = None
        return True

    # -- oversize -------------------------------------------------------------------------
    def _skip(self, data: bytes, events: list[Event]) -> bytes:
        """Drop up to the rest of an oversize body from `data`; return what follows it."""
        assert self._skipping is not None
        take = min(len(data), self._skipping)
        chunk = data[:take]
        window = self._tail + chunk
        marker = _RESYNC.search(window)
        if marker is not None:
            # Framing starts again at the marker (which may begin in the previous chunk).
            self._keep_head(chunk[:max(0, marker.start() - len(self._tail))])
            events.append(Oversize(self._skipped_length, bytes(self._head), complete=False))
            self._skipping = None
            return window[marker.start():] + data[take:]
        self._keep_head(chunk)
        self._tail = window[-_MARKER_OVERLAP:]
        self._skipping -= take
        if self._skipping == 0:
            events.append(Oversize(self._skipped_length, bytes(self._head), complete=True))
            self._skipping = None
        return data[take:]

    def _keep_head(self, chunk: bytes) -> None:
        room = HEAD_KEPT - len(self._head)
        if room > 0:
            self._head += chunk[:room]


def _parse_header(block: bytes) -> tuple[int | None, int]:
    """(Content-Length or None, bytes of garbage before the header). Header names are matched
    case-insensitively; other headers (Content-Type) are accepted and ignored. Anything
    before the `Content-Length` that is not whole header lines (the rest of a body, noise
    run into the header's name) is garbage."""
    garbage = 0
    first = _CONTENT_LENGTH.search(block)
    if first is not None:
        line_start = block.rfind(b"\r\n", 0, first.start())
        line_start = 0 if line_start == -1 else line_start + 2
        before = block[:line_start].split(b"\r\n")[:-1] if line_start else []
        if first.start() != line_start or not all(_HEADER_LINE.fullmatch(x) for x in before):
            garbage = first.start()
    length: int | None = None
    for line in block[garbage:].split(b"\r\n"):
        match = _HEADER_LINE.fullmatch(line)
        if match is None:
            return None, garbage
        if match.group(1).lower() == b"content-length":
            value = match.group(2).strip()
            if not value.isdigit() or len(value) > 20:
                return None, garbage
            length = int(value)
    return length, garbage
