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
from vigilint.model import Rule


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
    return Hit(node=call)


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
)
