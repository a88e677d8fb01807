"""## What it does
Flags `io.ReadAll(r.Body)` / `ioutil.ReadAll(r.Body)` on an incoming request in a function that
does not wrap the body with `http.MaxBytesReader` (or `io.LimitReader`).

## Why is this bad?
Reading the whole body into memory lets one client send gigabytes and exhaust the server's
memory (CWE-400, CWE-770).

## Example
```go
body, err := io.ReadAll(r.Body)
```

## Use instead
```go
r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
body, err := io.ReadAll(r.Body)
```

## References
- CWE-770: Allocation of Resources Without Limits or Throttling
- CWE-400: Uncontrolled Resource Consumption
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.go._common import args_of, call_name, enclosing_function
from vigilint.analyzers.syntax import go
from vigilint.model import Fix, Rule


def _check(ctx: FileContext, call: Node) -> Hit | None:
    if call_name(ctx, call) not in ("io.ReadAll", "io/ioutil.ReadAll"):
        return None
    args = args_of(ctx, call)
    if not args or not ctx.node_text(args[0]).endswith(".Body"):
        return None
    function = enclosing_function(ctx, call)
    text = ctx.node_text(function) if function is not None else ctx.text
    if "MaxBytesReader" in text or "LimitReader" in text or "LimitedReader" in text:
        return None
    return Hit(node=call, fix=_limit_fix(ctx, function, args[0]))


_LIMIT = "1<<20"


def _limit_fix(ctx: FileContext, function: Node | None, body: Node) -> Fix | None:
    """Wrap the body in `http.MaxBytesReader(w, body, 1 MiB)` with the handler's
    `http.ResponseWriter` (the client is told 413); no writer in sight: no fix."""
    params = function.child_by_field_name("parameters") if function is not None else None
    writer = None
    for param in params.named_children if params is not None else ():
        names = [c for c in param.named_children if c.type == "identifier"]
        if names and ctx.node_text(param.child_by_field_name("type")).endswith(
                ".ResponseWriter"):
            writer = ctx.node_text(names[0])
    http = next((alias for alias, path in go(ctx).imports().items() if path == "net/http"), None)
    if writer is None or http is None:
        return None
    return Fix(title="Read at most 1 MiB of the body (`http.MaxBytesReader`)", safe=False,
               edits=(ctx.edit_node(body, f"{http}.MaxBytesReader({writer}, "
                                          f"{ctx.node_text(body)}, {_LIMIT})"),))


RULE = Rule(
    id="VG-GO-DOS-003",
    name="unbounded-request-body",
    category="resource-exhaustion",
    languages=("go",),
    cwe=(770,),
    likelihood="likely",
    impact="medium",
    confidence="medium",
    message="The whole request body is read without a size limit; wrap it with "
            "`http.MaxBytesReader` first.",
    prefilter=("ReadAll",),
    node_kinds=("call_expression",),
    check=_check,
    fixable=True,
)
