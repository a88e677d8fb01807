"""## What it does
Flags `eval`, `new Function`, `vm.runInThisContext`/`runInNewContext`/`runInContext`,
`new vm.Script` and string forms of `setTimeout`/`setInterval` with non-constant code, and
`require(...)`/`import(...)` of a module named by request data.

## Why is this bad?
Evaluating a string built from input runs whatever code the input holds, with all the
privileges of the process (CWE-95).

## Example
```js
const result = eval(req.query.expr);
```

## Use instead
```js
const result = JSON.parse(req.query.data);       // data, not code
// or a real expression parser (mathjs `evaluate`, a small grammar)
```

## References
- CWE-95: Improper Neutralization of Directives in Dynamically Evaluated Code ('Eval Injection')
- OWASP A03:2021 / A05:2025 Injection
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.imports import qualified_name
from vigilint.analyzers.rules.javascript._common import call_args, name_of
from vigilint.analyzers.taint.javascript import Taint, is_built, taint_of
from vigilint.model import Rule

_EVAL = frozenset({"eval", "window.eval", "globalThis.eval", "vm.runInThisContext",
                   "vm.runInNewContext", "vm.runInContext", "vm.compileFunction",
                   "node:vm.runInThisContext", "node:vm.runInNewContext", "Function"})
_TIMERS = frozenset({"setTimeout", "setInterval", "window.setTimeout", "window.setInterval",
                     "setImmediate"})


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if node.type == "new_expression":
        name = qualified_name(ctx, node.child_by_field_name("constructor")) or ""
        if name not in ("Function", "vm.Script", "node:vm.Script"):
            return None
    else:
        callee = node.child_by_field_name("function")
        name = "import" if callee is not None and callee.type == "import" else name_of(ctx, node)
    args = call_args(node)
    if not args:
        return None
    if name in _TIMERS:
        first = args[0]
        if first.type not in ("string", "template_string", "binary_expression") and \
                not is_built(ctx, first):
            return None
        taint = taint_of(ctx, first)
    elif name in ("require", "import"):
        # loading a module chosen by the client runs its code
        if taint_of(ctx, args[0]) < Taint.TAINTED:
            return None
        return Hit(node=node, likelihood="very-likely",
                   message="The module to load comes from the request; map allowed names to "
                           "modules instead of passing input to `require`/`import()`.")
    elif name in _EVAL or name.endswith(("vm.Script",)):
        code = args if name == "Function" else args[:1]
        taint = max(taint_of(ctx, a) for a in code)
    else:
        return None
    if taint == Taint.SAFE:
        return None
    return Hit(node=node, likelihood="very-likely" if taint >= Taint.TAINTED else "possible")


RULE = Rule(
    id="VG-JS-INJ-003",
    name="code-injection",
    category="injection",
    languages=("javascript",),
    cwe=(95, 94),
    likelihood="likely",
    impact="critical",
    confidence="high",
    message="Non-constant code is evaluated; parse data with `JSON.parse` or a dedicated "
            "parser instead of `eval`/`new Function`/`vm`.",
    prefilter=("eval", "run", "compileFunction", "Function", "setTimeout", "setInterval",
               "setImmediate", "require", "import", "Script"),
    node_kinds=("call_expression", "new_expression"),
    check=_check,
)
