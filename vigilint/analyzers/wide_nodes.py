"""Syntax trees with very wide error nodes, made safe to query in linear time.

For each child of a node, tree-sitter's query cursor looks ahead through the node's later
children for a named one (`ts_tree_cursor_current_status`). Under a node whose children are a
long run of anonymous tokens, such as an ERROR node that holds a line of a million backslashes,
semicolons or keywords, every query is therefore quadratic in the length of the run: 0.39 s
of CPU at 500,000 children and 1.3 s at 1,000,000 for one pattern, measured in
`bench/rule_linear_time.py`. Such runs hold nothing a rule looks for (no name, no literal: the
named nodes among them are kept), so the rules query a tree parsed from the text with those
tokens blanked to spaces. Byte offsets stay the same, so positions, snippets and fixes refer to
the original text; the caller keeps the original tree (incremental parsing needs it).
"""

from __future__ import annotations

from tree_sitter import Node, Tree

# Anonymous children under one ERROR node above which its tokens are blanked: below it the
# look-ahead costs less than 20 ms.
WIDE = 20_000
_BLANK = bytes(b if b in b"\r\n" else 0x20 for b in range(256))  # every byte but line breaks


def blanked_source(tree: Tree, source: bytes) -> bytes | None:
    """`source` with the anonymous tokens of every wide ERROR node blanked to spaces (line
    breaks kept), or None when the tree has no such node. A tree without errors costs one
    test; otherwise only the nodes that contain an error are visited."""
    root = tree.root_node
    if not root.has_error:
        return None
    spans: list[tuple[int, int]] = []
    stack: list[Node] = [root]
    while stack:
        node = stack.pop()
        if node.is_error and node.child_count - node.named_child_count > WIDE:
            named = node.named_children  # few: the anonymous ones are the wide part
            spans.extend(_gaps(node, named))
            stack.extend(child for child in named if child.has_error)
            continue
        stack.extend(child for child in node.children if child.has_error)
    if not spans:
        return None
    out = bytearray(source)
    for start, end in spans:
        out[start:end] = source[start:end].translate(_BLANK)
    return bytes(out)


def _gaps(node: Node, named: list[Node]) -> list[tuple[int, int]]:
    """The byte ranges of `node` between its named children: its anonymous tokens."""
    gaps: list[tuple[int, int]] = []
    position = node.start_byte
    for child in named:
        if child.start_byte > position:
            gaps.append((position, child.start_byte))
        position = max(position, child.end_byte)
    if node.end_byte > position:
        gaps.append((position, node.end_byte))
    return gaps
