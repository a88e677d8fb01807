"""Shared text scanning for the data-leakage rules (`leakage_*.py`): windows around cheap
keyword hits, positions from character offsets, and where these rules stay quiet (docs, lock
files). Personal data found by these rules is passed as `Hit.secrets`, so the engine masks it in
every snippet: a report about leaked personal data must not repeat it."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.secrets.filters import is_doc_path, is_lock_file
from vigilint.analyzers.secrets.scanner import windows
from vigilint.model import Likelihood


def quiet(ctx: FileContext) -> bool:
    """Docs, changelogs and lock files: addresses there are attribution, not leakage.
    Computed once per file (every leakage rule asks)."""
    result = ctx.cache.get("leakage.quiet")
    if result is None:
        result = ctx.cache["leakage.quiet"] = is_doc_path(ctx.path) or is_lock_file(ctx.path)
    return bool(result)


def in_tests(ctx: FileContext) -> bool:
    """Test and fixture code, by the old path test or the file's code role (content markers,
    `[tool.vigilint.roles]`): sample personal data there is test data."""
    return ctx.is_test_path or ctx.role in ("test", "fixture")


def _starts(ctx: FileContext) -> list[int]:
    starts = ctx.cache.get("leakage.line_starts")
    if starts is None:
        starts = [0]
        for line in ctx.lines[:-1]:
            starts.append(starts[-1] + len(line) + 1)
        ctx.cache["leakage.line_starts"] = starts
    return list(starts)


def position(ctx: FileContext, start: int, end: int) -> tuple[int, int, int, int]:
    starts = _starts(ctx)
    row = bisect.bisect_right(starts, start) - 1
    end_row = bisect.bisect_right(starts, end) - 1
    return row + 1, start - starts[row] + 1, end_row + 1, end - starts[end_row] + 1


_COMMENTS = frozenset({"comment", "line_comment", "block_comment"})


def in_prose(ctx: FileContext, start: int) -> bool:
    """The character at `start` is in a comment or a Python docstring (a bare string
    statement) of a parsed file: documentation, whose addresses are attribution and examples
    like those of a docs folder."""
    if ctx.tree is None:
        return False
    row, col, _, _ = position(ctx, start, start)
    line = ctx.lines[row - 1] if row - 1 < len(ctx.lines) else ""
    offset = ctx.line_starts[row - 1] + len(line[:col - 1].encode("utf-8", "surrogatepass"))
    node: Node | None = ctx.tree.root_node.descendant_for_byte_range(offset, offset)
    while node is not None:
        if node.type in _COMMENTS:
            return True
        if node.type == "string" and ctx.language == "python" and node.parent is not None \
                and node.parent.type == "expression_statement" \
                and node.parent.named_child_count == 1:
            return True
        node = node.parent
    return False


def find(ctx: FileContext, regex: re.Pattern[str], keywords: Iterable[str],
         lower: bool = True, code_only: bool = False) -> Iterator[re.Match[str]]:
    """Matches of `regex` on the lines holding one of the keywords (`code_only`: not in
    comments and docstrings)."""
    text = ctx.text
    low = ctx.cache.get("leakage.lower")
    if low is None:
        from vigilint.analyzers.secrets.scanner import lowered

        low = lowered(text)
        ctx.cache["leakage.lower"] = low
    for start, end in windows(text, low if lower else text, keywords):
        for match in regex.finditer(text, start, end):
            if not (code_only and in_prose(ctx, match.start())):
                yield match


def hit(ctx: FileContext, start: int, end: int, message: str, value: str,
        mask: bool = True) -> Hit:
    likelihood: Likelihood | None = "unlikely" if in_tests(ctx) else None
    return Hit(position=position(ctx, start, end), message=message, likelihood=likelihood,
               secrets=(value,) if mask else ())
