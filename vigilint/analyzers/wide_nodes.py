"""Syntax trees with very wide nodes, made cheap to query.

For each child of a node, tree-sitter's query cursor looks ahead through the node's later
children for a named one (`ts_tree_cursor_current_status`). Under a node whose children are a
long run of anonymous tokens, such as an ERROR node that holds a line of a million backslashes,
semicolons or keywords, every query is therefore quadratic in the length of the run: 0.39 s
of CPU at 500,000 children and 1.3 s at 1,000,000 for one pattern. Runs of *named* leaves
(half a million escape sequences in one string literal, or identifiers under one ERROR node)
are not quadratic but still cost every query about 0.25 s per megabyte, and the rules of one
language run several: measured in `bench/rule_linear_time.py`.

Such runs hold nothing a rule reads from the tree, so the rules query a tree parsed from the
text with them blanked to spaces: under a node with more than `WIDE` children, the leaves
and nested ERROR nodes of an ERROR node (a line the grammar could not read; its other nodes
with children are kept and looked into) and every run of string pieces (`escape_sequence`,
string content) of any other node. The string's quotes stay, so it is still one string. When
what would stay is itself a wide run (a million `a=b,`), nothing is blanked there: blanking
the separators between constructs only makes the re-parse slower. Byte offsets stay the same, so
positions, snippets, fixes and `ctx.node_text` (which reads the original text) are those of
the original; the caller keeps the original tree (incremental parsing needs it).
"""

from __future__ import annotations

from operator import attrgetter, or_

from tree_sitter import Node, Tree

from vigilint import lazyre

# Children of one node above which its runs are blanked: below it a query over them costs
# less than 20 ms. A node with that many children spans at least that many bytes.
WIDE = 20_000
_BLANK = bytes(b if b in b"\r\n" else 0x20 for b in range(256))  # every byte but line breaks
# Leaves that are pieces of a string literal, in the tree-sitter grammars vigilint uses.
STRING_PIECES = frozenset({
    "escape_sequence", "string_content", "string_fragment",
    "interpreted_string_literal_content", "raw_string_literal_content",
})
_RUN = lazyre.compile(rb"\x01+")
_CHILD_COUNT = attrgetter("child_count")
_TYPE = attrgetter("type")
_IS_ERROR = attrgetter("is_error")


def blanked_source(tree: Tree, source: bytes) -> bytes | None:
    """`source` with the wide runs of leaves described above blanked to spaces (line breaks
    kept), or None when the tree has none. Only nodes spanning more than `WIDE` bytes are
    visited, so a file under that size costs one test."""
    if len(source) <= WIDE:
        return None
    spans: list[tuple[int, int]] = []
    stack: list[Node] = [tree.root_node]
    while stack:
        node = stack.pop()
        kept = _wide_runs(node, spans) if node.child_count > WIDE else node.children
        stack.extend(child for child in kept if child.end_byte - child.start_byte > WIDE)
    if not spans:
        return None
    out = bytearray(source)
    for start, end in spans:
        out[start:end] = source[start:end].translate(_BLANK)
    return bytes(out)


def _wide_runs(node: Node, spans: list[tuple[int, int]]) -> list[Node]:
    """Adds to `spans` the byte ranges of `node`'s blankable runs of children; returns the
    children left alone."""
    if node.is_error and node.descendant_count == node.child_count + 1:  # leaves only
        spans.append((node.start_byte, node.end_byte))
        return []
    children = node.children
    if node.is_error:  # a flag byte per child: 1 where it is blankable
        leaves = map((0).__eq__, map(_CHILD_COUNT, children))
        flags = bytes(map(or_, leaves, map(_IS_ERROR, children)))
    else:
        flags = bytes(map(STRING_PIECES.__contains__, map(_TYPE, children)))
    if len(flags) - flags.count(1) > WIDE:
        # What would stay is still a wide run of constructs (a million `a=b,` under one ERROR
        # node): blanking the separators between them only makes the parse slower.
        return children
    kept: list[Node] = []
    found: list[tuple[int, int]] = []
    position = 0
    for run in _RUN.finditer(flags):
        kept.extend(children[position:run.start()])
        found.append((children[run.start()].start_byte, children[run.end() - 1].end_byte))
        position = run.end()
    kept.extend(children[position:])
    spans.extend(found)
    return kept
