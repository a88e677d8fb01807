"""Hook input, tolerantly: bytes from an agent -> one JSON object, or a sentence saying why not.

- The bytes are read whole (never cut); above `MAX_EVENT_BYTES` the event is refused, which the
  caller turns into a block (a hook must not let through what it could not read).
- Encoding: UTF-8 (a byte-order mark is dropped), UTF-16 and UTF-32 by their byte-order mark or
  by the zero-byte pattern of their first characters (as `json.detect_encoding` reads it).
  Bytes that do not decode become U+FFFD and the rest is still checked; a note says so.
- The event is the first JSON value. Whitespace, NUL bytes and anything after it are ignored
  with a note: the agent hands the model what is inside the event, not what follows it.
- Nesting: the standard parser gives up near 1,000 levels; deeper input is parsed again by
  `ijson`'s event parser with an explicit stack, so a deep payload costs time linear in its size.
"""

from __future__ import annotations

import codecs
import io
import json
from dataclasses import dataclass, field
from typing import Any

MAX_EVENT_BYTES = 64 * 1024 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_IGNORABLE = " \t\r\n\x00\ufeff"


class EventError(ValueError):
    """The input is not a readable hook event; the message is a sentence for the user."""


class DeepEvent(Exception):
    """The input is nested deeper than the standard parser goes (with `deep=False`)."""


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


# Strict JSON, as agents send it and as the deep parser reads it: no NaN or Infinity.
_STRICT = json.JSONDecoder(parse_constant=_no_constant)


@dataclass
class DecodedEvent:
    payload: dict[str, Any]
    notes: list[str] = field(default_factory=list)


def read_all(stream: io.BufferedIOBase | Any, limit: int = MAX_EVENT_BYTES) -> tuple[bytes, bool]:
    """Everything on `stream` up to `limit` bytes, and whether there was more."""
    chunks: list[bytes] = []
    size = 0
    while size <= limit:
        chunk = stream.read(min(1 << 20, limit + 1 - size))
        if not chunk:
            return b"".join(chunks), False
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)[:limit], True


def decode_text(data: bytes) -> tuple[str, list[str]]:
    """The text of the input and notes on what was unusual about it."""
    notes: list[str] = []
    encoding = None
    for bom, name in _BOMS:
        if data.startswith(bom):
            encoding, data = name, data[len(bom):]
            if name != "utf-8":
                notes.append(f"the input was {name.upper()} (by its byte-order mark)")
            break
    if encoding is None:
        encoding = json.detect_encoding(data) if data else "utf-8"
        if encoding != "utf-8":
            notes.append(f"the input was {encoding.upper()}")
    text = data.decode(encoding, errors="replace")
    if "\ufffd" in text and "\ufffd".encode(encoding) not in data:
        notes.append(f"bytes that are not valid {encoding.upper()} were replaced")
    return text, notes


def decode_event(data: bytes, deep: bool = True) -> DecodedEvent:
    """The hook event in `data` (a JSON object). Raises EventError with a sentence; with
    `deep=False`, DeepEvent for input that needs the (slower) deep parser."""
    if len(data) > MAX_EVENT_BYTES:
        raise EventError(f"the hook input is larger than {MAX_EVENT_BYTES // (1 << 20)} MiB")
    text, notes = decode_text(data)
    start = len(text) - len(text.lstrip(_IGNORABLE))
    if start == len(text):
        raise EventError("the hook input is empty")
    try:
        value, end = _STRICT.raw_decode(text, start)
    except RecursionError:
        if not deep:
            raise DeepEvent from None
        value, end = _parse_deep(text, start)
    except json.JSONDecodeError as exc:
        raise EventError(f"the hook input is not JSON ({exc.msg}: line {exc.lineno}, "
                         f"column {exc.colno})") from None
    except ValueError as exc:
        raise EventError(f"the hook input is not JSON ({exc})") from None
    rest = text[end:].strip(_IGNORABLE)
    if rest:
        notes.append(f"{len(rest):,} characters after the JSON event were ignored")
    if not isinstance(value, dict):
        raise EventError(f"the hook input is a JSON {_kind(value)}, not an object")
    return DecodedEvent(value, notes)


def _kind(value: Any) -> str:
    return {list: "array", str: "string", bool: "boolean", type(None): "null"}.get(
        type(value), "number")


def _parse_deep(text: str, start: int) -> tuple[Any, int]:
    """The first JSON value of `text[start:]`, however deep, and where it ends."""
    import ijson  # only for input nested past the standard parser's limit

    data = text[start:].encode("utf-8", "replace")  # a lone surrogate can't be UTF-8
    try:
        return _build(ijson.basic_parse(io.BytesIO(data), use_float=True,
                                        multiple_values=True)), len(text)
    except _Overflow:  # yajl's integers stop at 64 bits; the pure-Python backend has none
        events = ijson.get_backend("python").basic_parse(io.BytesIO(data), use_float=True,
                                                         multiple_values=True)
        return _build(events), len(text)


class _Overflow(Exception):
    pass


def _build(events: Any) -> Any:
    """The first value of a stream of ijson events, built with an explicit stack."""
    import ijson

    stack: list[Any] = []
    keys: list[str | None] = []
    value: Any = None
    done = False
    try:
        for event, item in events:
            if event == "map_key":
                keys[-1] = item
                continue
            if event in ("start_map", "start_array"):
                stack.append({} if event == "start_map" else [])
                keys.append(None)
                continue
            if event in ("end_map", "end_array"):
                item = stack.pop()
                keys.pop()
            if not stack:
                value, done = item, True
                break
            parent = stack[-1]
            if isinstance(parent, dict):
                parent[keys[-1]] = item
            else:
                parent.append(item)
    except (ijson.JSONError, ValueError) as exc:  # UnicodeDecodeError is a ValueError
        if not done and "integer overflow" in str(exc):
            raise _Overflow from None
        if not done:
            raise EventError(f"the hook input is not JSON ({_first_line(exc)})") from None
    if not done:
        raise EventError("the hook input is not JSON (it ends inside a value)")
    # The event parser does not say where the value ends; what follows is ignored either way.
    return value


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
