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
from vigilint.analyzers.dataflow import sink_sites, site_hit
from vigilint.analyzers.models import load
from vigilint.analyzers.rules.javascript._common import built
from vigilint.model import Rule


def _check(ctx: FileContext, call: Node) -> Hit | None:
    for site in sink_sites(ctx, call, "xpath"):
        expression = site.arguments[0]
        return site_hit(ctx, call, site, what="This XPath expression",
                        advice="pass values as XPath variables instead of pasting them into "
                               "the expression",
                        unknown="possible" if built(ctx, expression) else None)
    return None


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
    prefilter=load("javascript").prefilter("xpath"),
    sink_kinds=("xpath",),
    node_kinds=("call_expression",),
    check=_check,
)
