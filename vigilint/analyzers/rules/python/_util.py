"""Small helpers shared by the Python rules (no rule here)."""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.taint.python import taint_of, taint_source
from vigilint.model import Likelihood

SENSITIVE_NAME = re.compile(
    r"(passw(or)?d|passwd|pwd|secret|token|api_?key|apikey|private_?key|credential|"
    r"auth|session|cookie|salt|nonce|otp|csrf|ssn|card_?number|cvv|pin\b|access_?key)", re.I)


def args_of(call: Node) -> list[Node]:
    args = call.child_by_field_name("arguments")
    if args is None or args.type != "argument_list":
        return []
    return [a for a in args.named_children if a.type != "comment"]


def positional(call: Node) -> list[Node]:
    return [a for a in args_of(call) if a.type not in ("keyword_argument", "list_splat",
                                                       "dictionary_splat")]


def keyword(ctx: FileContext, call: Node, name: str) -> Node | None:
    """The value node of keyword argument `name`, or None."""
    for arg in args_of(call):
        if arg.type == "keyword_argument" and ctx.node_text(arg.child_by_field_name("name")) == name:
            return arg.child_by_field_name("value")
    return None


def keyword_arg(ctx: FileContext, call: Node, name: str) -> Node | None:
    """The whole `name=value` keyword argument node, or None."""
    for arg in args_of(call):
        if arg.type == "keyword_argument" and ctx.node_text(arg.child_by_field_name("name")) == name:
            return arg
    return None


def has_splat(call: Node) -> bool:
    return any(a.type == "dictionary_splat" for a in args_of(call))


def arg(ctx: FileContext, call: Node, index: int, name: str | None = None) -> Node | None:
    """Argument by keyword name, else by position."""
    if name is not None:
        got = keyword(ctx, call, name)
        if got is not None:
            return got
    pos = positional(call)
    return pos[index] if index < len(pos) else None


def is_literal_false(ctx: FileContext, node: Node | None) -> bool:
    return node is not None and ctx.node_text(node) in ("False", "0", "None")


def is_literal_true(ctx: FileContext, node: Node | None) -> bool:
    return node is not None and ctx.node_text(node) in ("True", "1")


def dynamic_string(ctx: FileContext, node: Node | None) -> bool:
    """True for a string built at run time: f-string, `+`, `%`, `.format`, `.join`."""
    if node is None:
        return False
    if node.type == "string":
        return any(c.type == "interpolation" for c in node.named_children)
    if node.type == "binary_operator":
        return ctx.node_text(node.child_by_field_name("operator")) in ("+", "%")
    if node.type == "call":
        fn = node.child_by_field_name("function")
        if fn is not None and fn.type == "attribute":
            return ctx.node_text(fn.child_by_field_name("attribute")) in ("format", "join")
    if node.type == "concatenated_string":
        return any(dynamic_string(ctx, c) for c in node.named_children)
    return False


def taint_hit(ctx: FileContext, node: Node, value: Node | None, kind: str, what: str,
              advice: str, unknown: Likelihood | None = "possible", report: Node | None = None,
              env: bool = False) -> Hit | None:
    """A hit whose likelihood follows the taint of `value`: very-likely when untrusted input
    reaches it, `unknown` when it is computed at run time from values of unknown origin
    (parameters, globals, other calls), nothing for literals and sanitized values."""
    source = taint_source(ctx, value, kind, env=env)
    target = report or node
    if source:
        return Hit(node=target, likelihood="very-likely",
                   message=f"{what} receives untrusted input from {source}; {advice}.")
    tainted = taint_of(ctx, value)
    if unknown is None or value is None or kind in tainted.effective_clean():
        return None
    if not tainted.all_labels() and (tainted.is_literal or (value.type in ("string", "integer")
                                     and not dynamic_string(ctx, value))):
        return None  # computed from literals, or sanitized
    return Hit(node=target, likelihood=unknown)


def enclosing(node: Node, kind: str) -> Node | None:
    cur = node.parent
    while cur is not None:
        if cur.type == kind:
            return cur
        cur = cur.parent
    return None


def constant_derived(ctx: FileContext, node: Node | None) -> bool:
    """True when the expression is computed from literals only in this function, e.g.
    `b64decode(data)` after `data = "abc"` (no input, parameter, global or file read)."""
    if node is None:
        return True
    value = taint_of(ctx, node)
    return not value.all_labels() and value.is_literal


def built_from_data(ctx: FileContext, node: Node | None) -> bool:
    """A string built at run time here, or a variable derived from a function parameter."""
    if node is None:
        return False
    if dynamic_string(ctx, node):
        return True
    return node.type == "identifier" and any(
        lab.startswith("param:") for lab in taint_of(ctx, node).all_labels())
