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
from vigilint.analyzers.rules.java._common import name_of, receiver_text, taint_sink, type_name
from vigilint.analyzers.taint.java import java_taint
from vigilint.model import Rule

_MESSAGE = ("Request data reaches an OS command; pass fixed programs and validated arguments "
            "to `ProcessBuilder` without a shell.")


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if node.type == "object_creation_expression":
        if type_name(ctx, node) != "ProcessBuilder":
            return None
        return taint_sink(ctx, node, "cmdi", tainted_message=_MESSAGE)
    name = name_of(ctx, node)
    if name == "exec":
        receiver = java_taint(ctx).receiver(node)
        text = receiver_text(ctx, node)
        if not (text.endswith("getRuntime()") or (receiver is not None
                                                  and receiver.kind == "runtime")):
            return None
        return taint_sink(ctx, node, "cmdi", tainted_message=_MESSAGE)
    if (name == "command" and "pb" in receiver_text(ctx, node).lower()) or (
            name == "command" and "process" in receiver_text(ctx, node).lower()):
        return taint_sink(ctx, node, "cmdi", tainted_message=_MESSAGE, possible=False)
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
    prefilter=("ProcessBuilder", "exec", "command"),
    node_kinds=("method_invocation", "object_creation_expression"),
    check=_check,
)
