"""## What it does
Flags operating-system commands built from data: `os.system`, `os.popen`, `os.exec*`/`spawn*`
with a shell, `subprocess.*` with `shell=True` (or an explicit `sh -c` argument list) and
`subprocess.getoutput`. "Very likely" when request data, route parameters, `sys.argv` or
`input()` reach the command, "possible" when it is built from parameters of unknown origin.
A process re-executing itself (`os.execv` of a program computed only from `sys.executable` and
`sys.argv`, as a development reloader does) is not reported: no shell, the user's own command.

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


_OWN_COMMAND_LINE = frozenset({"sys.executable", "sys.argv", "sys.orig_argv"})


def _own_command_line(ctx: FileContext, scope: Node | None, node: Node,
                      seen: frozenset[str] = frozenset()) -> bool:
    """`node` is computed only from the process's own command line (`sys.executable`,
    `sys.argv`) and literals: `Path(sys.argv[0]).resolve()`, a variable every assignment of
    which is such a value. A reloader re-executing itself runs what its user already ran."""
    text = ctx.node_text(node)
    if node.type == "attribute":
        return text in _OWN_COMMAND_LINE
    if node.type in ("subscript", "parenthesized_expression"):
        inner = node.child_by_field_name("value") if node.type == "subscript" else \
            (node.named_children[0] if node.named_children else None)
        return inner is not None and _own_command_line(ctx, scope, inner, seen)
    if node.type == "call":
        function = node.child_by_field_name("function")
        args = [a for a in (node.child_by_field_name("arguments") or node).named_children
                if a.type != "comment"]
        if any(a.type != "string" and not _own_command_line(ctx, scope, a, seen) for a in args):
            return False
        if function is not None and function.type == "attribute":
            base = function.child_by_field_name("object")
            return base is not None and (_own_command_line(ctx, scope, base, seen) or (
                base.type in ("identifier", "attribute") and
                any(a.type != "string" for a in args)))
        return any(a.type != "string" for a in args)
    if node.type != "identifier" or scope is None or text in seen:
        return False
    values = [n.child_by_field_name("right") for n in ctx.walk(scope)
              if n.type == "assignment" and n.child_by_field_name("left") is not None and
              ctx.node_text(n.child_by_field_name("left")) == text]
    return bool(values) and all(v is not None and _own_command_line(ctx, scope, v, seen | {text})
                                for v in values)


def _reexecutes_itself(ctx: FileContext, call: Node, site_callee: str, program: Node) -> bool:
    """`os.execv(sys.executable, [sys.executable] + sys.argv)`: a process (a development
    reloader) replacing itself with its own command line; no shell, nobody else's input."""
    if not site_callee.startswith(("os.exec", "os.spawn")):
        return False
    return _own_command_line(ctx, enclosing_function(ctx, call), program)


def _check(ctx: FileContext, call: Node) -> Hit | None:
    for site in sink_sites(ctx, call, "command"):
        if site.arguments and _reexecutes_itself(ctx, call, site.callee, site.arguments[0]):
            return None
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
