"""## What it does
Flags XPath expressions built from non-constant values (template literals, `+`) and passed to
`xpath.select`/`select1`/`evaluate`, `document.evaluate` or libxmljs `find`/`get`.

## Why is this bad?
A quote in the input closes the string literal in the expression: `" or "1"="1` turns a login
lookup into "any node", and other users' data can be read (CWE-643).

## Example
```js
const nodes = xpath.select(`//user[name="${name}" and pass="${pass}"]`, doc);
```

## Use instead
```js
// xpath: pass values as variables
const nodes = xpath.parse('//user[name=$name and pass=$pass]')
  .select({ node: doc, variables: { name, pass } });
```

## References
- CWE-643: Improper Neutralization of Data within XPath Expressions ('XPath Injection')
- OWASP A03:2021 / A05:2025 Injection
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.javascript._common import call_args, method_of, name_of
from vigilint.analyzers.taint.javascript import Taint, is_built, taint_of
from vigilint.model import Rule

_FUNCTIONS = frozenset({"xpath.select", "xpath.select1", "xpath.evaluate", "xpath.parse",
                        "document.evaluate", "xpath.useNamespaces", "fontoxpath.evaluateXPath",
                        "fontoxpath.evaluateXPathToNodes", "fontoxpath.evaluateXPathToFirstNode",
                        "fontoxpath.evaluateXPathToString", "fontoxpath.evaluateXPathToBoolean"})
_XML_METHODS = frozenset({"find", "get"})


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = name_of(ctx, call)
    if name not in _FUNCTIONS and method_of(ctx, call)[1] not in _XML_METHODS:
        return None
    args = call_args(call)
    if not args:
        return None
    if name not in _FUNCTIONS:
        _, method = method_of(ctx, call)
        if method not in _XML_METHODS or not (ctx.node_text(args[0]).lstrip("`'\"(").
                                              startswith(("/", "./", "//"))):
            return None
    expression = args[0]
    if not is_built(ctx, expression):
        return None
    taint = taint_of(ctx, expression)
    if taint == Taint.SAFE:
        return None
    return Hit(node=call, likelihood="very-likely" if taint >= Taint.TAINTED else "possible")


RULE = Rule(
    id="VG-JS-INJ-010",
    name="xpath-injection",
    category="injection",
    languages=("javascript",),
    cwe=(643,),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="An XPath expression is built from non-constant values; pass them as XPath "
            "variables instead of pasting them into the expression.",
    prefilter=("select", "evaluate", "parse", "useNamespaces", "find", "get"),
    node_kinds=("call_expression",),
    check=_check,
)
