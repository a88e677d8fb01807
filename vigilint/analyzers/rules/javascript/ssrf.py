"""## What it does
Flags outgoing HTTP requests whose URL comes from the request (`fetch(req.query.url)`,
`axios.get(req.body.target)`, `got`, `http(s).get`, `request`, `needle`, `superagent`), or
whose host is built from an unchecked parameter, with no allow-list check in between.

## Why is this bad?
The server fetches whatever the attacker names: cloud metadata (`169.254.169.254`), internal
admin services, `localhost` ports, `file://` URLs (SSRF, CWE-918).

## Example
```js
const r = await fetch(req.query.url);
```

## Use instead
```js
const target = new URL(req.query.url);
if (!ALLOWED_HOSTS.includes(target.hostname)) return res.sendStatus(400);
const r = await fetch(target);
```

## References
- CWE-918: Server-Side Request Forgery (SSRF)
- OWASP A10:2021 / A01:2025
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import sink_sites, site_hit
from vigilint.analyzers.models import load
from vigilint.analyzers.rules.javascript._common import built, from_parameter
from vigilint.model import Rule


def _check(ctx: FileContext, call: Node) -> Hit | None:
    for site in sink_sites(ctx, call, "ssrf"):
        url = site.arguments[0]
        # a URL whose host part is built from a parameter (a constant scheme and host in
        # front of the value clean it: the core's prefix rule)
        possible = built(ctx, url) and from_parameter(ctx, url)
        hit = site_hit(ctx, call, site, what="This outgoing request's URL",
                       advice="check the host against an allow-list before fetching",
                       unknown="possible" if possible else None)
        if hit is not None:
            return hit
    return None


RULE = Rule(
    id="VG-JS-SSRF-001",
    name="ssrf",
    category="ssrf",
    languages=("javascript",),
    cwe=(918,),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="The server requests a URL controlled by the client; check the host against an "
            "allow-list before fetching.",
    prefilter=load("javascript").prefilter("ssrf"),
    sink_kinds=("ssrf",),
    node_kinds=("call_expression", "new_expression"),
    check=_check,
)
