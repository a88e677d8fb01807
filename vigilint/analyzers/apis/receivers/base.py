"""The language-neutral part of receiver typing: memo, depth limit, inventory lookups, and the
typed-call check every hallucinated-API rule runs."""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.apis.inventory import (
    has_namespace,
    is_open,
    namespaces,
    returns,
    unknown_in,
)
from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.languages import compile_query, query_cursor

_MAX_DEPTH = 12
Types = tuple[str, ...]


class Receivers:
    """`type_of(node)`: the inventoried types an expression may have (empty: unknown)."""

    language = ""
    inventory_language = ""

    def __init__(self, ctx: FileContext) -> None:
        self.ctx = ctx
        self._memo: dict[tuple[int, int, str], Types] = {}

    def text(self, node: Node | None) -> str:
        return self.ctx.node_text(node)

    def type_of(self, node: Node | None, depth: int = 0) -> Types:
        if node is None or depth > _MAX_DEPTH:
            return ()
        key = (node.start_byte, node.end_byte, node.type)
        found = self._memo.get(key)
        if found is None:
            self._memo[key] = ()  # cycles (`x = x.copy()`) end as unknown
            found = self._memo[key] = tuple(t for t in self._type(node, depth + 1)
                                            if has_namespace(self.inventory_language, t))
        return found

    def _type(self, node: Node, depth: int) -> Types:
        raise NotImplementedError

    def returned(self, name: str) -> Types:
        return returns(self.inventory_language, name)

    def member_returns(self, owners: Types, member: str) -> Types:
        out: list[str] = []
        for owner in owners:
            out.extend(t for t in self.returned(f"{owner}.{member}") if t not in out)
        return tuple(out)

    # -- the check ----------------------------------------------------------------------
    call_kinds: tuple[str, ...] = ()  # the node kinds of method calls
    # the callee of a method call: its kind, its receiver and member fields, the member's kind
    callee: tuple[str, str, str, str] = ("", "", "", "")

    def call_parts(self, call: Node) -> tuple[Node, Node] | None:
        """(receiver, member name node) of a method call node, or None for another call."""
        kind, receiver_field, member_field, member_kind = self.callee
        function = call.child_by_field_name("function")
        if function is None or function.type != kind:
            return None
        receiver = function.child_by_field_name(receiver_field)
        member = function.child_by_field_name(member_field)
        if receiver is None or not receiver.is_named or member is None or \
                member.type != member_kind:
            return None
        return receiver, member

    def calls(self) -> list[tuple[Node, Node, Node]]:
        """(call, receiver, member name node) of every method call of the file. The calls come
        from a flat query and are taken apart here: a query pattern nested through the call's
        function is quadratic in the depth of a call chain (0.23 s at 16,000 characters)."""
        if self.ctx.tree is None:
            return []
        kinds = " ".join(f"({kind})" for kind in self.call_kinds)
        query = compile_query(self.ctx.language, f"[{kinds}] @call")
        out = []
        for call in query_cursor(query).captures(self.ctx.tree.root_node).get("call", []):
            parts = self.call_parts(call)
            if parts is not None:
                out.append((call, *parts))
        return out

    def skip_receiver(self, receiver: Node) -> bool:
        """Receivers another check of the rule already covers (module aliases)."""
        return False

    def hits(self) -> list[Hit]:
        out = []
        for _, receiver, member in self.calls():
            if self.skip_receiver(receiver):
                continue
            types = self.type_of(receiver)
            if not types or any(is_open(self.inventory_language, t) for t in types):
                continue
            name = self.text(member)
            table = namespaces(self.inventory_language)
            if not name or name.startswith("_") or any(table[t].has(name) for t in types):
                continue
            unknown = unknown_in(self.inventory_language, types[0], name, instance=True)
            if unknown is not None:
                out.append(unknown.hit(self.ctx, member, member))
        return out
