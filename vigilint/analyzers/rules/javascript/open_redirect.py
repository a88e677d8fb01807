"""## What it does
Flags redirects to a URL taken from the request or the page URL: `res.redirect(req.query.url)`,
`ctx.redirect(...)`, `location.href = ...`, `location.assign/replace(...)`, with no allow-list
check in between.

## Why is this bad?
An attacker sends a link on your trusted domain that lands on their phishing page, or steals
OAuth codes through a redirect (CWE-601).

## Example
```js
res.redirect(req.query.next);
```

## Use instead
```js
const next = String(req.query.next || "/");
res.redirect(next.startsWith("/") && !next.startsWith("//") ? next : "/");
```

## References
- CWE-601: URL Redirection to Untrusted Site ('Open Redirect')
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import sink_hit, sink_sites, site_hit
from vigilint.analyzers.models import load
from vigilint.analyzers.syntax import javascript
from vigilint.model import Rule

_WHAT = "This redirect target"
_ADVICE = "allow only relative paths or a fixed list of hosts"


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if node.type == "assignment_expression":
        left = node.child_by_field_name("left")
        right = node.child_by_field_name("right")
        if left is None or right is None:
            return None
        if left.type == "identifier":  # `location = url`
            if ctx.node_text(left) != "location" or "location" in javascript(ctx).assigned(
                    javascript(ctx).scope_of(left)):
                return None
            return sink_hit(ctx, node, right, "redirect", what=_WHAT, advice=_ADVICE,
                            unknown=None)
        if left.type != "member_expression":
            return None
        prop = ctx.node_text(left.child_by_field_name("property"))
        receiver = ctx.node_text(left.child_by_field_name("object"))
        for spec in load(ctx.language).property_sinks(prop, frozenset({"redirect"})):
            if spec.receiver_re is None or spec.receiver_re.search(receiver):
                return sink_hit(ctx, node, right, "redirect", what=_WHAT, advice=_ADVICE,
                                unknown=None)
        return None
    for site in sink_sites(ctx, node, "redirect"):
        hit = site_hit(ctx, node, site, what=_WHAT, advice=_ADVICE, unknown=None)
        if hit is not None:
            return hit
    return None


RULE = Rule(
    id="VG-JS-INJ-009",
    name="open-redirect",
    category="injection",
    languages=("javascript",),
    cwe=(601,),
    likelihood="very-likely",
    impact="medium",
    confidence="medium",
    message="The redirect target comes from the request; allow only relative paths or a fixed "
            "list of hosts.",
    prefilter=(*load("javascript").prefilter("redirect"), "location"),
    sink_kinds=("redirect",),
    node_kinds=("call_expression", "assignment_expression"),
    check=_check,
)
