"""Small helpers shared by the Go rules (no rule here), over the semantic layer
(`vigilint.analyzers.syntax`) and the dataflow core (`vigilint.analyzers.dataflow`)."""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.dataflow import flow
from vigilint.analyzers.dataflow.kinds import param_index
from vigilint.analyzers.imports import call_name as resolved_name
from vigilint.analyzers.syntax import go

SECURITY_NAME = re.compile(
    r"(?i)(passw|pwd|secret|token|nonce|salt|otp|session|api_?key|private_?key|credential|"
    r"csrf|reset|verif|signing|hmac)")
RESPONSE_WRITERS = frozenset({"net/http.ResponseWriter", "github.com/gin-gonic/gin.ResponseWriter"})


def call_name(ctx: FileContext, call: Node) -> str:
    """The import-resolved callee: `exec.Command` -> "os/exec.Command" (receiver types not
    applied: `db.Query` stays "db.Query")."""
    return resolved_name(ctx, call) or ""


def args_of(ctx: FileContext, call: Node) -> tuple[Node, ...]:
    """The positional arguments (a variadic `xs...` as `xs`)."""
    return go(ctx).arguments(call).positional


def arguments(call: Node) -> list[Node]:
    """The argument nodes of a call, with the signature route_without_auth (owned by the
    access-control work) calls; the other rules ask `args_of`."""
    args = call.child_by_field_name("arguments")
    return [a for a in args.named_children if a.type != "comment"] if args is not None else []


def method_name(ctx: FileContext, call: Node) -> str:
    return go(ctx).callee(call)[1]


def receiver_text(ctx: FileContext, call: Node) -> str:
    return ctx.node_text(go(ctx).receiver(call))


def receiver_of(ctx: FileContext, call: Node) -> Node | None:
    return go(ctx).receiver(call)


def enclosing_function(ctx: FileContext, node: Node) -> Node | None:
    fn = go(ctx).function_at(node)
    return fn.node if fn is not None else None


def is_response_writer(ctx: FileContext, node: Node | None) -> bool:
    """An `http.ResponseWriter` (or gin's), by its declared type."""
    if node is None:
        return False
    return go(ctx).declared_type(node) in RESPONSE_WRITERS


def built_from_data(ctx: FileContext, node: Node | None) -> bool:
    """A string built at run time here (`+`, `fmt.Sprintf`, `strings.Join`, a builder), or a
    variable derived from a function parameter."""
    if node is None:
        return False
    if node.type == "binary_expression":
        return ctx.node_text(node.child_by_field_name("operator")) == "+"
    if node.type == "call_expression":
        return call_name(ctx, node) in ("fmt.Sprintf", "strings.Join") or \
            method_name(ctx, node) == "String"
    return node.type == "identifier" and any(
        param_index(lab) is not None for lab in flow(ctx).value(node).all_labels())
