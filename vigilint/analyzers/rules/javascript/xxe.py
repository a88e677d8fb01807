"""## What it does
Flags libxmljs `parseXml`/`parseXmlString` (and `libxmljs2`) called with `noent: true`.

## Why is this bad?
`noent` expands external entities: a document can include `file:///etc/passwd` or make the
server fetch internal URLs (XXE, CWE-611), and nested entities exhaust memory.

## Example
```js
const doc = libxmljs.parseXml(req.body, { noent: true });
```

## Use instead
```js
const doc = libxmljs.parseXml(req.body, { noent: false });
```

## References
- CWE-611: Improper Restriction of XML External Entity Reference
- OWASP A05:2021 / A02:2025 Security Misconfiguration
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.syntax import javascript
from vigilint.model import Fix, Rule

_PARSERS = frozenset({"parseXml", "parseXmlString", "parseXmlAsync", "parseHtml"})


def _check(ctx: FileContext, call: Node) -> Hit | None:
    _, method = javascript(ctx).callee(call)
    if method not in _PARSERS:
        return None
    for arg in javascript(ctx).arguments(call).positional[1:]:
        value = javascript(ctx).object_properties(arg).get("noent")
        if value is not None and ctx.node_text(value) == "true":
            return Hit(node=call, fix=Fix(title="Set `noent: false`", safe=True,
                                          edits=(ctx.edit_node(value, "false"),)))
    return None


RULE = Rule(
    id="VG-JS-INJ-008",
    name="xxe-noent",
    category="injection",
    languages=("javascript",),
    cwe=(611,),
    likelihood="likely",
    impact="high",
    confidence="high",
    message="XML is parsed with `noent: true`, which expands external entities; "
            "set `noent: false`.",
    prefilter=("parseXml", "parseHtml"),
    node_kinds=("call_expression",),
    check=_check,
    fixable=True,
)
