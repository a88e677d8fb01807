"""Small JavaScript/TypeScript syntax helpers of the access-control provider, over the
semantic layer: call arguments and callee, object literal properties, string values, and the
function a handler argument names."""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.syntax import javascript, semantics

__all__ = ["FUNCTIONS", "call_args", "callee", "handler_function", "object_props", "string_of"]

FUNCTIONS = frozenset({"arrow_function", "function_expression", "function",
                       "function_declaration", "method_definition",
                       "generator_function_declaration"})


def call_args(call: Node) -> list[Node]:
    """The argument nodes of a call (comments left out)."""
    args = call.child_by_field_name("arguments")
    if args is None or args.type != "arguments":
        return []
    return [a for a in args.named_children if a.type != "comment"]


def object_props(ctx: FileContext, node: Node | None) -> dict[str, Node]:
    """The properties of an object literal by key (the semantic layer's)."""
    return javascript(ctx).object_properties(node)


def string_of(ctx: FileContext, node: Node | None) -> str | None:
    """The value of a string literal (or a template without substitutions)."""
    return javascript(ctx).string_value(node)


def callee(ctx: FileContext, call: Node) -> tuple[Node | None, str]:
    return semantics(ctx).callee(call)


def handler_function(ctx: FileContext, node: Node | None) -> Node | None:
    """The function a handler argument is or names in this file (a declaration, a `const`
    bound to a function, a class method), None when it is elsewhere."""
    if node is None:
        return None
    if node.type in FUNCTIONS:
        return node
    if node.type == "call_expression":  # asyncHandler(async (req, res) => ...)
        for arg in call_args(node):
            found = handler_function(ctx, arg)
            if found is not None:
                return found
        return None
    if node.type not in ("identifier", "member_expression"):
        return None
    name = ctx.node_text(node).rsplit(".", 1)[-1]
    return _functions_by_name(ctx).get(name)


def _functions_by_name(ctx: FileContext) -> dict[str, Node]:
    found: dict[str, Node] | None = ctx.cache.get("access.javascript.functions")
    if found is not None:
        return found
    found = {}
    stack = [ctx.tree.root_node] if ctx.tree is not None else []
    while stack:
        node = stack.pop()
        kind = node.type
        if kind in ("function_declaration", "generator_function_declaration",
                    "method_definition"):
            name = node.child_by_field_name("name")
            if name is not None:
                found.setdefault(ctx.node_text(name), node)
        elif kind == "variable_declarator":
            name = node.child_by_field_name("name")
            value = node.child_by_field_name("value")
            if name is not None and value is not None and value.type in FUNCTIONS:
                found.setdefault(ctx.node_text(name), value)
        elif kind == "pair":
            key = node.child_by_field_name("key")
            value = node.child_by_field_name("value")
            if key is not None and value is not None and value.type in FUNCTIONS:
                found.setdefault(ctx.node_text(key), value)
        stack.extend(node.named_children)
    ctx.cache["access.javascript.functions"] = found
    return found
