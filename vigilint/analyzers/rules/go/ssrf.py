"""## What it does
Flags outgoing requests whose URL comes from request data, `os.Args` or standard input:
`http.Get/Head/Post/PostForm`, `http.NewRequest(method, url, ...)`,
`http.NewRequestWithContext`, `client.Get/Post/Head` on an `*http.Client`,
`httputil.NewSingleHostReverseProxy` and `net.Dial`. A URL that starts with a fixed
`scheme://host/`, or whose parsed host was checked against a constant or an allow-list map,
is not reported.

## Why is this bad?
A server that fetches a URL chosen by the user can be pointed at internal services, cloud
metadata endpoints (`169.254.169.254`) or `file://` handlers behind the firewall (CWE-918).

## Example
```go
resp, err := http.Get(r.URL.Query().Get("url"))
```

## Use instead
```go
u, err := url.Parse(r.URL.Query().Get("url"))
if err != nil || u.Scheme != "https" || !allowedHosts[u.Hostname()] {
    http.Error(w, "forbidden", http.StatusForbidden); return
}
resp, err := client.Get(u.String())
```

## References
- CWE-918: Server-Side Request Forgery
- OWASP A10:2021 / A01:2025
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import sink_sites, site_hit
from vigilint.analyzers.models import load
from vigilint.model import Rule


def _check(ctx: FileContext, call: Node) -> Hit | None:
    for site in sink_sites(ctx, call, "ssrf"):
        return site_hit(ctx, call, site, what="This outgoing request's URL",
                        advice="allow-list the scheme and host before fetching it", unknown=None)
    return None


RULE = Rule(
    id="VG-GO-SSRF-001",
    name="ssrf",
    category="ssrf",
    languages=("go",),
    cwe=(918,),
    likelihood="very-likely",
    impact="high",
    confidence="medium",
    message="An outgoing request's URL comes from request data; allow-list the scheme and host "
            "before fetching it.",
    prefilter=load("go").prefilter("ssrf"),
    sink_kinds=("ssrf",),
    node_kinds=("call_expression",),
    check=_check,
)
