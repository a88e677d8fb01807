"""## What it does
Flags log statements (`logger.info/debug/warn/error/trace`, `log.*`, `System.out/err.print*`)
whose arguments include variables or getters named like passwords, secrets, tokens, API keys
or private keys.

## Why is this bad?
Logs are shipped to many systems and read by many people; credentials written there are
effectively disclosed (CWE-532).

## Example
```java
log.info("login " + user + " with password " + password);
```

## Use instead
```java
log.info("login {}", user);
```

## References
- CWE-532: Insertion of Sensitive Information into Log File
- OWASP A09:2021 / A09:2025 Security Logging and Monitoring Failures
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.java._common import arguments, name_of, receiver_text
from vigilint.model import Fix, Rule

_LEVELS = frozenset({"info", "debug", "warn", "warning", "error", "trace", "fine", "finer",
                     "finest", "severe", "fatal", "log", "print", "println", "printf"})
_SECRET = re.compile(r"(?i)^(get)?(\w*_)?(passw(or)?d|passwd|pwd|secret|token|api_?key|"
                     r"private_?key|credentials?|client_?secret)s?(\(\))?$")
_LOGGER = re.compile(r"(?i)(log|logger|System\.(out|err))$")


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if name_of(ctx, node) not in _LEVELS:
        return None
    receiver = receiver_text(ctx, node)
    if not _LOGGER.search(receiver.rsplit(".", 1)[-1] if "System" not in receiver else receiver):
        return None
    secrets: list[Node] = []
    for arg in arguments(ctx, node):
        for ident in ctx.walk(arg):
            if ident.type not in ("identifier", "method_invocation", "field_access"):
                continue
            text = ctx.node_text(ident)
            last = text.rsplit(".", 1)[-1]
            if ident.type == "identifier" and ident.parent is not None and \
                    ident.parent.type in ("method_invocation", "field_access"):
                continue
            if _SECRET.match(last) and not any(
                    s.start_byte <= ident.start_byte < s.end_byte for s in secrets):
                secrets.append(ident)
    if not secrets:
        return None
    # the log line keeps its shape and nothing but the log changes: safe
    return Hit(node=secrets[0], fix=Fix(
        title="Log `[REDACTED]` instead of the secret", safe=True,
        edits=tuple(ctx.edit_node(s, '"[REDACTED]"') for s in secrets)), message=(
            f"`{ctx.node_text(secrets[0])}` is written to a log; leave credentials out of log "
            "messages."))


RULE = Rule(
    id="VG-JAVA-LOG-001",
    name="sensitive-data-in-log",
    category="sensitive-logging",
    languages=("java",),
    cwe=(532,),
    likelihood="likely",
    impact="medium",
    confidence="medium",
    message="A credential is written to a log; leave secrets out of log messages.",
    prefilter=("info", "debug", "warn", "error", "trace", "fine", "severe", "fatal", "log",
               "print"),
    node_kinds=("method_invocation",),
    check=_check,
    fixable=True,
)
