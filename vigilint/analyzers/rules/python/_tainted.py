"""The pieces of a built string that carry request data: what an escaper or `repr()` wraps,
leaving the constant text around them as it is."""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.dataflow import flow


def tainted_pieces(ctx: FileContext, node: Node, kind: str) -> list[Node] | None:
    """The parts of a value that carry request data for sinks of `kind`: the value, the tainted
    interpolations of an f-string, the tainted operands of `+`; None for an interpolation
    with a conversion or format spec."""
    verdict = flow(ctx).verdict
    if node.type == "string":
        out: list[Node] = []
        for child in node.children:
            if child.type != "interpolation":
                continue
            expression = child.child_by_field_name("expression")
            if expression is None or verdict(expression, kind).level != "tainted":
                continue
            if any(c.type in ("type_conversion", "format_specifier") for c in child.children):
                return None
            out.append(expression)
        return out
    if node.type == "binary_operator" and ctx.node_text(
            node.child_by_field_name("operator")) == "+":
        parts = [tainted_pieces(ctx, side, kind) for side in (node.child_by_field_name("left"),
                                                          node.child_by_field_name("right"))
                 if side is not None]
        return None if any(p is None for p in parts) else [n for p in parts for n in p or ()]
    return [node] if verdict(node, kind).level == "tainted" else []
