"""## What it does
Flags log calls (`log.Print*`, `log.Fatal*`, `slog.*`, logrus/zap style `logger.Info...`,
`fmt.Print*`) whose arguments are variables or fields named like passwords, secrets, tokens,
API keys or private keys.

## Why is this bad?
Logs are copied to many systems and read by many people; credentials in them are effectively
published (CWE-532).

## Example
```go
log.Printf("login user=%s password=%s", user, password)
```

## Use instead
```go
log.Printf("login user=%s", user)
```

## References
- CWE-532: Insertion of Sensitive Information into Log File
- OWASP A09:2021 / A09:2025 Security Logging and Monitoring Failures
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.go._common import args_of, call_name, method_name
from vigilint.model import Fix, Rule

_SECRET = re.compile(r"(?i)^(\w+\.)*\w*(passw(or)?d|passwd|pwd|secret|token|api_?key|"
                     r"private_?key|credential)s?$")
_SAFE_SUFFIX = re.compile(r"(?i)(len|length|count|hash|hashed|id|type|name|expir\w*|set|ok|"
                          r"valid|url|path|header|field)$")
_LOG_METHODS = frozenset({"Print", "Printf", "Println", "Fatal", "Fatalf", "Fatalln", "Panic",
                          "Panicf", "Info", "Infof", "Infow", "Debug", "Debugf", "Debugw",
                          "Warn", "Warnf", "Warnw", "Error", "Errorf", "Errorw", "Trace",
                          "Tracef", "InfoContext", "DebugContext", "WarnContext",
                          "ErrorContext"})


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = call_name(ctx, call)
    method = method_name(ctx, call)
    if method not in _LOG_METHODS:
        return None
    head = name.rsplit(".", 1)[0].lower()
    if not (head in ("log", "log/slog", "fmt") or "log" in head or head in ("zap", "logrus")):
        return None
    secrets = [a for a in args_of(ctx, call) if a.type in ("identifier", "selector_expression")
               and _SECRET.match(ctx.node_text(a))
               and not _SAFE_SUFFIX.search(ctx.node_text(a).rsplit(".", 1)[-1])]
    if not secrets:
        return None
    # the log line keeps its shape and nothing but the log changes: safe
    return Hit(node=secrets[0], fix=Fix(
        title="Log `[REDACTED]` instead of the secret", safe=True,
        edits=tuple(ctx.edit_node(a, '"[REDACTED]"') for a in secrets)), message=(
            f"`{ctx.node_text(secrets[0])}` is written to a log; leave credentials out of log "
            "messages."))


RULE = Rule(
    id="VG-GO-LOG-001",
    name="sensitive-data-in-log",
    category="sensitive-logging",
    languages=("go",),
    cwe=(532,),
    likelihood="likely",
    impact="medium",
    confidence="medium",
    message="A credential is written to a log; leave secrets out of log messages.",
    prefilter=("Print", "Fatal", "Panic", "Info", "Debug", "Warn", "Error", "Trace"),
    node_kinds=("call_expression",),
    check=_check,
    fixable=True,
)
