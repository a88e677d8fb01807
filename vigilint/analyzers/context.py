"""What a rule sees of a file (`FileContext`) and what it returns (`Hit`)."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field
from fnmatch import fnmatch
from functools import cached_property
from pathlib import PurePosixPath
from typing import Any

from tree_sitter import Node, Tree

from vigilint.analyzers.roles import role_of
from vigilint.model import Confidence, Edit, Fix, Impact, Likelihood, Role

TEST_PATH_PARTS = frozenset({"test", "tests", "testing", "spec", "specs", "__tests__",
                             "fixtures", "testdata", "test_data", "mocks", "__mocks__"})


@dataclass(frozen=True)
class Related:
    """Evidence of a finding elsewhere: the source of a flow, a sibling route, an inner sink.
    Give the place as a byte range of this file, or as 1-based positions (columns in
    characters) of `path` ("" = this file)."""

    message: str
    byte_range: tuple[int, int] | None = None
    position: tuple[int, int, int, int] | None = None  # line, column, end_line, end_column
    path: str = ""


@dataclass(frozen=True)
class Hit:
    """One match of a rule. Give the place as a node, a byte range, or 1-based line/column
    positions (columns in characters). Anything left None takes the rule's value.

    `secrets` lists raw secret values found by the rule: the engine masks every occurrence in
    the snippet and message, so they never leave the analyzer. `related` carries the evidence
    (SARIF `relatedLocations`, LSP `relatedInformation`).
    """

    node: Node | None = None
    byte_range: tuple[int, int] | None = None
    position: tuple[int, int, int, int] | None = None  # line, column, end_line, end_column
    message: str | None = None
    likelihood: Likelihood | None = None
    impact: Impact | None = None
    confidence: Confidence | None = None
    fix: Fix | None = None
    secrets: tuple[str, ...] = ()
    related: tuple[Related, ...] = ()


@dataclass
class FileContext:
    """A file being analysed: its text, bytes, syntax tree and per-file caches."""

    path: str  # as displayed and reported: relative to the scan root, "/" separated
    language: str
    text: str
    tree: Tree | None = None
    source: bytes = b""
    cache: dict[str, Any] = field(default_factory=dict)  # per-file memo shared by rules
    # the bytes were encoded from an ASCII text: byte offsets are text offsets
    _ascii_source: bool = field(default=False, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.source:
            self.source = self.text.encode("utf-8", "surrogatepass")
            self._ascii_source = self.text.isascii()

    @cached_property
    def line_starts(self) -> list[int]:
        """Byte offset where each line starts (0-based line index)."""
        starts = [0]
        find = self.source.find
        pos = find(b"\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find(b"\n", pos + 1)
        return starts

    @cached_property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    @cached_property
    def is_ascii(self) -> bool:
        return self.text.isascii()

    @cached_property
    def is_test_path(self) -> bool:
        """True for files that look like tests or fixtures (used to lower, not drop, findings)."""
        p = PurePosixPath(self.path.lower())
        if any(part in TEST_PATH_PARTS for part in p.parts[:-1]):
            return True
        name = p.name
        return (name.startswith("test_") or fnmatch(name, "*_test.*") or fnmatch(name, "*.test.*")
                or fnmatch(name, "*.spec.*") or fnmatch(name, "*tests.py")
                or name == "conftest.py")

    @cached_property
    def role(self) -> Role:
        """What the file is for (app, test, fixture, docs, example, generated, vendored, build):
        `[tool.vigilint.roles]` from the settings in `cache["settings"]`, path conventions,
        content markers (see analyzers/roles.py)."""
        settings = self.cache.get("settings")
        return role_of(self.path, self.text, getattr(settings, "roles", None))

    # -- text of nodes -------------------------------------------------------------------
    def node_text(self, node: Node | None) -> str:
        if node is None:
            return ""
        if self._ascii_source:
            return self.text[node.start_byte:node.end_byte]
        return self.source[node.start_byte:node.end_byte].decode("utf-8", "replace")

    # -- positions ------------------------------------------------------------------------
    def _column(self, row: int, byte_col: int) -> int:
        """1-based code-point column from a 0-based row and byte column."""
        if self.is_ascii:
            return byte_col + 1
        start = self.line_starts[row] if row < len(self.line_starts) else len(self.source)
        return len(self.source[start:start + byte_col].decode("utf-8", "replace")) + 1

    def position_of_byte(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a byte offset."""
        row = bisect.bisect_right(self.line_starts, offset) - 1
        return row + 1, self._column(row, offset - self.line_starts[row])

    def byte_of_position(self, line: int, column: int) -> int:
        """Byte offset of a 1-based (line, column) position (column in code points)."""
        row = min(max(line - 1, 0), len(self.line_starts) - 1)
        start = self.line_starts[row]
        if self.is_ascii:
            return start + column - 1
        text = self.lines[row] if row < len(self.lines) else ""
        return start + len(text[: column - 1].encode("utf-8", "surrogatepass"))

    def node_position(self, node: Node) -> tuple[int, int, int, int]:
        (r0, c0), (r1, c1) = node.start_point, node.end_point
        return r0 + 1, self._column(r0, c0), r1 + 1, self._column(r1, c1)

    # -- fixes ----------------------------------------------------------------------------
    def edit_bytes(self, start: int, end: int, new_text: str) -> Edit:
        line, col = self.position_of_byte(start)
        end_line, end_col = self.position_of_byte(end)
        return Edit(line=line, column=col, end_line=end_line, end_column=end_col,
                    new_text=new_text)

    def edit_node(self, node: Node, new_text: str) -> Edit:
        return self.edit_bytes(node.start_byte, node.end_byte, new_text)

    def insert_at(self, offset: int, new_text: str) -> Edit:
        return self.edit_bytes(offset, offset, new_text)

    # -- tree helpers ---------------------------------------------------------------------
    def walk(self, node: Node | None = None) -> Iterator[Node]:
        """Every node under `node` (default: the root), in document order, without recursion."""
        start = node if node is not None else (self.tree.root_node if self.tree else None)
        if start is None:
            return
        cursor = start.walk()
        depth = 0
        while True:
            yield cursor.node  # type: ignore[misc]
            if cursor.goto_first_child():
                depth += 1
                continue
            while True:
                if depth == 0:
                    return
                if cursor.goto_next_sibling():
                    break
                cursor.goto_parent()
                depth -= 1
