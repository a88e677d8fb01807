"""## What it does
Flags operating-system commands built from data: `os.system`, `os.popen`, `os.exec*`/`spawn*`
with a shell, `subprocess.*` with `shell=True` (or an explicit `sh -c` argument list) and
`subprocess.getoutput`. "Very likely" when request data, route parameters, `sys.argv` or
`input()` reach the command, "possible" when it is built from parameters of unknown origin.

## Why is this bad?
The shell interprets `;`, `|`, `$(...)` and backticks in the data, so whoever controls the value
runs their own commands with the application's rights.

## Example
```python
subprocess.run(f"convert {request.args['file']} out.png", shell=True)
```

## Use instead
```python
subprocess.run(["convert", request.args["file"], "out.png"], shell=False)
# or, when a shell is unavoidable, quote each value with shlex.quote(...)
```

## References
- CWE-78: Improper Neutralization of Special Elements used in an OS Command
- OWASP A03:2021 / A05:2025 Injection
"""

from __future__ import annotations

import functools
from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import flow, sink_sites, site_hit
from vigilint.analyzers.imports import call_name
from vigilint.analyzers.models import load
from vigilint.analyzers.rules.python._command_fix import command_fix
from vigilint.analyzers.rules.python._common import arg, enclosing_function, taint_hit
from vigilint.model import Rule

_SHELLS = frozenset({"sh", "bash", "/bin/sh", "/bin/bash", "zsh", "cmd", "cmd.exe",
                     "powershell", "pwsh", "-c", "/c"})
_ADVICE = "pass an argument list without a shell, or quote values with `shlex.quote`"


@functools.cache
def _shell_optional() -> frozenset[str]:
    """Calls that run a shell only when asked (`shell=True`): `subprocess.run` and friends."""
    return frozenset(name for sinks in load("python").sinks_by_call.values() for s in sinks
                     if s.kind == "command" and s.when_true == "shell" for name in s.calls)


def _shell_list(ctx: FileContext, call: Node, command: Node) -> bool:
    """True when the argument list starts a shell (`["sh", "-c", ...]`)."""
    value = flow(ctx).value(command)
    if value.seq is not None and value.seq:
        return isinstance(value.seq[0].const, str) and value.seq[0].const.rsplit("/", 1)[-1] in _SHELLS
    scope = enclosing_function(ctx, call) or (ctx.tree.root_node if ctx.tree else None)
    if scope is None:
        return False
    for node in ctx.walk(scope):
        if node.type == "string" and ctx.node_text(node).strip("'\"") in _SHELLS:
            return True
    return False


def _check(ctx: FileContext, call: Node) -> Hit | None:
    for site in sink_sites(ctx, call, "command"):
        hit = site_hit(ctx, call, site, what="This shell command", advice=_ADVICE)
        if hit is not None and hit.fix is None and site.arguments:
            hit = replace(hit, fix=command_fix(ctx, call, site.arguments[0],
                                               call_name(ctx, call) or ""))
        return hit
    if (call_name(ctx, call) or "") in _shell_optional():
        command = arg(ctx, call, 0, "args")
        if command is not None and command.type in ("list", "tuple", "identifier") and \
                _shell_list(ctx, call, command):
            return taint_hit(ctx, call, command, "command", "This `sh -c` command", _ADVICE)
    return None


RULE = Rule(
    id="VG-PY-INJ-002",
    name="os-command-injection",
    category="injection",
    languages=("python",),
    cwe=(78,),
    likelihood="likely",
    impact="critical",
    confidence="medium",
    message="A shell command is built from data; pass an argument list with `shell=False` or "
            "quote values with `shlex.quote`.",
    prefilter=load("python").prefilter("command"),
    sink_kinds=("command",),
    node_kinds=("call",),
    check=_check,
    fixable=True,
)
