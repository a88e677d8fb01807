"""## What it does
Flags request data written to a logger (`logger.info/debug/warn/error`, `log.*`) without
neutralising line breaks.

## Why is this bad?
CR/LF in input forges extra log lines (fake "login succeeded" entries) and can inject markup
into log viewers (CWE-117).

## Example
```java
log.info("search for " + request.getParameter("q"));
```

## Use instead
```java
log.info("search for {}", request.getParameter("q").replaceAll("[\\r\\n]", "_"));
// or an encoder/appender that escapes CR/LF
```

## References
- CWE-117: Improper Output Neutralization for Logs
- OWASP A09:2021 / A09:2025
"""

from __future__ import annotations

from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.models import load
from vigilint.analyzers.rules._edits import java_no_line_breaks, tainted_parts
from vigilint.analyzers.rules.java._common import injection_hit, sites
from vigilint.model import Rule


def _check(ctx: FileContext, node: Node) -> Hit | None:
    hit = injection_hit(ctx, node, "log", what="This log message",
                        advice="strip CR/LF from the value before logging",
                        unknown=None)
    if hit is None:
        return None
    parts = [p for site in sites(ctx, node, "log") for a in site.arguments
             for p in tainted_parts(ctx, a, "log")]
    return replace(hit, fix=java_no_line_breaks(ctx, parts))


RULE = Rule(
    id="VG-JAVA-LOG-002",
    name="log-injection",
    category="sensitive-logging",
    languages=("java",),
    cwe=(117,),
    likelihood="likely",
    impact="low",
    confidence="medium",
    message="Request data is logged without removing CR/LF; strip line breaks before logging.",
    prefilter=load("java").prefilter("log"),
    sink_kinds=("log",),
    node_kinds=("method_invocation",),
    check=_check,
    fixable=True,
)
