"""## What it does
Flags `exec.Command` / `exec.CommandContext` that run a shell (`sh -c`, `bash -c`, `cmd /c`) with
a non-constant script, or whose program name comes from request data or `os.Args`. A fixed
program with separate arguments is not reported (no shell parses them).

## Why is this bad?
A shell interprets `;`, `|`, `$(...)` in the script, so input in it runs arbitrary commands;
input as the program name runs any binary (CWE-78).

## Example
```go
exec.Command("sh", "-c", "convert "+r.FormValue("file")).Run()
```

## Use instead
```go
name := filepath.Base(r.FormValue("file"))
exec.Command("convert", "--", name).Run()    // no shell, validated argument after --
```

## References
- CWE-78: OS Command Injection
- OWASP A03:2021 / A05:2025 Injection
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.go._common import call_name
from vigilint.analyzers.taint.go import UNKNOWN, go_taint
from vigilint.model import Rule

_SHELLS = frozenset({"sh", "bash", "zsh", "/bin/sh", "/bin/bash", "/usr/bin/bash", "cmd",
                     "cmd.exe", "powershell", "powershell.exe", "pwsh"})


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = call_name(ctx, call)
    if name not in ("os/exec.Command", "os/exec.CommandContext"):
        return None
    values = go_taint(ctx).args(call)
    if values is None:
        return None
    if name.endswith("Context"):
        values = values[1:]
    if not values:
        return None
    program = values[0]
    shell = program.known and str(program.const) in _SHELLS
    # a fixed program with tainted arguments is not a shell: only its name or a shell script
    if program.tainted_for("cmdi") or (shell and any(v.tainted_for("cmdi")
                                                     for v in values[1:])):
        return Hit(node=call, likelihood="very-likely", message=(
            "Request data reaches an OS command; run a fixed program with validated arguments "
            "and no shell."))
    if shell and len(values) >= 3 \
            and any(v.level >= UNKNOWN for v in values[2:]):
        return Hit(node=call, likelihood="likely")
    return None


RULE = Rule(
    id="VG-GO-INJ-002",
    name="command-injection",
    category="injection",
    languages=("go",),
    cwe=(78,),
    likelihood="likely",
    impact="critical",
    confidence="medium",
    message="A shell runs a script built from non-constant data; run the program directly with "
            "separate, validated arguments.",
    prefilter=("Command",),
    node_kinds=("call_expression",),
    check=_check,
)
