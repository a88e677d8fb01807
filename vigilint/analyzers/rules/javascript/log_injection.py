r"""## What it does
Flags logging calls (`console.*`, `logger.*`, winston/pino/bunyan) that write request data into
a log line by string building (template literal or `+`) without removing line breaks.

## Why is this bad?
A `\r\n` in the input starts a new, forged log line ("admin logged in"), which misleads
investigators and log-based alerting (CWE-117).

## Example
```js
logger.info(`login failed for ${req.body.username}`);
```

## Use instead
```js
logger.info("login failed", { username: req.body.username });  // structured field
// or: String(name).replace(/[\r\n]/g, " ")
```

## References
- CWE-117: Improper Output Neutralization for Logs
- OWASP A09:2021 / A09:2025 Security Logging and Alerting Failures
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.imports import dotted
from vigilint.analyzers.rules.javascript._common import call_args, is_server_file, method_of
from vigilint.analyzers.rules.javascript.sensitive_logging import _LEVELS, _LOGGERS
from vigilint.analyzers.taint.javascript import Taint, is_built, taint_of
from vigilint.model import Rule


def _check(ctx: FileContext, call: Node) -> Hit | None:
    receiver, method = method_of(ctx, call)
    if receiver is None or method not in _LEVELS or (dotted(ctx, receiver) or "") not in _LOGGERS:
        return None
    if dotted(ctx, receiver) == "console" and not is_server_file(ctx):
        return None  # a browser console is not a log store
    for arg in call_args(call):
        if not is_built(ctx, arg):
            continue
        text = ctx.node_text(arg)
        if "\\n" in text and "replace" in text:
            continue
        if taint_of(ctx, arg) >= Taint.TAINTED:
            return Hit(node=call)
    return None


RULE = Rule(
    id="VG-JS-LOG-002",
    name="log-injection",
    category="sensitive-logging",
    languages=("javascript",),
    cwe=(117,),
    likelihood="very-likely",
    impact="low",
    confidence="medium",
    message="Request data is pasted into a log line and can forge entries with line breaks; "
            "log it as a structured field or strip `\\r\\n` first.",
    node_kinds=("call_expression",),
    check=_check,
)
