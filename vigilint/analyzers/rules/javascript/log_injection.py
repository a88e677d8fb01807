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

from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import sink_hit, sink_sites
from vigilint.analyzers.models import load
from vigilint.analyzers.rules._edits import tainted_parts, wrap_fix
from vigilint.analyzers.rules.javascript._common import built, is_server_file
from vigilint.analyzers.syntax import javascript
from vigilint.model import Rule


def _check(ctx: FileContext, call: Node) -> Hit | None:
    for site in sink_sites(ctx, call, "log"):
        receiver, _ = javascript(ctx).callee(call)
        if receiver is not None and ctx.node_text(receiver) == "console" and \
                not is_server_file(ctx):
            return None  # a browser console is not a log store
        for arg in site.arguments:
            if not built(ctx, arg):
                continue  # a separate argument or a structured field is logged as data
            hit = sink_hit(ctx, call, arg, "log", what="This log message",
                           advice="log it as a structured field or strip `\\r\\n` first",
                           unknown=None)
            if hit is not None:
                return replace(hit, fix=wrap_fix(ctx, tainted_parts(ctx, arg, "log"),
                                                 "JSON.stringify",
                                                 "Quote the values (`JSON.stringify`)"))
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
    prefilter=load("javascript").prefilter("log"),
    sink_kinds=("log",),
    node_kinds=("call_expression",),
    check=_check,
    fixable=True,
)
