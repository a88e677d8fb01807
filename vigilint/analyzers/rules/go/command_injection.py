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

import json
from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import sink_sites, site_hit
from vigilint.analyzers.models import load
from vigilint.analyzers.rules._edits import argv_words, concat_parts, go_string
from vigilint.analyzers.rules._sql_params import format_parts
from vigilint.analyzers.rules.go._common import args_of, call_name
from vigilint.model import Fix, Rule

_ADVICE = "run a fixed program with validated arguments and no shell"


def _check(ctx: FileContext, call: Node) -> Hit | None:
    found: Hit | None = None
    for site in sink_sites(ctx, call, "command"):
        shell = site.spec is not None and site.spec.when_arg is not None
        hit = site_hit(ctx, call, site, what="This shell script" if shell else
                       "This command's program", advice=_ADVICE,
                       unknown="possible" if shell else None)
        if hit is not None and shell:
            hit = replace(hit, fix=_argv_fix(ctx, call))
        if hit is not None and hit.likelihood == "very-likely":
            return hit
        found = found or hit
    return found


_SHELLS = frozenset({'"sh"', '"bash"', '"/bin/sh"', '"/bin/bash"', '"zsh"'})
_VALUES = frozenset({"identifier", "selector_expression", "call_expression",
                     "index_expression"})


def _script_parts(ctx: FileContext, script: Node) -> list[tuple[bool, str]] | None:
    if script.type == "call_expression" and call_name(ctx, script) == "fmt.Sprintf":
        args = args_of(ctx, script)
        if not args or args[0].type != "interpreted_string_literal" or \
                "\\" in ctx.node_text(args[0]) or not all(a.type in _VALUES for a in args[1:]):
            return None
        return format_parts(ctx.node_text(args[0])[1:-1], [ctx.node_text(a) for a in args[1:]])
    return concat_parts(ctx, script, lambda n: go_string(ctx, n), _VALUES)


def _argv_fix(ctx: FileContext, call: Node) -> Fix | None:
    """`exec.Command("sh", "-c", "ping -c 1 " + host)` -> `exec.Command("ping", "-c", "1",
    host)`: the same program and arguments without a shell. Unsafe: no globbing, variables
    or `~` any more, which a reviewer checks."""
    args = args_of(ctx, call)
    offset = 1 if call_name(ctx, call).endswith("CommandContext") else 0
    if len(args) != offset + 3 or ctx.node_text(args[offset]) not in _SHELLS or \
            ctx.node_text(args[offset + 1]) != '"-c"':
        return None
    parts = _script_parts(ctx, args[offset + 2])
    words = argv_words(parts) if parts else None
    if words is None:
        return None
    argv = ", ".join(json.dumps(text) if literal else text for literal, text in words)
    return Fix(title="Run the program directly (no shell)", safe=False, edits=(
        ctx.edit_bytes(args[offset].start_byte, args[-1].end_byte, argv),))


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
    fixable=True,
)
