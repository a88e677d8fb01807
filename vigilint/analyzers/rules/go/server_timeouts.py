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
from vigilint.analyzers.rules.go._common import call_name
from vigilint.analyzers.syntax import go
from vigilint.model import Rule


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if node.type == "call_expression":
        if call_name(ctx, node) in ("net/http.ListenAndServe", "net/http.ListenAndServeTLS"):
            return Hit(node=node, message=(
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
    return Hit(node=type_node)


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
)
