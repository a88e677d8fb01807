"""## What it does
Flags `child_process.exec`/`execSync` (and `shelljs.exec`) with a command that is not a
constant, and `spawn`/`execFile` with `{shell: true}` and non-constant arguments.

## Why is this bad?
`exec` runs its string through a shell: `;`, `|`, `$(...)` or backticks in any interpolated
value run extra commands with the server's privileges (CWE-78).

## Example
```js
exec(`ls -l ${req.query.dir}`, cb);
```

## Use instead
```js
execFile("ls", ["-l", "--", req.query.dir], cb);   // no shell, arguments as an array
```

## References
- CWE-78: Improper Neutralization of Special Elements used in an OS Command
- OWASP A03:2021 / A05:2025 Injection
"""

from __future__ import annotations

from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import flow, related_source, sink_sites, site_hit
from vigilint.analyzers.models import load
from vigilint.model import Rule


def _check(ctx: FileContext, call: Node) -> Hit | None:
    for site in sink_sites(ctx, call, "command"):
        spec = site.spec
        if spec is not None and spec.when_true:
            hit = site_hit(ctx, call, site, what="This shell command",
                           advice="drop `shell: true` and pass the arguments as an array")
            if hit is not None and hit.message is None:
                hit = replace(hit, message="`spawn`/`execFile` with `shell: true` runs "
                                           "non-constant arguments through a shell; drop "
                                           "`shell: true`.")
            if hit is not None:
                return hit
            continue
        if spec is not None and any(s.when_true for s in load(ctx.language).sinks(site.callee)):
            verdict = flow(ctx).verdict(site.arguments[0], "command")
            if verdict.level == "tainted":  # the program itself, no shell
                return Hit(node=call, likelihood="very-likely",
                           message=f"The program to run comes from {verdict.description}; "
                                   "choose it from a fixed allow-list.",
                           related=related_source(ctx, verdict))
            continue
        hit = site_hit(ctx, call, site, what="This shell command",
                       advice="use `execFile`/`spawn` with an argument array and no shell")
        if hit is not None:
            return hit
    return None


RULE = Rule(
    id="VG-JS-INJ-002",
    name="command-injection",
    category="injection",
    languages=("javascript",),
    cwe=(78,),
    likelihood="likely",
    impact="critical",
    confidence="high",
    message="A shell command is built from non-constant values; use `execFile`/`spawn` with an "
            "argument array and no shell.",
    prefilter=load("javascript").prefilter("command"),
    sink_kinds=("command",),
    node_kinds=("call_expression",),
    check=_check,
)
