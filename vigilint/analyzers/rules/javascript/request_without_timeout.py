"""## What it does
In server-side modules (files that import `express`, `http`, `koa`, `fastify`, `fs`, ...),
flags outgoing HTTP calls with no timeout: `axios` calls without `timeout` (unless the file sets
`axios.defaults.timeout` or uses an `axios.create({timeout})` instance), `fetch` without
`signal`, `got` without `timeout`, and `http(s).request/get` when the file never calls
`setTimeout` on the request.

## Why is this bad?
A slow or malicious upstream holds the request (and its socket, memory and worker) open
forever; a handful of such calls exhausts the server (CWE-400).

## Example
```js
const { data } = await axios.get(url);
```

## Use instead
```js
const { data } = await axios.get(url, { timeout: 5000 });
const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
```

## References
- CWE-400: Uncontrolled Resource Consumption
- OWASP A04:2021 / A06:2025 Insecure Design
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules._edits import js_add_option
from vigilint.analyzers.rules.javascript._common import is_server_file
from vigilint.analyzers.syntax import javascript
from vigilint.model import Fix, Rule

_AXIOS_METHODS = frozenset({"get", "post", "put", "patch", "delete", "head", "request",
                            "options"})
_MS = 10000
_HTTP = frozenset({"http.get", "http.request", "https.get", "https.request",
                   "node:http.get", "node:http.request", "node:https.get",
                   "node:https.request"})


def _has_key(ctx: FileContext, args: tuple[Node, ...], keys: tuple[str, ...]) -> bool | None:
    """True/False when an options object is visible; None when options are a variable."""
    objects = [a for a in args if a.type == "object"]
    others = [a for a in args[1:] if a.type in ("identifier", "member_expression",
                                                "spread_element")]
    if any(k in javascript(ctx).object_properties(o) for o in objects for k in keys):
        return True
    if any(o.type == "object" and any(c.type == "spread_element" for c in o.named_children)
           for o in objects):
        return None
    return None if others else False


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = javascript(ctx).callee_name(call)
    module, _, method = name.rpartition(".")
    if module not in ("axios", "got", "") and name not in _HTTP and name not in (
            "undici.fetch", "undici.request"):
        return None
    args = javascript(ctx).arguments(call).positional
    if not args:
        return None
    if name == "axios" or (module == "axios" and method in _AXIOS_METHODS):
        if "defaults.timeout" in ctx.text:
            return None
        has = _has_key(ctx, args, ("timeout", "signal", "cancelToken"))
    elif name in ("fetch", "node-fetch", "undici.fetch", "undici.request"):
        has = _has_key(ctx, args, ("signal", "timeout", "headersTimeout", "bodyTimeout"))
    elif name == "got" or (module == "got" and method in _AXIOS_METHODS):
        has = _has_key(ctx, args, ("timeout", "signal"))
    elif name in _HTTP:
        if ".setTimeout(" in ctx.text or "timeout" in ctx.node_text(call):
            return None
        has = False
    else:
        return None
    if has is not False or not is_server_file(ctx):
        return None
    return Hit(node=call, fix=_timeout_fix(ctx, name, module, method, args))


# where each client takes its options, and the option that bounds the whole request
_BODY_METHODS = frozenset({"post", "put", "patch"})


def _timeout_fix(ctx: FileContext, name: str, module: str, method: str,
                 args: tuple[Node, ...]) -> Fix | None:
    if name in ("fetch", "node-fetch", "undici.fetch"):
        index, option = 1, f"signal: AbortSignal.timeout({_MS})"
    elif name == "got" or module == "got":
        index, option = (2 if method in _BODY_METHODS and module else 1), \
            f"timeout: {{ request: {_MS} }}"
    elif name == "axios" or module == "axios":
        index, option = (2 if method in _BODY_METHODS else 1), f"timeout: {_MS}"
    else:
        return None
    edit = js_add_option(ctx, args, index, option)
    if edit is None:
        return None
    return Fix(title=f"Add a {_MS // 1000}-second timeout", safe=False, edits=(edit,))


RULE = Rule(
    id="VG-JS-DOS-001",
    name="request-without-timeout",
    category="resource-exhaustion",
    languages=("javascript",),
    cwe=(400,),
    likelihood="possible",
    impact="medium",
    confidence="medium",
    message="This outgoing HTTP request has no timeout; pass `timeout` (axios/got) or "
            "`signal: AbortSignal.timeout(ms)` (fetch).",
    prefilter=("axios", "fetch", "got", "undici", "http"),
    node_kinds=("call_expression",),
    check=_check,
    fixable=True,
)
