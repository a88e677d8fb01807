"""## What it does
Flags outgoing requests through Go's default client (`http.Get`, `http.Post`, `http.Head`,
`http.PostForm`, `http.DefaultClient.Do/Get/...`) and `http.Client{...}` literals without a
`Timeout`.

## Why is this bad?
The default client never times out: a slow or malicious server keeps the goroutine, its
connection and memory forever, and enough of them exhaust the process (CWE-400).

## Example
```go
resp, err := http.Get(url)
```

## Use instead
```go
client := &http.Client{Timeout: 10 * time.Second}
resp, err := client.Get(url)
```

## References
- CWE-400: Uncontrolled Resource Consumption
- "Don't use Go's default HTTP client (in production)"
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules._edits import go_add_field, go_package
from vigilint.analyzers.rules.go._common import call_name
from vigilint.analyzers.syntax import go
from vigilint.model import Fix, Rule

_DEFAULT = frozenset({"net/http.Get", "net/http.Post", "net/http.Head", "net/http.PostForm"})


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if node.type == "call_expression":
        name = call_name(ctx, node)
        fn = node.child_by_field_name("function")
        if name in _DEFAULT or name.startswith("net/http.DefaultClient."):
            return Hit(node=node, fix=_client_fix(ctx, fn))
        operand = fn.child_by_field_name("operand") if fn is not None and \
            fn.type == "selector_expression" else None
        if operand is not None and operand.type == "selector_expression" and \
                ctx.node_text(operand.child_by_field_name("field")) == "DefaultClient":
            head = operand.child_by_field_name("operand")
            if go(ctx).imports().get(ctx.node_text(head)) == "net/http":
                return Hit(node=node, fix=_client_fix(ctx, fn))
        return None
    type_node = node.child_by_field_name("type")
    if type_node is None or type_node.type != "qualified_type":
        return None
    package = ctx.node_text(type_node.child_by_field_name("package"))
    if go(ctx).imports().get(package) != "net/http" or ctx.node_text(
            type_node.child_by_field_name("name")) != "Client":
        return None
    if "Timeout" in ctx.node_text(node.child_by_field_name("body")):
        return None
    time, edits = go_package(ctx, "time")
    field = go_add_field(ctx, node, f"Timeout: {_SECONDS} * {time}.Second")
    return Hit(node=type_node, fix=None if field is None else Fix(
        title=_TITLE, safe=False, edits=(*edits, field)))


# a whole-exchange deadline: a long download would be cut, so a reviewer picks the figure
_SECONDS = 30
_TITLE = f"Give the client a {_SECONDS}-second `Timeout`"


def _client_fix(ctx: FileContext, function: Node | None) -> Fix | None:
    """`http.Get(u)` / `http.DefaultClient.Do(r)` -> the same method of
    `(&http.Client{Timeout: ...})`."""
    if function is None or function.type != "selector_expression":
        return None
    operand = function.child_by_field_name("operand")
    if operand is None:
        return None
    package = operand.child_by_field_name("operand") \
        if operand.type == "selector_expression" else operand  # http.DefaultClient / http
    time, edits = go_package(ctx, "time")
    client = f"(&{ctx.node_text(package)}.Client{{Timeout: {_SECONDS} * {time}.Second}})"
    return Fix(title=_TITLE, safe=False, edits=(*edits, ctx.edit_node(operand, client)))


RULE = Rule(
    id="VG-GO-DOS-002",
    name="http-client-without-timeout",
    category="resource-exhaustion",
    languages=("go",),
    cwe=(400,),
    likelihood="possible",
    impact="medium",
    confidence="high",
    message="The HTTP client has no timeout; use an `http.Client` with `Timeout` set.",
    prefilter=("net/http",),
    node_kinds=("call_expression", "composite_literal"),
    check=_check,
    fixable=True,
)
