"""## What it does
Flags outgoing HTTP requests whose URL (or host) comes from untrusted input: `requests.*`,
`httpx.*`, `urllib.request.urlopen`/`Request`, `aiohttp.ClientSession().get(...)` and
`http.client.HTTPConnection(host)`, with no allow-list check of the host first.

## Why is this bad?
The server fetches whatever the caller names: cloud metadata endpoints
(`169.254.169.254`), internal admin services, or `file://` URLs, and often returns the answer
(server-side request forgery).

## Example
```python
return requests.get(request.args["url"], timeout=5).text
```

## Use instead
```python
url = request.args["url"]
if urlparse(url).hostname not in ALLOWED_HOSTS:
    abort(400)
return requests.get(url, timeout=5).text
```

## References
- CWE-918: Server-Side Request Forgery
- OWASP A10:2021 / A01:2025
"""

from __future__ import annotations

from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import sink_sites, site_hit
from vigilint.analyzers.models import load
from vigilint.analyzers.rules.python._allow_list_fix import allow_list_fix
from vigilint.model import Rule


def _check(ctx: FileContext, call: Node) -> Hit | None:
    for site in sink_sites(ctx, call, "ssrf"):
        hit = site_hit(ctx, call, site, what="This outgoing request's URL",
                       advice="check the host against an allow-list before fetching",
                       unknown=None)
        if hit is not None and len(site.arguments) == 1:
            hit = replace(hit, fix=allow_list_fix(ctx, call, site.arguments[0]))
        return hit
    return None


RULE = Rule(
    id="VG-PY-SSRF-001",
    name="server-side-request-forgery",
    category="ssrf",
    languages=("python",),
    cwe=(918,),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="An outgoing request's URL comes from untrusted input; check the host against an "
            "allow-list before fetching.",
    prefilter=load("python").prefilter("ssrf"),
    sink_kinds=("ssrf",),
    node_kinds=("call",),
    check=_check,
    fixable=True,
)
