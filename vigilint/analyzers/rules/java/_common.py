"""Helpers shared by the Java rules: call names, receivers and taint-sink decisions."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.taint.java import UNKNOWN, UNKNOWN_VAL, Val, decode_java_string, java_taint

SECURITY_NAME = re.compile(
    r"(?i)(passw|pwd|secret|token|nonce|salt|otp|session|remember|auth|api_?key|"
    r"private_?key|credential|csrf|reset|verif|cookie)")


def name_of(ctx: FileContext, node: Node) -> str:
    """The method name of a `method_invocation`."""
    return ctx.node_text(node.child_by_field_name("name"))


def receiver_text(ctx: FileContext, node: Node) -> str:
    return ctx.node_text(node.child_by_field_name("object"))


def type_name(ctx: FileContext, creation: Node) -> str:
    """The simple type name of an `object_creation_expression` (`java.io.File` -> `File`)."""
    text = ctx.node_text(creation.child_by_field_name("type"))
    return text.split("<", 1)[0].rsplit(".", 1)[-1].strip()


def arguments(node: Node) -> list[Node]:
    args = node.child_by_field_name("arguments")
    return list(args.named_children) if args is not None else []


def enclosing_method(node: Node) -> Node | None:
    cur = node.parent
    while cur is not None and cur.type not in ("method_declaration", "constructor_declaration",
                                               "lambda_expression"):
        cur = cur.parent
    return cur


def taint_sink(ctx: FileContext, node: Node, kind: str, *, indexes: Sequence[int] | None = None,
               tainted_message: str | None = None, possible: bool = True,
               include_receiver: bool = False) -> Hit | None:
    """A finding when data reaching the sink is tainted for `kind` (very likely) or, if
    `possible`, of unknown origin (possible). Constants, sanitised data and unreachable code
    give nothing."""
    taint = java_taint(ctx)
    values = taint.args(node)
    if values is None:
        if enclosing_method(node) is not None:
            return None  # unreachable code (a constant-false branch)
        # a fragment outside any method (pasted snippet): nothing is known about the data
        values = [UNKNOWN_VAL] * len(arguments(node))
    chosen: list[Val] = [values[i] for i in (indexes if indexes is not None
                                             else range(len(values))) if 0 <= i < len(values)]
    if include_receiver:
        receiver = taint.receiver(node)
        if receiver is not None:
            chosen.append(receiver)
    if any(v.tainted_for(kind) for v in chosen):
        return Hit(node=node, likelihood="very-likely", message=tainted_message)
    if possible and any(v.level == UNKNOWN for v in chosen):
        return Hit(node=node, likelihood="possible")
    return None


def const_arg(ctx: FileContext, node: Node, index: int) -> str | int | None:
    """The constant value of an argument (after constant propagation), if known."""
    values = java_taint(ctx).args(node)
    if values is None:
        args = arguments(node)
        if enclosing_method(node) is None and index < len(args) \
                and args[index].type == "string_literal":
            return decode_java_string(ctx.node_text(args[index]))  # fragment outside a method
        return None
    if index >= len(values) or not values[index].known:
        return None
    value = values[index].const
    return value if isinstance(value, (str, int)) and not isinstance(value, bool) else None


def reached(ctx: FileContext, node: Node) -> bool:
    return java_taint(ctx).reached(node)
