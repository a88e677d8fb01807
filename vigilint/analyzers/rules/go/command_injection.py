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
from vigilint.analyzers.dataflow import sink_sites, site_hit
from vigilint.analyzers.models import load
from vigilint.model import Rule

_ADVICE = "run a fixed program with validated arguments and no shell"


def _check(ctx: FileContext, call: Node) -> Hit | None:
    found: Hit | None = None
    for site in sink_sites(ctx, call, "command"):
        shell = site.spec is not None and site.spec.when_arg is not None
        hit = site_hit(ctx, call, site, what="This shell script" if shell else
                       "This command's program", advice=_ADVICE,
                       unknown="possible" if shell else None)
        if hit is not None and hit.likelihood == "very-likely":
            return hit
        found = found or hit
    return found


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
    prefilter=load("go").prefilter("command"),
    sink_kinds=("command",),
    node_kinds=("call_expression",),
    check=_check,
)
