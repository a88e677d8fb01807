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

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.imports import call_name
from vigilint.analyzers.rules.python._util import (
    arg,
    enclosing,
    is_literal_true,
    keyword,
    taint_hit,
)
from vigilint.analyzers.taint.python import taint_of
from vigilint.model import Rule

_SHELL_STRING = frozenset({"os.system", "os.popen", "os.popen2", "os.popen3", "os.popen4",
                           "commands.getoutput", "commands.getstatusoutput", "subprocess.getoutput",
                           "subprocess.getstatusoutput", "popen2.popen2", "platform.popen"})
_SUBPROCESS = frozenset({"subprocess.run", "subprocess.call", "subprocess.Popen",
                         "subprocess.check_output", "subprocess.check_call",
                         "asyncio.create_subprocess_exec"})
_SHELLS = frozenset({"sh", "bash", "/bin/sh", "/bin/bash", "zsh", "cmd", "cmd.exe",
                     "powershell", "pwsh", "-c", "/c"})
_ADVICE = "pass an argument list without a shell, or quote values with `shlex.quote`"


def _shell_list(ctx: FileContext, call: Node, command: Node) -> bool:
    """True when the argument list starts a shell (`["sh", "-c", ...]`)."""
    value = taint_of(ctx, command)
    if value.seq is not None and value.seq:
        return isinstance(value.seq[0].const, str) and value.seq[0].const.rsplit("/", 1)[-1] in _SHELLS
    scope = enclosing(call, "function_definition") or (ctx.tree.root_node if ctx.tree else None)
    if scope is None:
        return False
    for node in ctx.walk(scope):
        if node.type == "string" and ctx.node_text(node).strip("'\"") in _SHELLS:
            return True
    return False


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = call_name(ctx, call) or ""
    if name in _SHELL_STRING:
        return taint_hit(ctx, call, arg(ctx, call, 0, "cmd") or arg(ctx, call, 0, "command"),
                         "cmd", "This shell command", _ADVICE)
    if name in _SUBPROCESS:
        command = arg(ctx, call, 0, "args")
        if command is None:
            return None
        if is_literal_true(ctx, keyword(ctx, call, "shell")):
            return taint_hit(ctx, call, command, "cmd", "This shell command", _ADVICE)
        if command.type in ("list", "tuple", "identifier") and _shell_list(ctx, call, command):
            return taint_hit(ctx, call, command, "cmd", "This `sh -c` command", _ADVICE)
    if name in ("asyncio.create_subprocess_shell",):
        return taint_hit(ctx, call, arg(ctx, call, 0, "cmd"), "cmd", "This shell command", _ADVICE)
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
    prefilter=("system", "popen", "getoutput", "getstatusoutput", "subprocess"),
    node_kinds=("call",),
    check=_check,
)
