"""## What it does
Flags `helmet(...)` options that turn protections off: `contentSecurityPolicy: false`,
`frameguard: false`, `hsts: false`, `noSniff: false`, `xssFilter: false`,
`crossOriginOpenerPolicy: false`, and the like.

## Why is this bad?
Each option is a response header that blocks a class of attack: CSP limits XSS, frameguard
stops clickjacking, HSTS prevents TLS stripping. Turning one off removes that layer
(CWE-693, CWE-1021).

## Example
```js
app.use(helmet({ contentSecurityPolicy: false, frameguard: false }));
```

## Use instead
```js
app.use(helmet({
  contentSecurityPolicy: { directives: { "script-src": ["'self'", "cdn.example.com"] } },
}));
```

## References
- CWE-693: Protection Mechanism Failure
- CWE-1021: Improper Restriction of Rendered UI Layers or Frames
- OWASP A05:2021 / A02:2025 Security Misconfiguration
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules._edits import remove_item
from vigilint.analyzers.syntax import javascript
from vigilint.model import Fix, Rule

_PROTECTIONS = frozenset({"contentSecurityPolicy", "frameguard", "hsts", "strictTransportSecurity",
                          "noSniff", "xContentTypeOptions", "xssFilter", "xFrameOptions",
                          "crossOriginOpenerPolicy", "crossOriginResourcePolicy",
                          "referrerPolicy", "dnsPrefetchControl", "permittedCrossDomainPolicies",
                          "xPermittedCrossDomainPolicies"})


def _check(ctx: FileContext, call: Node) -> list[Hit] | None:
    if javascript(ctx).callee_name(call) not in ("helmet", "fastify-helmet", "@fastify/helmet"):
        return None
    args = javascript(ctx).arguments(call).positional
    hits = []
    for key, value in javascript(ctx).object_properties(args[0] if args else None).items():
        if key in _PROTECTIONS and ctx.node_text(value) == "false":
            pair = value.parent
            if pair is None:
                continue
            edit = remove_item(ctx, pair) or ctx.edit_node(pair.parent or pair, "{}")
            hits.append(Hit(node=pair, fix=Fix(
                title=f"Keep helmet's default `{key}`", safe=False, edits=(edit,)),
                message=f"`helmet` is told to drop `{key}`; keep it and configure it instead."))
    return hits or None


RULE = Rule(
    id="VG-JS-DEF-005",
    name="helmet-protection-disabled",
    category="insecure-default",
    languages=("javascript",),
    cwe=(693,),
    likelihood="possible",
    impact="medium",
    confidence="high",
    message="A `helmet` protection is turned off; keep it and configure it instead.",
    prefilter=("helmet",),
    node_kinds=("call_expression",),
    check=_check,
    fixable=True,
)
