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

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.java._common import name_of, receiver_text, taint_sink
from vigilint.model import Rule

_LEVELS = frozenset({"info", "debug", "warn", "warning", "error", "trace", "fine", "severe"})


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if name_of(ctx, node) not in _LEVELS:
        return None
    receiver = receiver_text(ctx, node).rsplit(".", 1)[-1].lower()
    if "log" not in receiver:
        return None
    return taint_sink(ctx, node, "log", possible=False)


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
    prefilter=("info", "debug", "warn", "error", "trace", "fine", "severe"),
    node_kinds=("method_invocation",),
    check=_check,
)
