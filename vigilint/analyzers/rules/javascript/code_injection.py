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
from vigilint.analyzers.dataflow import flow, related_source, sink_sites, site_hit
from vigilint.analyzers.models import load, short_name
from vigilint.analyzers.rules.javascript._common import built
from vigilint.analyzers.syntax import javascript
from vigilint.analyzers.syntax.javascript import FUNCTION_KINDS
from vigilint.model import Rule

_TIMERS = frozenset({"setTimeout", "setInterval", "setImmediate"})
_LOADERS = frozenset({"require", "import"})
_KINDS = frozenset({"code", "template"})


def _stringish(ctx: FileContext, node: Node) -> bool:
    """A timer's argument that is text (a function is the normal, safe use)."""
    if node.type in FUNCTION_KINDS:
        return False
    return node.type in ("string", "template_string") or built(ctx, node) or \
        isinstance(flow(ctx).value(node).const, str)


def _check(ctx: FileContext, node: Node) -> Hit | None:
    for site in sink_sites(ctx, node, _KINDS):
        short = short_name(site.callee)
        if short in _TIMERS and not _stringish(ctx, site.arguments[0]):
            continue
        if short in _LOADERS and site.spec is not None:
            if javascript(ctx).string_value(site.arguments[0]) is not None:
                continue  # require('module'): the common, constant case
            verdict = flow(ctx).verdict(site.arguments[0], "code")
            if verdict.level != "tainted":
                continue
            return Hit(node=node, likelihood="very-likely",
                       message=f"The module to load comes from {verdict.description}; map "
                               "allowed names to modules instead of passing input to "
                               "`require`/`import()`.", related=related_source(ctx, verdict))
        if site.kind == "template":
            hit = site_hit(ctx, node, site, what="This template source",
                           advice="keep templates in files and pass data in the render "
                                  "context", unknown=None)
        else:
            hit = site_hit(ctx, node, site, what="This evaluated code",
                           advice="parse data with `JSON.parse` or a dedicated parser instead "
                                  "of evaluating it")
        if hit is not None:
            return hit
    return None


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
    prefilter=load("javascript").prefilter("code", "template"),
    sink_kinds=("code", "template"),
    node_kinds=("call_expression", "new_expression"),
    check=_check,
)
