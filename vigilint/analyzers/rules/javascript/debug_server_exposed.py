"""## What it does
Flags a server bound to all interfaces (`app.listen(port, "0.0.0.0")`, `host: "0.0.0.0"`) in a
file that also turns on debug behaviour: `errorhandler()` middleware, `debug: true`,
`app.set("env", "development")`, `showStack: true`, `DEBUG = true`, or Node's `--inspect` on
`0.0.0.0`.

## Why is this bad?
Debug modes print stack traces, configuration and sometimes evaluate code; bound to every
interface they are reachable from the network, not just from the developer's machine
(CWE-489, CWE-215).

## Example
```js
app.use(errorhandler());
app.listen(3000, "0.0.0.0");
```

## Use instead
```js
if (process.env.NODE_ENV === "development") app.use(errorhandler());
app.listen(3000, process.env.HOST ?? "127.0.0.1");
```

## References
- CWE-489: Active Debug Code
- CWE-215: Insertion of Sensitive Information Into Debugging Code
- OWASP A05:2021 / A02:2025 Security Misconfiguration
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.syntax import javascript
from vigilint.model import Fix, Rule

_DEBUG = re.compile(r"errorhandler\(\)|\bdebug\s*:\s*true|set\(\s*['\"]env['\"]\s*,\s*"
                    r"['\"]development['\"]|showStack\s*:\s*true|\bDEBUG\s*=\s*true|"
                    r"dumpExceptions\s*:\s*true|--inspect(-brk)?=0\.0\.0\.0")
_ANY = ("0.0.0.0", "::", "[::]")  # noqa: S104 -- the addresses this rule looks for


def _debug_enabled(ctx: FileContext) -> bool:
    if "js.debug_enabled" not in ctx.cache:
        ctx.cache["js.debug_enabled"] = bool(_DEBUG.search(ctx.text))
    return bool(ctx.cache["js.debug_enabled"])


def _check(ctx: FileContext, call: Node) -> Hit | None:
    _, method = javascript(ctx).callee(call)
    if method != "listen":
        return None
    args = javascript(ctx).arguments(call).positional
    bound = any(javascript(ctx).string_value(a) in _ANY for a in args) or any(
        javascript(ctx).string_value(javascript(ctx).object_properties(a).get("host")) in _ANY for a in args)
    if not bound or not _debug_enabled(ctx):
        return None
    hosts = [a for a in args if javascript(ctx).string_value(a) in _ANY and a.type == "string"]
    hosts += [v for a in args for k, v in javascript(ctx).object_properties(a).items()
              if k == "host" and v.type == "string" and javascript(ctx).string_value(v) in _ANY]
    fix = Fix(title="Listen on the loopback address only", safe=False, edits=tuple(
        ctx.edit_node(h, f"{ctx.node_text(h)[0]}127.0.0.1{ctx.node_text(h)[0]}")
        for h in hosts)) if hosts else None
    return Hit(node=call, fix=fix)


RULE = Rule(
    id="VG-JS-DEF-006",
    name="debug-server-exposed",
    category="insecure-default",
    languages=("javascript",),
    cwe=(489, 215),
    likelihood="likely",
    impact="medium",
    confidence="medium",
    message="A server with debug behaviour on listens on every interface; bind to "
            "`127.0.0.1` or enable debugging only in development.",
    prefilter=("listen",),
    node_kinds=("call_expression",),
    check=_check,
    fixable=True,
)
