"""## What it does
Flags HTTP calls with no timeout: `requests.get/post/...`/`requests.request`,
`httpx.get/...` (when `timeout=None`), and `urllib.request.urlopen` without `timeout=`.

## Why is this bad?
`requests` waits forever by default. One slow or malicious server then holds a worker thread
indefinitely, and a few of them exhaust the pool (denial of service).

## Example
```python
resp = requests.get(url)
```

## Use instead
```python
resp = requests.get(url, timeout=10)
```

## References
- CWE-400: Uncontrolled Resource Consumption
- OWASP A04:2021 / A06:2025 Insecure Design
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.imports import call_name
from vigilint.analyzers.rules.python._common import args_of, has_splat, keyword, positional
from vigilint.model import Fix, Rule

_METHODS = ("get", "post", "put", "patch", "delete", "head", "options", "request")
_REQUESTS = frozenset(f"requests.{m}" for m in _METHODS) | \
    frozenset(f"requests.api.{m}" for m in _METHODS)
_HTTPX = frozenset(f"httpx.{m}" for m in _METHODS)


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = call_name(ctx, call) or ""
    if has_splat(ctx, call):
        return None
    timeout = keyword(ctx, call, "timeout")
    if name in _REQUESTS:
        if timeout is not None and ctx.node_text(timeout) != "None":
            return None
    elif name in _HTTPX:
        if timeout is None or ctx.node_text(timeout) != "None":
            return None  # httpx has a 5 s default
    elif name in ("urllib.request.urlopen", "urllib2.urlopen"):
        if timeout is not None or len(positional(ctx, call)) >= 3:
            return None
    else:
        return None
    fix = None
    args = args_of(ctx, call)
    if timeout is not None:
        fix = Fix(title="Add `timeout=10`", safe=True, edits=(ctx.edit_node(timeout, "10"),))
    elif args:
        fix = Fix(title="Add `timeout=10`", safe=True,
                  edits=(ctx.insert_at(args[-1].end_byte, ", timeout=10"),))
    return Hit(node=call, fix=fix)


RULE = Rule(
    id="VG-PY-DOS-001",
    name="http-request-without-timeout",
    category="resource-exhaustion",
    languages=("python",),
    cwe=(400,),
    likelihood="possible",
    impact="medium",
    confidence="high",
    message="This HTTP call can wait forever; pass a timeout (`timeout=10`).",
    prefilter=("requests", "httpx", "urlopen"),
    node_kinds=("call",),
    check=_check,
    fixable=True,
)
