"""Small helpers shared by the Java rules (no rule here), over the semantic layer
(`vigilint.analyzers.syntax.java`) and the dataflow core (`vigilint.analyzers.dataflow`)."""

from __future__ import annotations

import functools
import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import SinkSite, flow, sink_sites, site_hit
from vigilint.analyzers.dataflow.interp import PROJECT_KEY
from vigilint.analyzers.models import load, short_name
from vigilint.analyzers.syntax import java
from vigilint.model import Likelihood

SECURITY_NAME = re.compile(
    r"(?i)(passw|pwd|secret|token|nonce|salt|otp|session|remember|auth|api_?key|"
    r"private_?key|credential|csrf|reset|verif|cookie)")


def name_of(ctx: FileContext, node: Node) -> str:
    """The method name of a `method_invocation` (the simple type of an object creation)."""
    name = node.child_by_field_name("name")
    return ctx.node_text(name) if name is not None else java(ctx).callee(node)[1]


def receiver_text(ctx: FileContext, node: Node) -> str:
    """The source text of a call's receiver ("" for none)."""
    receiver = node.child_by_field_name("object")
    return ctx.node_text(receiver) if receiver is not None else ""


def type_name(ctx: FileContext, creation: Node) -> str:
    """The simple type name of an `object_creation_expression` (`java.io.File` -> `File`)."""
    return java(ctx).callee(creation)[1]


def arguments(ctx: FileContext, node: Node) -> tuple[Node, ...]:
    """A call's positional arguments (comments left out)."""
    return java(ctx).arguments(node).positional


def enclosing_method(ctx: FileContext, node: Node) -> Node | None:
    """The method or constructor around `node` (lambdas belong to their method)."""
    fn = java(ctx).function_at(node)
    return fn.node if fn is not None else None


def const_arg(ctx: FileContext, node: Node, index: int) -> str | int | None:
    """The constant value of an argument after constant propagation, if known (a literal in
    a fragment outside any method is read as written)."""
    args = arguments(ctx, node)
    if index >= len(args):
        return None
    data = flow(ctx)
    arg = args[index]
    if not data.reached(arg):
        if enclosing_method(ctx, node) is None and arg.type == "string_literal":
            return java(ctx).string_value(arg)
        return None
    value = data.value(arg).const
    return value if isinstance(value, (str, int)) and not isinstance(value, bool) else None


@functools.cache
def _sink_names(kind: str) -> frozenset[str]:
    """The last names (methods, constructed types) of the Java sinks of `kind`."""
    models = load("java")
    names = {short_name(n) for n, sinks in models.sinks_by_call.items()
             if any(s.kind == kind for s in sinks)}
    names.update(n for n, sinks in models.sinks_by_method.items()
                 if any(s.kind == kind for s in sinks))
    return frozenset(names)


def sites(ctx: FileContext, call: Node, kind: str) -> list[SinkSite]:
    """`sink_sites` for the Java rules: nothing at once when no sink of `kind` goes by the
    call's name (and no other file's wrapper can be called here); else after the file's flow
    ran, so every rule sees the call names the adapter resolved, whichever rule asks first."""
    if PROJECT_KEY not in ctx.cache and name_of(ctx, call) not in _sink_names(kind):
        return []
    flow(ctx)
    return sink_sites(ctx, call, kind)


def injection_hit(ctx: FileContext, call: Node, kind: str, *, what: str, advice: str,
                  unknown: Likelihood | None = "possible") -> Hit | None:
    """The finding of the first sink of `kind` this call is (tainted first): the rules'
    one way from a sink to a finding."""
    found: Hit | None = None
    for site in sites(ctx, call, kind):
        hit = site_hit(ctx, call, site, what=what, advice=advice, unknown=unknown)
        if hit is not None and hit.likelihood == "very-likely":
            return hit
        found = found or hit
    return found


def leading_text(ctx: FileContext, node: Node) -> str | None:
    """The constant text a string expression starts with (`"redirect:" + url` ->
    `redirect:`), None when it does not start with one."""
    while node.type in ("binary_expression", "parenthesized_expression"):
        inner = node.child_by_field_name("left") if node.type == "binary_expression" else (
            node.named_children[0] if node.named_children else None)
        if inner is None:
            return None
        node = inner
    value = flow(ctx).value(node).const
    if isinstance(value, str):
        return value
    return java(ctx).string_value(node)
