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

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.javascript._common import call_args, name_of, object_props
from vigilint.analyzers.taint.javascript import Taint, taint_of
from vigilint.model import Rule

_SHELL_CALLS = frozenset({"child_process.exec", "child_process.execSync", "shelljs.exec",
                          "node:child_process.exec", "node:child_process.execSync",
                          "execa.execaCommand", "execa.command", "shell.exec",
                          "execa.execaCommandSync"})
_ARGV_CALLS = frozenset({"child_process.spawn", "child_process.spawnSync",
                         "child_process.execFile", "child_process.execFileSync",
                         "node:child_process.spawn", "node:child_process.spawnSync",
                         "node:child_process.execFile", "node:child_process.execFileSync"})


def _hit(call: Node, taint: Taint, message: str | None = None) -> Hit | None:
    if taint == Taint.SAFE:
        return None
    return Hit(node=call, message=message,
               likelihood="very-likely" if taint >= Taint.TAINTED else "possible")


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = name_of(ctx, call)
    if name not in _SHELL_CALLS and name not in _ARGV_CALLS and \
            not name.endswith((".exec", ".execSync")):
        return None
    args = call_args(call)
    if not args:
        return None
    if name in _SHELL_CALLS or (name.endswith((".exec", ".execSync")) and \
            name.split(".")[0] in ("cp", "childProcess", "child_process")):
        return _hit(call, taint_of(ctx, args[0]))
    if name in _ARGV_CALLS:
        options = next((a for a in args[1:] if a.type == "object"), None)
        shell = object_props(ctx, options).get("shell")
        if shell is not None and ctx.node_text(shell) not in ("false", "undefined"):
            taint = max(taint_of(ctx, a) for a in args if a is not options)
            return _hit(call, taint, "`spawn`/`execFile` with `shell: true` runs non-constant "
                                     "arguments through a shell; drop `shell: true`.")
        if taint_of(ctx, args[0]) >= Taint.TAINTED:
            return _hit(call, Taint.TAINTED, "The program to run comes from request data; "
                                             "choose it from a fixed allow-list.")
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
    prefilter=("exec", "spawn"),
    node_kinds=("call_expression",),
    check=_check,
)
