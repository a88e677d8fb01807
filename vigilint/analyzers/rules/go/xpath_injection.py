"""## What it does
Flags XPath expressions built from data: antchfx `xpath.Compile`, `xmlquery.Find`/`Query`/
`QueryAll`, `htmlquery.*` and goxpath `Parse`/`MustParse`. "Very likely" when request data,
`os.Args` or standard input reach the expression; "possible" when it is built with
`fmt.Sprintf` / `+` from values of unknown origin.

## Why is this bad?
A quote in the value closes the string literal of the expression: `' or '1'='1` selects every
node, which bypasses a login check or reads other users' records (CWE-643).

## Example
```go
expr := fmt.Sprintf("//user[name='%s' and password='%s']", name, password)
node := xmlquery.FindOne(doc, expr)
```

## Use instead
```go
xp := goxpath.MustParse("//user[name=$name and password=$pass]")
res, err := xp.ExecNode(doc, func(o *goxpath.Opts) {
    o.Vars["name"] = tree.String(name)
    o.Vars["pass"] = tree.String(password)
})
```

## References
- CWE-643: Improper Neutralization of Data within XPath Expressions
- OWASP A03:2021 / A05:2025 Injection
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import sink_sites, site_hit
from vigilint.analyzers.models import load
from vigilint.analyzers.rules.go._common import built_from_data
from vigilint.model import Rule


def _check(ctx: FileContext, call: Node) -> Hit | None:
    for site in sink_sites(ctx, call, "xpath"):
        return site_hit(ctx, call, site, what="This XPath expression",
                        advice="pass the values as XPath variables instead of building the "
                               "expression",
                        unknown="possible" if built_from_data(ctx, site.arguments[0]) else None)
    return None


RULE = Rule(
    id="VG-GO-INJ-006",
    name="xpath-injection",
    category="injection",
    languages=("go",),
    cwe=(643,),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="An XPath expression is built from non-constant values; pass them as XPath "
            "variables.",
    prefilter=load("go").prefilter("xpath"),
    sink_kinds=("xpath",),
    node_kinds=("call_expression",),
    check=_check,
)
