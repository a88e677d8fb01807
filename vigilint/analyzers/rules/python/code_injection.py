"""## What it does
Flags `eval`, `exec` and `compile` of text that is not a constant. "Very likely" when request
data, route parameters, `sys.argv` or `input()` reach it. Running a source file's text
(`exec(compile(f.read(), path, "exec"))`, the Python 3 `execfile`, as configuration loaders and
interactive shells do) is reported only when input reaches it: like an import, the flaw is in
who chooses the file, which the path rules check.

## Why is this bad?
Evaluating data as Python runs whatever code its author wrote, with the process's rights.

## Example
```python
result = eval(request.args["expr"])
```

## Use instead
```python
import ast
result = ast.literal_eval(request.args["expr"])  # literals only
```

## References
- CWE-95: Improper Neutralization of Directives in Dynamically Evaluated Code
- OWASP A03:2021 / A05:2025 Injection
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import sink_sites, site_hit
from vigilint.analyzers.imports import aliases
from vigilint.analyzers.models import load
from vigilint.model import Rule

_READS = ("read", "read_text", "read_bytes")


def _file_text(ctx: FileContext, node: Node) -> bool:
    """The code is a file's text (`f.read()`, `path.read_text()`), directly or compiled first."""
    while node.type == "call":
        function = node.child_by_field_name("function")
        if function is None:
            return False
        if function.type == "attribute":
            attribute = function.child_by_field_name("attribute")
            return attribute is not None and ctx.node_text(attribute) in _READS
        arguments = node.child_by_field_name("arguments")
        if ctx.node_text(function) not in ("compile", "builtins.compile") or arguments is None \
                or not arguments.named_children:
            return False
        node = arguments.named_children[0]
    return False


def _check(ctx: FileContext, call: Node) -> Hit | None:
    for site in sink_sites(ctx, call, "code"):
        function = call.child_by_field_name("function")
        if function is not None and function.type == "identifier" and \
                ctx.node_text(function) in aliases(ctx):
            return None  # an imported function that happens to be called `eval`
        runs_file = bool(site.arguments) and _file_text(ctx, site.arguments[0])
        return site_hit(ctx, call, site, what=f"`{site.callee}`",
                        advice="parse data with `ast.literal_eval` or `json.loads` instead of "
                               "running it", unknown=None if runs_file else "possible")
    return None


RULE = Rule(
    id="VG-PY-INJ-003",
    name="code-injection",
    category="injection",
    languages=("python",),
    cwe=(95,),
    likelihood="likely",
    impact="critical",
    confidence="medium",
    message="`eval`/`exec` runs text that is not a constant; parse data with `ast.literal_eval` "
            "or `json.loads` instead.",
    prefilter=load("python").prefilter("code"),
    sink_kinds=("code",),
    node_kinds=("call",),
    check=_check,
)
