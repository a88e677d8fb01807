"""The nodes of the kinds the shared analyses index, from one query per file.

Every tree-sitter query over a whole file walks the whole tree in C: on a small file it costs
about a third of the parse, however few patterns it has (bench/results/performance.md, issue
18). The crypto recognizers, the access providers, the enclosure index of functions and the
Python semantic layer each ran their own; here one query finds the union of the kinds they
registered (at import), and each takes its kinds from it.

The nodes come out in document order: by start, the outer of two nodes that start together
first. A query reports its captures in no such order, so every consumer sorted them, and none
relies on the order a query gave two nodes of the same range.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from tree_sitter import Node, Query

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.languages import compile_query, query_cursor, tree_language

_REGISTERED: set[str] = set()
_CACHE_KEY = "syntax.node_index"


def register(kinds: Iterable[str]) -> None:
    """Kinds an analysis takes from the index (call at import time, before files are read)."""
    _REGISTERED.update(kinds)
    _FROZEN[0] = frozenset(_REGISTERED)


_FROZEN: list[frozenset[str]] = [frozenset()]  # the registered kinds, frozen once


@dataclass
class _Index:
    kinds: frozenset[str]  # the kinds the query looked for (named kinds of the grammar or not)
    by_kind: dict[str, list[Node]]  # each in document order


def _document_order(node: Node) -> tuple[int, int]:
    return node.start_byte, -node.end_byte


def _index(ctx: FileContext) -> _Index:
    found: _Index | None = ctx.cache.get(_CACHE_KEY)
    if found is None:
        kinds = _FROZEN[0]
        by_kind: dict[str, list[Node]] = {}
        if ctx.tree is not None:
            query = _query(ctx.language, kinds)
            if query is not None:
                for node in query_cursor(query).captures(ctx.tree.root_node).get("n", []):
                    by_kind.setdefault(node.type, []).append(node)
                for nodes in by_kind.values():
                    nodes.sort(key=_document_order)
        found = ctx.cache[_CACHE_KEY] = _Index(kinds, by_kind)
    return found


@functools.lru_cache(maxsize=64)
def _query(language: str, kinds: frozenset[str]) -> Query | None:
    """The query of the `kinds` the language's grammar has (None: it has none of them), built
    once per language and kind set."""
    grammar = tree_language(language)
    present = sorted(k for k in kinds if grammar.id_for_node_kind(k, True) is not None)
    if not present:
        return None
    return compile_query(language, "[" + " ".join(f"({k})" for k in present) + "] @n")


def indexed(ctx: FileContext, kinds: Iterable[str]) -> dict[str, list[Node]] | None:
    """Per kind, its named nodes in the file in document order; None when one of `kinds` was
    not registered (the caller runs its own query)."""
    index = _index(ctx)
    wanted = tuple(kinds)
    if not index.kinds.issuperset(wanted):
        return None
    return {k: list(index.by_kind.get(k, ())) for k in wanted}  # copies: callers own them


def nodes_of(ctx: FileContext, kinds: Iterable[str]) -> list[Node] | None:
    """The named nodes of `kinds` in the file in document order (None: a kind not
    registered). Two nodes of different kinds with the same range keep no defined order."""
    per_kind = indexed(ctx, kinds)
    if per_kind is None:
        return None
    lists = [nodes for nodes in per_kind.values() if nodes]
    if len(lists) <= 1:
        return list(lists[0]) if lists else []
    return sorted((n for nodes in lists for n in nodes), key=_document_order)
