"""## What it does
Flags resource use sized by the client: reading a whole request stream or upload with no size
(`request.stream.read()`, `request.files["f"].read()`, `request.get_data()` when the file sets
no `MAX_CONTENT_LENGTH`), and query sizes taken from the request without a cap
(`.limit(request.args["n"])`, `.paginate(per_page=...)`, `range(int(request.args["n"]))`).

## Why is this bad?
One request with a multi-gigabyte body, or `?limit=100000000`, makes the server allocate memory
or load rows until it falls over (denial of service).

## Example
```python
rows = Item.query.limit(int(request.args["limit"])).all()
```

## Use instead
```python
limit = min(int(request.args.get("limit", 50)), 100)
rows = Item.query.limit(limit).all()
```

## References
- CWE-770: Allocation of Resources Without Limits or Throttling
- OWASP A04:2021 / A06:2025 Insecure Design
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.imports import call_name
from vigilint.analyzers.rules.python._common import (
    arg,
    args_of,
    enclosing_function,
    keyword,
)
from vigilint.model import Rule

_REQUEST_TEXT = re.compile(r"\brequest\.(args|form|values|json|get_json|GET|POST|query_params)\b")
_CAPS = re.compile(r"\b(min|clamp|max_limit|MAX_|LIMIT_MAX|cap)\w*\(|\bmin\(")


def _from_request(ctx: FileContext, node: Node | None, call: Node) -> bool:
    """Syntactically taken from the request (a cast like `int(...)` does not cap it), or a
    name of the function around `call` assigned so."""
    if node is None:
        return False
    text = ctx.node_text(node)
    if _REQUEST_TEXT.search(text):
        return not _CAPS.search(text)
    if node.type != "identifier":
        return False
    scope = enclosing_function(ctx, call)  # only here: most calls never ask
    if scope is None:
        return False
    name = text
    body = ctx.node_text(scope)
    if _CAPS.search(body):
        return False
    return bool(re.search(rf"\b{re.escape(name)}\s*=\s*[^=\n]*{_REQUEST_TEXT.pattern}", body))


def _check(ctx: FileContext, call: Node) -> Hit | None:
    function = call.child_by_field_name("function")
    if function is None:
        return None
    name = call_name(ctx, call) or ""
    if function.type == "attribute":
        method = ctx.node_text(function.child_by_field_name("attribute"))
        receiver = ctx.node_text(function.child_by_field_name("object"))
        if method == "read" and not args_of(ctx, call) and (
                receiver in ("request.stream", "request.input_stream")
                or receiver.startswith("request.files[")):
            return Hit(node=call, message="The whole request body is read with no size limit; "
                                          "pass a maximum size to `read(n)` or set "
                                          "`MAX_CONTENT_LENGTH`.")
        if method == "get_data" and receiver == "request" and "MAX_CONTENT_LENGTH" not in ctx.text:
            return Hit(node=call, likelihood="possible",
                       message="`request.get_data()` reads any body size; set "
                               "`MAX_CONTENT_LENGTH` or read a bounded amount.")
        if method in ("limit", "fetchmany") and _from_request(ctx, arg(ctx, call, 0), call):
            return Hit(node=call)
        if method == "paginate" and _from_request(ctx, keyword(ctx, call, "per_page"), call):
            return Hit(node=call)
    if name == "range" and len(args_of(ctx, call)) == 1 and _from_request(ctx, arg(ctx, call, 0), call):
        return Hit(node=call)
    return None


RULE = Rule(
    id="VG-PY-DOS-004",
    name="client-controlled-resource-size",
    category="resource-exhaustion",
    languages=("python",),
    cwe=(770,),
    likelihood="likely",
    impact="medium",
    confidence="medium",
    message="A size taken from the request is used without a cap; clamp it (`min(n, 100)`).",
    prefilter=("request",),
    node_kinds=("call",),
    check=_check,
)
