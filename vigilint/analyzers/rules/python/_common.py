"""Small helpers shared by the Python rules (no rule here), over the semantic layer
(`vigilint.analyzers.syntax`) and the dataflow core (`vigilint.analyzers.dataflow`)."""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.context import FileContext, Hit, Related
from vigilint.analyzers.dataflow import flow, sink_hit
from vigilint.analyzers.syntax import Arguments, python
from vigilint.analyzers.syntax.enclosing import enclosing_node
from vigilint.model import Likelihood

SENSITIVE_NAME = lazyre.compile(
    r"(passw(or)?d|passwd|pwd|secret|token|api_?key|apikey|private_?key|credential|"
    r"auth|session|cookie|salt|nonce|otp|csrf|ssn|card_?number|cvv|pin\b|access_?key)", re.I)


def arguments(ctx: FileContext, call: Node) -> Arguments:
    return python(ctx).arguments(call)


def args_of(ctx: FileContext, call: Node) -> tuple[Node, ...]:
    """Every argument node (keyword and splat nodes included), in order."""
    return python(ctx).arguments(call).nodes


def positional(ctx: FileContext, call: Node) -> tuple[Node, ...]:
    return python(ctx).arguments(call).positional


def keyword(ctx: FileContext, call: Node, name: str) -> Node | None:
    """The value node of keyword argument `name`, or None."""
    return python(ctx).arguments(call).keywords.get(name)


def keyword_arg(ctx: FileContext, call: Node, name: str) -> Node | None:
    """The whole `name=value` keyword argument node, or None."""
    value = keyword(ctx, call, name)
    return value.parent if value is not None else None


def has_splat(ctx: FileContext, call: Node) -> bool:
    return any(a.type == "dictionary_splat" for a in args_of(ctx, call))


def arg(ctx: FileContext, call: Node, index: int, name: str | None = None) -> Node | None:
    """Argument by keyword name, else by position."""
    return python(ctx).arguments(call).get(index, name)


def enclosing(ctx: FileContext, node: Node, kind: str) -> Node | None:
    """The nearest ancestor of node kind `kind` (functions: `enclosing_function`), found from
    byte ranges (`syntax/enclosing.py`), not by walking up."""
    return enclosing_node(ctx, node, kind)


def enclosing_function(ctx: FileContext, node: Node) -> Node | None:
    """The `function_definition` around `node`, or None at module level."""
    fn = python(ctx).function_at(node)
    return fn.node if fn is not None else None


def is_literal_false(ctx: FileContext, node: Node | None) -> bool:
    # The length first: the text of a huge node (a chain of 100,000 assignments is the
    # right-hand side of each of its links) costs its size, so reading it for every node is
    # quadratic.
    return node is not None and node.end_byte - node.start_byte <= 5 and \
        ctx.node_text(node) in ("False", "0", "None")


def is_literal_true(ctx: FileContext, node: Node | None) -> bool:
    return node is not None and node.end_byte - node.start_byte <= 4 and \
        ctx.node_text(node) in ("True", "1")


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
              env: bool = False, related: tuple[Related, ...] = ()) -> Hit | None:
    """`sink_hit` for the Python rules' older call shape (`env`: the environment counts as
    untrusted too)."""
    from vigilint.analyzers.dataflow import ENV, UNTRUSTED

    return sink_hit(ctx, node, value, kind, what=what, advice=advice, unknown=unknown,
                    report=report, sources=UNTRUSTED | {ENV} if env else UNTRUSTED,
                    related=related)


def constant_derived(ctx: FileContext, node: Node | None) -> bool:
    """True when the expression is computed from literals only in this function, e.g.
    `b64decode(data)` after `data = "abc"` (no input, parameter, global or file read)."""
    if node is None:
        return True
    value = flow(ctx).value(node)
    return not value.all_labels() and value.is_literal


def built_from_data(ctx: FileContext, node: Node | None) -> bool:
    """A string built at run time here, or a variable derived from a function parameter."""
    if node is None:
        return False
    if dynamic_string(ctx, node):
        return True
    from vigilint.analyzers.dataflow.kinds import param_index

    return node.type == "identifier" and any(
        param_index(lab) is not None for lab in flow(ctx).value(node).all_labels())
