"""## What it does
Flags `http.ListenAndServe` / `http.ListenAndServeTLS` (which use a server with no timeouts) and
`http.Server{...}` literals that set neither `ReadTimeout` nor `ReadHeaderTimeout`.

## Why is this bad?
Without read timeouts a client can hold connections open forever by sending headers slowly
(Slowloris) and exhaust the server's file descriptors and memory (CWE-400).

## Example
```go
http.ListenAndServe(":8080", mux)
```

## Use instead
```go
srv := &http.Server{Addr: ":8080", Handler: mux, ReadHeaderTimeout: 5 * time.Second,
    ReadTimeout: 15 * time.Second, WriteTimeout: 15 * time.Second, IdleTimeout: 60 * time.Second}
srv.ListenAndServe()
```

## References
- CWE-400: Uncontrolled Resource Consumption
- Go `net/http` Server documentation
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules._edits import go_add_field, go_package
from vigilint.analyzers.rules.go._common import args_of, call_name
from vigilint.analyzers.syntax import go
from vigilint.model import Fix, Rule


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if node.type == "call_expression":
        if call_name(ctx, node) in ("net/http.ListenAndServe", "net/http.ListenAndServeTLS"):
            return Hit(node=node, fix=_server_fix(ctx, node), message=(
                "`http.ListenAndServe` runs a server without timeouts; use an `http.Server` "
                "with `ReadHeaderTimeout`/`ReadTimeout`."))
        return None
    type_node = node.child_by_field_name("type")
    if type_node is None or type_node.type != "qualified_type":
        return None
    package = ctx.node_text(type_node.child_by_field_name("package"))
    if go(ctx).imports().get(package) != "net/http" or ctx.node_text(
            type_node.child_by_field_name("name")) != "Server":
        return None
    body = ctx.node_text(node.child_by_field_name("body"))
    if "ReadTimeout" in body or "ReadHeaderTimeout" in body:
        return None
    time, edits = go_package(ctx, "time")
    field = go_add_field(ctx, node, f"ReadHeaderTimeout: {_SECONDS} * {time}.Second")
    return Hit(node=type_node, fix=None if field is None else Fix(
        title=_TITLE, safe=True, edits=(*edits, field)))


# a bound on reading the request headers (Slowloris) leaves every handler's behaviour alone
_SECONDS = 10
_TITLE = f"Set `ReadHeaderTimeout` ({_SECONDS} s)"


def _server_fix(ctx: FileContext, call: Node) -> Fix | None:
    """`http.ListenAndServe(addr, h)` -> `(&http.Server{Addr: addr, Handler: h,
    ReadHeaderTimeout: ...}).ListenAndServe()` (and the TLS form with its two file names)."""
    args = args_of(ctx, call)
    function = call.child_by_field_name("function")
    if function is None or function.type != "selector_expression" or len(args) not in (2, 4):
        return None
    http = ctx.node_text(function.child_by_field_name("operand"))
    time, edits = go_package(ctx, "time")
    text = [ctx.node_text(a) for a in args]
    fields = [f"Addr: {text[0]}"] + ([f"Handler: {text[-1]}"] if text[-1] != "nil" else []) \
        + [f"ReadHeaderTimeout: {_SECONDS} * {time}.Second"]
    start = ".ListenAndServe()" if len(args) == 2 else \
        f".ListenAndServeTLS({text[1]}, {text[2]})"
    server = f"(&{http}.Server{{{', '.join(fields)}}}){start}"
    return Fix(title=_TITLE, safe=True, edits=(*edits, ctx.edit_node(call, server)))


RULE = Rule(
    id="VG-GO-DOS-001",
    name="http-server-without-timeouts",
    category="resource-exhaustion",
    languages=("go",),
    cwe=(400,),
    likelihood="likely",
    impact="medium",
    confidence="high",
    message="The HTTP server has no read timeouts; set `ReadHeaderTimeout` and `ReadTimeout` on "
            "the `http.Server`.",
    prefilter=("ListenAndServe", "Server"),
    node_kinds=("call_expression", "composite_literal"),
    check=_check,
    fixable=True,
)
