"""Helpers shared by the Go rules: resolved call names and taint-sink decisions."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.taint.go import UNKNOWN, go_call_name, go_taint

SECURITY_NAME = re.compile(
    r"(?i)(passw|pwd|secret|token|nonce|salt|otp|session|api_?key|private_?key|credential|"
    r"csrf|reset|verif|signing|hmac)")


def call_name(ctx: FileContext, call: Node) -> str:
    """The import-resolved callee: `exec.Command` -> "os/exec.Command"."""
    return go_call_name(ctx, call)


def arguments(call: Node) -> list[Node]:
    args = call.child_by_field_name("arguments")
    return list(args.named_children) if args is not None else []


def method_name(ctx: FileContext, call: Node) -> str:
    fn = call.child_by_field_name("function")
    if fn is not None and fn.type == "selector_expression":
        return ctx.node_text(fn.child_by_field_name("field"))
    return ctx.node_text(fn)


def receiver_text(ctx: FileContext, call: Node) -> str:
    fn = call.child_by_field_name("function")
    if fn is not None and fn.type == "selector_expression":
        return ctx.node_text(fn.child_by_field_name("operand"))
    return ""


def enclosing_function(node: Node) -> Node | None:
    cur = node.parent
    while cur is not None and cur.type not in ("function_declaration", "method_declaration",
                                               "func_literal"):
        cur = cur.parent
    return cur


def is_concatenation(ctx: FileContext, node: Node) -> bool:
    """`"..." + x` or `fmt.Sprintf(...)` with a non-literal part: text built at run time."""
    if node.type == "binary_expression" and ctx.node_text(
            node.child_by_field_name("operator")) == "+":
        return any(part.type not in ("interpreted_string_literal", "raw_string_literal")
                   for part in (node.child_by_field_name("left"),
                                node.child_by_field_name("right")) if part is not None)
    if node.type == "call_expression" and call_name(ctx, node) in ("fmt.Sprintf",
                                                                   "strings.Join"):
        return len(arguments(node)) > 1
    return False


def taint_sink(ctx: FileContext, call: Node, kind: str, *, indexes: Sequence[int] | None = None,
               possible: bool = True, tainted_message: str | None = None) -> Hit | None:
    values = go_taint(ctx).args(call)
    if values is None:
        return None
    chosen = [values[i] for i in (indexes if indexes is not None else range(len(values)))
              if 0 <= i < len(values)]
    if any(v.tainted_for(kind) for v in chosen):
        return Hit(node=call, likelihood="very-likely", message=tainted_message)
    if possible and any(v.level == UNKNOWN for v in chosen):
        return Hit(node=call, likelihood="possible")
    return None
