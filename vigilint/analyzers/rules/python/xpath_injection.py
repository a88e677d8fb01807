"""## What it does
Flags XPath expressions built from untrusted input: lxml `xpath()`/`XPath()`/`ETXPath()`,
`elementpath.select`, and ElementTree `find`/`findall`/`iterfind`/`findtext`.

## Why is this bad?
Quotes and operators in the value rewrite the query (`' or '1'='1`), exposing every node of the
document or bypassing an XML-backed login.

## Example
```python
root.xpath(f"//user[@name='{request.args['name']}']")
```

## Use instead
```python
root.xpath("//user[@name=$name]", name=request.args["name"])  # XPath variables
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
from vigilint.analyzers.rules.python._common import built_from_data
from vigilint.model import Likelihood, Rule

_ADVICE = "pass values as XPath variables (`xpath(expr, name=value)`)"


def _check(ctx: FileContext, call: Node) -> Hit | None:
    for site in sink_sites(ctx, call, "xpath"):
        unknown: Likelihood | None = None
        if site.spec is not None and "xpath" in site.spec.methods and \
                built_from_data(ctx, site.arguments[0]):
            unknown = "possible"
        return site_hit(ctx, call, site, what="This XPath query", advice=_ADVICE,
                        unknown=unknown)
    return None


RULE = Rule(
    id="VG-PY-INJ-008",
    name="xpath-injection",
    category="injection",
    languages=("python",),
    cwe=(643,),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="An XPath query is built from untrusted input; pass values as XPath variables "
            "(`xpath(expr, name=value)`).",
    prefilter=load("python").prefilter("xpath"),
    sink_kinds=("xpath",),
    node_kinds=("call",),
    check=_check,
)
