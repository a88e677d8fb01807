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
from vigilint.analyzers.imports import aliases, call_name
from vigilint.analyzers.rules.python._util import arg, built_from_data, taint_hit
from vigilint.model import Likelihood, Rule

_FUNCS = {"elementpath.select": 1, "elementpath.iter_select": 1, "lxml.etree.XPath": 0,
          "lxml.etree.ETXPath": 0, "elementpath.Selector": 0}
_METHODS = {"xpath": 0, "find": 0, "findall": 0, "iterfind": 0, "findtext": 0, "evaluate": 0}
_ADVICE = "pass values as XPath variables (`xpath(expr, name=value)`)"


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = call_name(ctx, call) or ""
    if name in _FUNCS:
        return taint_hit(ctx, call, arg(ctx, call, _FUNCS[name], "path"), "xpath",
                         "This XPath query", _ADVICE, unknown=None)
    function = call.child_by_field_name("function")
    if function is None or function.type != "attribute":
        return None
    method = ctx.node_text(function.child_by_field_name("attribute"))
    if method not in _METHODS:
        return None
    if method != "xpath" and not any(v.startswith(("xml", "lxml", "elementpath", "defusedxml"))
                                     for v in aliases(ctx).values()):
        return None
    query = arg(ctx, call, 0, "path")
    unknown: Likelihood | None = "possible" if method == "xpath" and built_from_data(ctx, query) \
        else None
    return taint_hit(ctx, call, query, "xpath", "This XPath query", _ADVICE, unknown=unknown)


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
    prefilter=("select", "Selector", "XPath", "xpath", "find", "evaluate"),
    node_kinds=("call",),
    check=_check,
)
