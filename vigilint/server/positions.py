"""Positions: LSP (0-based line, UTF-16 column) <-> text offsets <-> tree-sitter bytes/points.

LSP lines end at `\\n`, `\\r\\n` or `\\r`; columns count UTF-16 code units. The engine counts
lines at `\\n` and columns in code points (1-based); tree-sitter counts bytes of UTF-8 and rows
at `\\n`. Every conversion between them lives here, with fast paths for ASCII text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate

from lsprotocol import types

# `str.splitlines` also breaks at \v \f \x1c \x1d \x1e \x85 \u2028 \u2029; LSP does not.
_LSP_BREAK = re.compile("\r\n|\r|\n")


def _has_extra_breaks(text: str) -> bool:
    # Substring tests run at C speed; a regex over a large text costs far more.
    if any(ch in text for ch in "\v\f\x1c\x1d\x1e"):
        return True
    return not text.isascii() and any(ch in text for ch in "\x85\u2028\u2029")


def split_lsp_lines(text: str) -> list[str]:
    """The lines of `text` as LSP counts them, each with its terminator."""
    if not _has_extra_breaks(text):
        return text.splitlines(keepends=True)
    out: list[str] = []
    start = 0
    for match in _LSP_BREAK.finditer(text):
        out.append(text[start:match.end()])
        start = match.end()
    if start < len(text):
        out.append(text[start:])
    return out


def utf16_len(text: str) -> int:
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def utf16_to_codepoints(line: str, column: int) -> int:
    """Code-point index in `line` of a UTF-16 column (clamped; a column inside a surrogate
    pair maps to the start of its character). Counted per code point: one unit each, two for
    a character outside the BMP; a lone surrogate is one unit (decoding the UTF-16 bytes would
    drop it, or pair it with a neighbour, and shift every later column)."""
    if column <= 0:
        return 0
    if line.isascii():
        return min(column, len(line))
    astral = 0
    for match in _ASTRAL.finditer(line):
        unit = match.start() + astral  # UTF-16 offset of this character
        if column <= unit:
            break
        if column == unit + 1:
            return match.start()  # between its two units: the start of the character
        astral += 1
    return min(column - astral, len(line))


def without_surrogates(text: str) -> str:
    """`text` with each lone surrogate (JSON allows `\\ud800`) replaced by U+FFFD for the
    analyzers: the same length in code points, UTF-16 units and UTF-8 bytes (3, encoded with
    `surrogatepass`), so every position agrees, and tree-sitter gets valid UTF-8."""
    if text.isascii() or _SURROGATE.search(text) is None:
        return text
    return _SURROGATE.sub("\ufffd", text)


def utf8_len(text: str) -> int:
    if text.isascii():
        return len(text)
    return len(text.encode("utf-8", "surrogatepass"))


@dataclass(frozen=True)
class ByteEdit:
    """A tree-sitter edit: byte offsets and (row, byte column) points."""

    start_byte: int
    old_end_byte: int
    new_end_byte: int
    start_point: tuple[int, int]
    old_end_point: tuple[int, int]
    new_end_point: tuple[int, int]


# Above this many code points a text is indexed by blocks (`_Blocks`) instead of by line: no
# list of line strings (70 bytes and more per line), and an index built in milliseconds.
LARGE_TEXT = 1 << 20
BLOCK = 1 << 13


class _Blocks:
    """Counts of LSP line breaks per block of a large text: finding line N or the line of an
    offset searches one block. Blocks never split a `\r\n`."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] = []
        self.before: list[int] = []  # line breaks before each block
        total = 0
        pos = 0
        size = len(text)
        while pos < size:
            end = min(pos + BLOCK, size)
            if end < size and text[end - 1] == "\r" and text[end] == "\n":
                end += 1
            self.starts.append(pos)
            self.before.append(total)
            total += _breaks(text, pos, end)
            pos = end
        self.breaks = total

    def line_start(self, line: int) -> int:
        if line <= 0:
            return 0
        block = bisect_right(self.before, line - 1) - 1  # the block holding break `line`
        start = self.starts[block]
        end = self.starts[block + 1] if block + 1 < len(self.starts) else len(self.text)
        wanted = line - self.before[block]
        for count, match in enumerate(_LSP_BREAK.finditer(self.text, start, end), 1):
            if count == wanted:
                return match.end()
        return len(self.text)

    def line_of(self, offset: int) -> int:
        text = self.text
        if 0 < offset < len(text) and text[offset - 1] == "\r" and text[offset] == "\n":
            offset -= 1  # between the two characters of a `\r\n`: still the line before
        block = max(bisect_right(self.starts, offset) - 1, 0)
        if not self.starts:
            return 0
        return self.before[block] + _breaks(text, self.starts[block], offset)


def _breaks(text: str, start: int, end: int) -> int:
    return text.count("\n", start, end) + text.count("\r", start, end) \
        - text.count("\r\n", start, end)


class LineIndex:
    """Line starts of one text (immutable; build a new one after an edit). A large text is
    indexed by blocks (see `LARGE_TEXT`)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._blocks: _Blocks | None = None
        self._starts: list[int] | None = None
        if len(text) > LARGE_TEXT:
            self._blocks = _Blocks(text)
            self.count = self._blocks.breaks + 1
        else:
            self.lines  # noqa: B018 - builds the line list and starts now
            assert self._starts is not None
            self.count = len(self._starts)

    @cached_property
    def lines(self) -> list[str]:
        """The LSP lines, each with its terminator (an empty last line after a final break)."""
        lines = split_lsp_lines(self.text)
        starts = [0, *accumulate(map(len, lines))]
        if not lines or lines[-1][-1:] in ("\n", "\r"):
            # The text ends with a line break (or is empty): there is one more, empty line.
            lines.append("")
        else:
            starts.pop()
        if self._blocks is None:
            self._starts = starts
        return lines

    @property
    def starts(self) -> list[int]:
        if self._starts is None:
            self.lines  # noqa: B018
            if self._starts is None:
                self._starts = [self.line_start(i) for i in range(self.count)]
        return self._starts

    def line_start(self, line: int) -> int:
        if self._blocks is not None:
            return self._blocks.line_start(line)
        assert self._starts is not None
        return self._starts[line]

    def line_of(self, offset: int) -> int:
        if self._blocks is not None:
            return self._blocks.line_of(offset)
        assert self._starts is not None
        return bisect_right(self._starts, offset) - 1

    @cached_property
    def is_ascii(self) -> bool:
        return self.text.isascii()

    @cached_property
    def lone_cr(self) -> bool:
        """True when a bare `\\r` ends a line: then LSP lines differ from `\\n` lines."""
        return "\r" in self.text and re.search("\r(?!\n)", self.text) is not None

    def line_text(self, line: int) -> str:
        """Line `line` (0-based) without its terminator."""
        if line < 0 or line >= self.count:
            return ""
        if self._blocks is None:
            return self.lines[line].rstrip("\r\n")
        start = self.line_start(line)
        found = _LSP_BREAK.search(self.text, start)
        return self.text[start:found.start() if found else len(self.text)]

    # -- LSP position <-> code-point offset --------------------------------------------
    def offset(self, position: types.Position) -> int:
        """Code-point offset of an LSP position (clamped to the text)."""
        line = position.line
        if line < 0:
            return 0
        if line >= self.count:
            return len(self.text)
        content = self.line_text(line)
        return self.line_start(line) + utf16_to_codepoints(content, position.character)

    def position(self, offset: int) -> types.Position:
        """LSP position of a code-point offset."""
        offset = max(0, min(offset, len(self.text)))
        line = self.line_of(offset)
        start = self.line_start(line)
        prefix = self.text[start:offset]
        if prefix.endswith("\r"):  # between the `\r` and `\n` of a line break: the line end
            prefix = prefix[:-1]
        return types.Position(line=line, character=utf16_len(prefix))

    # -- engine (1-based line at `\n`, 1-based code-point column) ----------------------
    def engine_offset(self, line: int, column: int) -> int:
        """Code-point offset of an engine position."""
        if not self.lone_cr:
            if line - 1 >= self.count:
                return len(self.text)
            start = self.line_start(min(max(line - 1, 0), self.count - 1))
        else:
            start = 0
            for _ in range(max(line - 1, 0)):
                found = self.text.find("\n", start)
                if found == -1:
                    return len(self.text)
                start = found + 1
        end = self.text.find("\n", start)
        end = len(self.text) if end == -1 else end
        if end > start and self.text[end - 1] == "\r":
            end -= 1  # a column past the content of a CRLF line ends before its `\r`
        return min(start + max(column - 1, 0), end)

    def engine_range(self, line: int, column: int, end_line: int,
                     end_column: int) -> types.Range:
        start = self.position(self.engine_offset(line, column))
        end = self.position(self.engine_offset(end_line, end_column))
        return types.Range(start=start, end=end)

    def engine_position(self, position: types.Position) -> tuple[int, int]:
        """1-based (line, code-point column) for the engine of an LSP position."""
        offset = self.offset(position)
        if not self.lone_cr:
            line = position.line if position.line < self.count else self.count - 1
            line = max(line, 0)
            return line + 1, offset - self.line_start(line) + 1
        line_start = self.text.rfind("\n", 0, offset) + 1
        return self.text.count("\n", 0, offset) + 1, offset - line_start + 1

    # -- tree-sitter ------------------------------------------------------------------
    def byte_offset(self, offset: int) -> int:
        if self.is_ascii:
            return offset
        return utf8_len(self.text[:offset])

    def point(self, offset: int) -> tuple[int, int]:
        """tree-sitter (row, byte column) of a code-point offset."""
        row = self.text.count("\n", 0, offset) if self.lone_cr else self.line_of(offset)
        line_start = self.text.rfind("\n", 0, offset) + 1
        return row, utf8_len(self.text[line_start:offset])


def byte_edit(index: LineIndex, start: int, end: int, new_text: str) -> ByteEdit:
    """The tree-sitter edit for replacing code points [start, end) of `index.text`."""
    start_byte = index.byte_offset(start)
    old_end_byte = start_byte + utf8_len(index.text[start:end])
    new_end_byte = start_byte + utf8_len(new_text)
    start_point = index.point(start)
    old_end_point = index.point(end)
    breaks = new_text.count("\n")
    if breaks:
        tail = new_text[new_text.rfind("\n") + 1:]
        new_end_point = (start_point[0] + breaks, utf8_len(tail))
    else:
        new_end_point = (start_point[0], start_point[1] + utf8_len(new_text))
    return ByteEdit(start_byte, old_end_byte, new_end_byte, start_point, old_end_point,
                    new_end_point)
