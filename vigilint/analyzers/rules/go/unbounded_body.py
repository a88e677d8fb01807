"""## What it does
Flags `io.ReadAll(r.Body)` / `ioutil.ReadAll(r.Body)` on an incoming request in a function that
does not wrap the body with `http.MaxBytesReader` (or `io.LimitReader`). The body of a response
the program fetched itself (`resp, err := client.Do(req)` in a function that serves no request)
is not a client's upload and is not flagged.

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

from vigilint import lazyre
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
    if function is not None and _client_response(ctx, function, args[0]):
        return None
    return Hit(node=call, fix=_limit_fix(ctx, function, args[0]))


# parameter types of a function that serves a request (net/http, gin, echo, fiber, ...)
_HANDLER_PARAMS = lazyre.compile(r"ResponseWriter|\*http\.Request\b|(?<!context\.)\bContext\b|"
                                 r"\*fiber\.Ctx|\*fasthttp\.RequestCtx")


def _client_response(ctx: FileContext, function: Node, body: Node) -> bool:
    """`resp, err := client.Do(req)` (or any call) then `io.ReadAll(resp.Body)` in a function
    that serves no request: the body of a response this program asked for, not a client's
    upload (`func (s *KeySet) refresh() { resp, err := doRequest(ctx, req) ... }`)."""
    params = function.child_by_field_name("parameters")
    if params is None or _HANDLER_PARAMS.search(ctx.node_text(params)):
        return False
    holder = body.child_by_field_name("operand") if body.type == "selector_expression" else None
    if holder is None or holder.type != "identifier":
        return False
    name = ctx.node_text(holder)
    stack = [function.child_by_field_name("body")]
    while stack:
        node = stack.pop()
        if node is None or node.start_byte >= body.start_byte:
            continue
        if node.type in ("short_var_declaration", "assignment_statement"):
            left = node.child_by_field_name("left")
            right = node.child_by_field_name("right")
            targets = left.named_children if left is not None else []
            values = right.named_children if right is not None else []
            if any(t.type == "identifier" and ctx.node_text(t) == name for t in targets):
                return len(values) == 1 and values[0].type == "call_expression"
            continue
        stack.extend(reversed(node.named_children))
    return False


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
