"""Languages by file name, and their tree-sitter parsers and compiled queries (cached).

Grammars come from the official per-language wheels (tree-sitter-python, ...): they work
offline and with tree-sitter >= 0.25. Files of no known language are "text": they get no
syntax tree, but the text rules (secrets, leakage) still see them.
"""

from __future__ import annotations

import functools
import importlib
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import PurePath
from typing import Any, cast

from tree_sitter import Language, Node, Parser, Query, QueryCursor, Tree

from vigilint import lazyre

# language name -> (grammar module, function returning the language pointer)
_GRAMMARS: dict[str, tuple[str, str]] = {
    "python": ("tree_sitter_python", "language"),
    "javascript": ("tree_sitter_javascript", "language"),
    "typescript": ("tree_sitter_typescript", "language_typescript"),
    "tsx": ("tree_sitter_typescript", "language_tsx"),
    "go": ("tree_sitter_go", "language"),
    "java": ("tree_sitter_java", "language"),
    "yaml": ("tree_sitter_yaml", "language"),
    "json": ("tree_sitter_json", "language"),
    "toml": ("tree_sitter_toml", "language"),
    "hcl": ("tree_sitter_hcl", "language"),
    "bash": ("tree_sitter_bash", "language"),
    "dockerfile": ("tree_sitter_containerfile", "language"),
}

TREE_LANGUAGES: tuple[str, ...] = tuple(_GRAMMARS)
# Languages with no grammar: analysed as text only.
TEXT_LANGUAGES: tuple[str, ...] = ("dotenv", "properties", "text")
LANGUAGES: tuple[str, ...] = TREE_LANGUAGES + TEXT_LANGUAGES

# Rules written for a family apply to all of its members (TypeScript's grammar extends
# JavaScript's, so JavaScript queries compile for it too).
FAMILIES: dict[str, tuple[str, ...]] = {
    "javascript": ("javascript", "typescript", "tsx"),
    "typescript": ("typescript", "tsx"),
    "*": LANGUAGES,
}

_EXTENSIONS: dict[str, str] = {
    ".py": "python", ".pyi": "python", ".pyw": "python",
    ".js": "javascript", ".jsx": "javascript", ".mjs": "javascript", ".cjs": "javascript",
    ".ts": "typescript", ".mts": "typescript", ".cts": "typescript",
    ".tsx": "tsx",
    ".go": "go",
    ".java": "java",
    ".yaml": "yaml", ".yml": "yaml",
    ".json": "json", ".jsonc": "json",
    ".toml": "toml",
    ".tf": "hcl", ".hcl": "hcl", ".tfvars": "hcl",
    ".sh": "bash", ".bash": "bash", ".zsh": "bash", ".ksh": "bash",
    ".dockerfile": "dockerfile", ".containerfile": "dockerfile",
    ".env": "dotenv",
    ".properties": "properties", ".ini": "properties", ".cfg": "properties",
    ".conf": "properties",
}

_SHEBANG = lazyre.compile(rb"^#!\s*(?:/usr/bin/env\s+(?:-\S+\s+)*)?(?:\S*/)?(\S+)")
_SHEBANG_LANGUAGES: dict[str, str] = {
    "python": "python", "node": "javascript", "deno": "typescript", "bun": "javascript",
    "ts-node": "typescript", "sh": "bash", "bash": "bash", "zsh": "bash", "dash": "bash",
    "ksh": "bash",
}


def language_for(path: str, head: bytes = b"") -> str:
    """The language of a file from its name, extension or shebang line; "text" if none fits."""
    name = PurePath(path).name
    lower = name.lower()
    # fnmatch's `dockerfile.*`, `*.dockerfile`, `containerfile.*` (a bare name: no separator
    # for normcase to change, already lower-cased)
    if lower in ("dockerfile", "containerfile") or lower.startswith("dockerfile.") \
            or lower.endswith(".dockerfile") or lower.startswith("containerfile."):
        return "dockerfile"
    if lower == ".env" or lower.startswith(".env.") or lower.endswith(".env"):
        return "dotenv"
    if lower.endswith(".d.ts"):
        return "typescript"
    suffix = PurePath(lower).suffix
    if suffix in _EXTENSIONS:
        return _EXTENSIONS[suffix]
    if head.startswith(b"#!"):
        match = _SHEBANG.match(head.split(b"\n", 1)[0])
        if match:
            interpreter = re.sub(r"[0-9.]+$", "", match.group(1).decode("ascii", "replace"))
            if interpreter in _SHEBANG_LANGUAGES:
                return _SHEBANG_LANGUAGES[interpreter]
    return "text"


def expand(languages: tuple[str, ...]) -> frozenset[str]:
    """Rule language names (including families like "javascript" and "*") -> languages."""
    out: set[str] = set()
    for lang in languages:
        out.update(FAMILIES.get(lang, (lang,)))
    return frozenset(out)


@functools.cache
def tree_language(name: str) -> Language:
    module_name, function = _GRAMMARS[name]
    module = importlib.import_module(module_name)
    pointer: Callable[[], object] = getattr(module, function)
    return Language(pointer())


_local = threading.local()


def own_parser(name: str) -> Parser:
    """The language's parser of this thread (parsers are not thread-safe), never sharing
    trees (see `parser_for`)."""
    parsers: dict[str, Parser] = _local.__dict__.setdefault("parsers", {})
    if name not in parsers:
        parsers[name] = Parser(tree_language(name))
    return parsers[name]


def parser_for(name: str) -> Parser:
    """A parser for the language, one per thread (parsers are not thread-safe). Inside
    `sharing_trees` on this thread, one whose `parse(source)` gives the tree already parsed
    from the same bytes, if any, and else keeps the tree it parses for the scan's next
    reader."""
    parser = own_parser(name)
    share: TreeShare | None = getattr(_local, "share", None)
    return parser if share is None else cast(Parser, _SharingParser(name, parser, share))


class TreeShare:
    """The trees of one scan, by language and source bytes: a scan parses each code file to
    build its project index (dataflow summaries, twice; access facts) and again to analyse
    it. tree-sitter gives the same tree for the same bytes and the analyses never edit a tree,
    so each reader after the first gets the first one's tree. The engine takes a file's tree
    out (`take`) when it analyses it; at most `limit` bytes of source are held at once (their
    trees take ~25 times that), the others are parsed again as before."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.size = 0
        self.trees: dict[tuple[str, bytes], Tree] = {}

    def parse(self, name: str, parser: Parser, source: bytes) -> Tree:
        key = (name, source)
        tree = self.trees.get(key)
        if tree is None:
            tree = parser.parse(source)
            if self.size + len(source) <= self.limit:
                self.trees[key] = tree
                self.size += len(source)
        return tree

    def take(self, name: str, source: bytes) -> Tree | None:
        tree = self.trees.pop((name, source), None)
        if tree is not None:
            self.size -= len(source)
        return tree


class _SharingParser:
    """`Parser.parse` through a `TreeShare` (an incremental parse, with an old tree, is not
    shared); anything else is the parser's."""

    def __init__(self, name: str, parser: Parser, share: TreeShare) -> None:
        self._name = name
        self._parser = parser
        self._share = share

    def parse(self, source: bytes, old_tree: Tree | None = None) -> Tree:
        if old_tree is not None:
            return self._parser.parse(source, old_tree)
        return self._share.parse(self._name, self._parser, source)

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self._parser, attribute)


@contextmanager
def sharing_trees(limit: int) -> Iterator[TreeShare]:
    """Share parsed trees between the readers of one scan on this thread (`TreeShare`)."""
    previous = getattr(_local, "share", None)
    share = _local.share = TreeShare(limit)
    try:
        yield share
    finally:
        _local.share = previous
        share.trees.clear()


def take_tree(name: str, source: bytes) -> Tree | None:
    """The tree parsed from `source` earlier in this scan, handed over (None without one)."""
    share: TreeShare | None = getattr(_local, "share", None)
    return share.take(name, source) if share is not None else None


@functools.cache
def compile_query(language: str, source: str) -> Query:
    """Compile a query once per (language, source)."""
    return Query(tree_language(language), source)


# tree-sitter keeps the depth at which a match starts in 16 bits. On a tree deeper than 65,535
# levels (one line of 125,000 chained `a=b,` in Python) the query cursor never retires its
# states and turns quadratic: 47 s of CPU for one query on 1 MB, where 60,000 levels take
# 0.04 s. No code a person writes nests a thousandth as deep, so matches are looked for down
# to this depth below the node queried, and the tree below it is not searched.
MAX_QUERY_DEPTH = 50_000


def _document_order(node: Node) -> tuple[int, int, int]:
    """Where a node comes in a pre-order walk: by start, the enclosing node (longer, or of the
    same span with more nodes under it) before what it encloses."""
    return node.start_byte, -node.end_byte, -node.descendant_count


class Cursor:
    """A tree-sitter query cursor whose `captures` come in document order.

    `QueryCursor.captures` gathers each capture's nodes in a set and hands them back in that
    set's order, which follows the nodes' hashes (their addresses in memory): the same text
    gave its captures in another order after other files were parsed in the same process, so
    whatever takes "the last" or "the first" capture (the last import of a name) depended on
    what was analysed before. `matches` is in tree-sitter's own order, which is the tree's."""

    __slots__ = ("_cursor",)

    def __init__(self, cursor: QueryCursor) -> None:
        self._cursor = cursor

    def captures(self, node: Node) -> dict[str, list[Node]]:
        found = self._cursor.captures(node)
        for nodes in found.values():
            if len(nodes) > 1:
                nodes.sort(key=_document_order)
        return found

    def matches(self, node: Node) -> list[tuple[int, dict[str, list[Node]]]]:
        return self._cursor.matches(node)


def query_cursor(query: Query) -> Cursor:
    """A cursor over `query` for every rule and helper: never use QueryCursor directly (the
    depth limit above keeps every query linear in the size of the tree, and `Cursor` gives
    captures in document order)."""
    cursor = QueryCursor(query)
    cursor.set_max_start_depth(MAX_QUERY_DEPTH)
    return Cursor(cursor)
