"""## What it does
Flags `Runtime.exec` and `ProcessBuilder` (constructor or `command(...)`) whose command, arguments
or environment carry request data, or data of unknown origin.

## Why is this bad?
A command built from input lets an attacker run programs of their choice, especially when it
goes through a shell (`sh -c`, `cmd /c`) where `;`, `|` and `$(...)` start new commands (CWE-78).

## Example
```java
Runtime.getRuntime().exec("sh -c ping " + request.getParameter("host"));
```

## Use instead
```java
String host = request.getParameter("host");
if (!HOST.matcher(host).matches()) throw new IllegalArgumentException();
new ProcessBuilder("ping", "-c", "1", host).start();   // no shell, validated argument
```

## References
- CWE-78: OS Command Injection
- OWASP A03:2021 / A05:2025 Injection
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.models import load
from vigilint.analyzers.rules.java._common import injection_hit, sites
from vigilint.model import Rule

_ADVICE = "pass a fixed program and validated arguments to `ProcessBuilder`, without a shell"


def _check(ctx: FileContext, node: Node) -> Hit | None:
    # `ProcessBuilder.command(...)` on a builder of unknown origin is only reported when the
    # data is seen to come from the request (its program was checked where it was created)
    hit = injection_hit(ctx, node, "command", what="This OS command", advice=_ADVICE,
                        unknown=None)
    if hit is not None:
        return hit
    if any(not site.callee.endswith(".command") for site in sites(ctx, node, "command")):
        return injection_hit(ctx, node, "command", what="This OS command", advice=_ADVICE)
    return None


RULE = Rule(
    id="VG-JAVA-INJ-002",
    name="command-injection",
    category="injection",
    languages=("java",),
    cwe=(78,),
    likelihood="likely",
    impact="critical",
    confidence="medium",
    message="An OS command is built from non-constant data; run fixed programs with validated "
            "arguments and no shell.",
    prefilter=load("java").prefilter("command"),
    sink_kinds=("command",),
    node_kinds=("method_invocation", "object_creation_expression"),
    check=_check,
)
