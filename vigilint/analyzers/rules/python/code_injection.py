"""## What it does
Flags `eval`, `exec` and `compile` of text that is not a constant. "Very likely" when request
data or route parameters reach it; code from standard input or the command line only (`input()`,
`sys.stdin.read()`, `sys.argv`: the person running the program chooses it, as a shell or REPL
does) is "unlikely". Running a source file's text
(`exec(compile(f.read(), path, "exec"))`, the Python 3 `execfile`, as configuration loaders and
interactive shells do) is a P4 hint unless input reaches it: like an import, the flaw is in who
chooses or writes the file (the path rules check the first); `eval` of a file's text (data
parsed as code) is "unlikely" when its origin is unknown, and so is code built only from the
object's or module's own state (`eval(self.expression)`), none of it from the function's
parameters.

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

import re
from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import (
    ARGV,
    HTTP,
    STDIN,
    flow,
    from_parameters,
    sink_sites,
    site_hit,
)
from vigilint.analyzers.dataflow.kinds import param_index
from vigilint.analyzers.fix_edits import python_module
from vigilint.analyzers.imports import aliases
from vigilint.analyzers.models import load
from vigilint.analyzers.syntax import python
from vigilint.model import Fix, Likelihood, Rule

_READS = ("read", "read_text", "read_bytes")
_SCRIPT = ("This runs a Python file as a script (as a configuration loader or a shell's start-up "
           "file does): whoever can write that file runs code here; make sure only the "
           "program's owner can.")


_LOCAL_USER = ("This runs code typed on standard input or given on the command line: the person "
               "running the program chooses it and runs it with their own rights (a shell or a "
               "REPL does this on purpose); make sure no other party can feed that input.")


def _local_user(ctx: FileContext, node: Node) -> bool:
    """The code comes from the local user only (standard input, command-line arguments), not
    from a request."""
    labels = flow(ctx).value(node).all_labels()
    return bool(labels & {ARGV, STDIN}) and HTTP not in labels and \
        not any(param_index(label) is not None for label in labels)


def _file_text(ctx: FileContext, node: Node) -> str:
    """"script" when the code is a source file's text compiled to run (`compile(f.read(), path,
    "exec")`), "text" when it is a file's text as such (`f.read()`, `path.read_text()`), else
    ""."""
    compiled = False
    while node.type == "call":
        function = node.child_by_field_name("function")
        if function is None:
            return ""
        if function.type == "attribute":
            attribute = function.child_by_field_name("attribute")
            if attribute is None or ctx.node_text(attribute) not in _READS:
                return ""
            return "script" if compiled else "text"
        arguments = node.child_by_field_name("arguments")
        if ctx.node_text(function) not in ("compile", "builtins.compile") or arguments is None \
                or not arguments.named_children:
            return ""
        compiled = True
        node = arguments.named_children[0]
    if node.type == "identifier" and _read_into(ctx, node):
        # `code = f.read()` ... `exec(compile(code, path, "exec"))`
        return "script" if compiled else "text"
    return ""


def _read_into(ctx: FileContext, name: Node) -> bool:
    """`name` is assigned a file's text in its function (`code = handle.read()`)."""
    fn = python(ctx).function_at(name)
    if fn is None or fn.body is None:
        return False
    var = re.escape(ctx.node_text(name))
    reads = "|".join(_READS)
    bound = re.compile(rf"(?m)^[ \t]*{var}[ \t]*=[ \t]*[\w.]+\.(?:{reads})\(\)")
    return bound.search(ctx.node_text(fn.body)) is not None


def _check(ctx: FileContext, call: Node) -> Hit | None:
    for site in sink_sites(ctx, call, "code"):
        function = call.child_by_field_name("function")
        if function is not None and function.type == "identifier" and \
                ctx.node_text(function) in aliases(ctx):
            return None  # an imported function that happens to be called `eval`
        read = _file_text(ctx, site.arguments[0]) if site.arguments else ""
        if read == "text" and site.callee.rsplit(".", 1)[-1] in ("exec", "compile"):
            read = "script"  # `exec(f.read())`, Python 3's execfile; a file compiled to run
        # `eval` of a file's text is data parsed as code, which whoever writes the file
        # controls; a script file run as such is like an import: a hint
        # built from the object's or module's own state (`eval(self.expression)`), none of it
        # from what callers pass: code the program holds, not input
        unknown: Likelihood = "possible" if not read and site.arguments and \
            from_parameters(ctx, site.arguments[0]) else "unlikely"
        hit = site_hit(ctx, call, site, what=f"`{site.callee}`",
                       advice="parse data with `ast.literal_eval` or `json.loads` instead of "
                              "running it", unknown=unknown)
        if hit is not None and read == "script" and hit.likelihood != "very-likely":
            return Hit(node=hit.node, likelihood="unlikely", impact="medium", message=_SCRIPT)
        if hit is not None and hit.likelihood == "very-likely" and site.arguments and \
                _local_user(ctx, site.arguments[0]):
            return Hit(node=hit.node, likelihood="unlikely", message=_LOCAL_USER,
                       related=hit.related)
        if hit is not None and hit.fix is None and site.callee == "eval":
            hit = replace(hit, fix=_literal_eval_fix(ctx, call))
        return hit
    return None


_TEMPLATES = ("string", "binary_operator", "concatenated_string")


def _literal_eval_fix(ctx: FileContext, call: Node) -> Fix | None:
    """`eval(data)` -> `ast.literal_eval(data)`: for one argument that is data, not a code
    template (`eval("handler_%s()" % name)` calls code by name: no literal to parse there)."""
    function = call.child_by_field_name("function")
    arguments = call.child_by_field_name("arguments")
    if function is None or function.type != "identifier" or arguments is None or \
            len(arguments.named_children) != 1:
        return None
    argument = arguments.named_children[0]
    if argument.type in _TEMPLATES or argument.type.endswith("splat") or \
            argument.type == "keyword_argument":
        return None
    edits = [ctx.edit_node(function, "ast.literal_eval")]
    needed = python_module(ctx, "ast", call)
    if needed is None:
        return None
    edits[:0] = needed
    return Fix(title="Parse it as a literal with `ast.literal_eval` (it no longer runs code)",
               edits=tuple(edits), safe=False)


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
    fixable=True,
)
