"""The innermost node of a kind around a node, found from byte ranges instead of a walk up.

`Node.parent` walks down from the root every time it is called, so a rule that walks up from
every call it sees is quadratic in the depth of the tree, and cubic over a long call chain
(`a().b().c()...`: 12 s for one rule at 4,000 characters). Here the nodes of one kind are found
once per file with one query and sorted by start; the node of that kind around another is found
by a binary search, then up the chain of nodes of that kind (nested functions, nested `except`
clauses: a few), never through `Node.parent`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.languages import compile_query, query_cursor
from vigilint.analyzers.syntax import node_index
from vigilint.analyzers.syntax.base import role_kinds

# the functions around a node are asked for by most rules: their kinds come from the file's
# node index (syntax/node_index.py), not a query of their own
for _language in ("python", "javascript", "java", "go"):
    node_index.register(role_kinds(_language, "function"))


class Enclosures:
    """Nodes of one kind, properly nested (they come from one syntax tree), by start."""

    def __init__(self, nodes: list[Node]) -> None:
        self.nodes = sorted(nodes, key=lambda n: (n.start_byte, -n.end_byte))
        self.starts = [n.start_byte for n in self.nodes]
        self.outer: list[int] = []  # per node, the index of the innermost one around it, or -1
        open_: list[int] = []
        for index, node in enumerate(self.nodes):
            while open_ and self.nodes[open_[-1]].end_byte < node.end_byte:
                open_.pop()
            self.outer.append(open_[-1] if open_ else -1)
            open_.append(index)

    def around(self, node: Node) -> Node | None:
        """The innermost of the nodes that contains `node`, not `node` itself."""
        start, end = node.start_byte, node.end_byte
        index = bisect_right(self.starts, start) - 1
        while index >= 0:
            candidate = self.nodes[index]
            # The same range is the node itself or a wrapper around it (a class body holding
            # just one method): not around it. (The kinds asked for begin with a keyword and
            # hold more, so none of their descendants has their range.)
            if candidate.end_byte >= end and not (candidate.start_byte == start
                                                  and candidate.end_byte == end):
                return candidate
            index = self.outer[index]
        return None


def enclosing_node(ctx: FileContext, node: Node, kind: str | Iterable[str]) -> Node | None:
    """The innermost node of `kind` (one kind or several) around `node` in `ctx`'s tree (not
    `node` itself), or None."""
    kinds = (kind,) if isinstance(kind, str) else tuple(sorted(set(kind)))
    key = f"enclosures:{' '.join(kinds)}"
    index: Enclosures | None = ctx.cache.get(key)
    if index is None:
        nodes: list[Node] = []
        from_index = node_index.nodes_of(ctx, kinds) if ctx.tree is not None and kinds \
            else None
        if from_index is not None:
            nodes = from_index
        elif ctx.tree is not None and kinds:
            pattern = " ".join(f"({k})" for k in kinds)
            query = compile_query(ctx.language, f"[{pattern}] @node")
            nodes = query_cursor(query).captures(ctx.tree.root_node).get("node", [])
        index = ctx.cache[key] = Enclosures(nodes)
    return index.around(node)
