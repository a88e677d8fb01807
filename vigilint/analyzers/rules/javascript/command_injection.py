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

import re
from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import flow, related_source, sink_sites, site_hit
from vigilint.analyzers.imports import aliases
from vigilint.analyzers.models import load
from vigilint.analyzers.rules._edits import argv_words, concat_parts
from vigilint.analyzers.syntax import javascript
from vigilint.model import Fix, Rule


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
            if site.callee in _NO_SHELL and site.arguments:
                hit = replace(hit, fix=_exec_file_fix(ctx, call, site.callee, site.arguments[0]))
            return hit
    return None


_VALUES = frozenset({"identifier", "member_expression", "subscript_expression",
                     "call_expression"})
_NO_SHELL = {"child_process.exec": "execFile", "child_process.execSync": "execFileSync"}
def _words(ctx: FileContext, command: Node) -> list[str] | None:
    """The argument vector of a command built from literal words and whole-word values
    (`'ls -l ' + dir`, `` `ls -l ${dir}` ``) as JavaScript expressions; None for anything a
    shell would read differently (quotes, pipes, globs, a value glued to text)."""
    parts: list[tuple[bool, str]] = []  # (is literal, text)
    if command.type == "template_string":
        for child in command.named_children:
            if child.type == "string_fragment":
                parts.append((True, ctx.node_text(child)))
            elif child.type == "template_substitution" and child.named_children:
                parts.append((False, ctx.node_text(child.named_children[0])))
            else:
                return None
    else:
        built = concat_parts(ctx, command, lambda n: javascript(ctx).string_value(n)
                             if n.type == "string" else None, _VALUES)
        if built is None:
            return None
        parts = built
    words = argv_words(parts)
    if words is None:
        return None
    return [f"'{text}'" if literal else text for literal, text in words]  # no quotes in words


def _exec_file_fix(ctx: FileContext, call: Node, callee: str, command: Node) -> Fix | None:
    """`exec('ls -l ' + dir, cb)` -> `execFile('ls', ['-l', dir], cb)`: the same program and
    arguments without a shell (the callback and options keep their meaning). Unsafe: `execFile`
    does not expand globs, variables or `~`, which a reviewer checks."""
    words = _words(ctx, command)
    function = call.child_by_field_name("function")
    if words is None or function is None:
        return None
    target = _NO_SHELL[callee]
    known = aliases(ctx)
    if function.type == "member_expression":  # cp.exec(...)
        prop = function.child_by_field_name("property")
        if prop is None or known.get(ctx.node_text(function.child_by_field_name("object"))) \
                != "child_process":
            return None
        rename = ctx.edit_node(prop, target)
    elif known.get(ctx.node_text(function)) != callee or re.search(
            rf"\b{re.escape(ctx.node_text(function))}\s*=[^=>]", ctx.text):
        return None  # a wrapper (`const run = promisify(exec)`) has no execFile twin here
    else:
        bound = next((name for name, full in known.items()
                      if full == f"child_process.{target}"), None)
        if bound is None:
            if "require(" not in ctx.text:
                return None
            bound = f"require('child_process').{target}"
        rename = ctx.edit_node(function, bound)
    program, rest = words[0], ", ".join(words[1:])
    return Fix(title=f"Run the program with `{target}` and an argument array (no shell)",
               safe=False, edits=(rename, ctx.edit_node(command, f"{program}, [{rest}]")))


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
    fixable=True,
)
