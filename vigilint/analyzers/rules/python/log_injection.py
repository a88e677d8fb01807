r"""## What it does
Flags logging calls (`logging.*`, `logger.*`, `app.logger.*`, loguru) that write request data,
command-line arguments or interactive input into a log line without removing line breaks.

## Why is this bad?
A `\r\n` in the input starts a new, forged log line ("admin logged in"), which misleads
investigators and log-based alerting (CWE-117).

## Example
```python
logger.info("login failed for %s", request.form["username"])
```

## Use instead
```python
logger.info("login failed for %r", request.form["username"])  # repr() escapes line breaks
# or: name.replace("\r", "").replace("\n", "")
```

## References
- CWE-117: Improper Output Neutralization for Logs
- OWASP A09:2021 / A09:2025 Security Logging and Alerting Failures
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import sink_sites, site_hit
from vigilint.analyzers.models import load
from vigilint.model import Rule


def _check(ctx: FileContext, call: Node) -> Hit | None:
    for site in sink_sites(ctx, call, "log"):
        return site_hit(ctx, call, site, what="This log line",
                        advice="log it with `%r` or strip `\\r` and `\\n` first", unknown=None)
    return None


RULE = Rule(
    id="VG-PY-LOG-002",
    name="log-injection",
    category="sensitive-logging",
    languages=("python",),
    cwe=(117,),
    likelihood="very-likely",
    impact="low",
    confidence="medium",
    message="Untrusted input is written into a log line and can forge entries with line breaks; "
            "log it with `%r` or strip `\\r\\n` first.",
    prefilter=load("python").prefilter("log"),
    sink_kinds=("log",),
    node_kinds=("call",),
    check=_check,
)
