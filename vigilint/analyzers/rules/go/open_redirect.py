"""## What it does
Flags redirects to a URL taken from request data: `http.Redirect(w, r, url, code)`, gin
`c.Redirect(code, url)`, echo `c.Redirect(code, url)` and fiber `c.Redirect(url)`, with no check
that the target is a local path (`/...` but not `//...`) or a URL whose parsed host is allowed.

## Why is this bad?
An attacker sends a link on your domain that forwards the victim to a look-alike phishing site,
or leaks tokens carried in the URL (CWE-601).

## Example
```go
http.Redirect(w, r, r.URL.Query().Get("next"), http.StatusFound)
```

## Use instead
```go
next := r.URL.Query().Get("next")
if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") {
    next = "/"
}
http.Redirect(w, r, next, http.StatusFound)
```

## References
- CWE-601: URL Redirection to Untrusted Site
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import sink_sites, site_hit
from vigilint.analyzers.models import load
from vigilint.model import Rule


def _check(ctx: FileContext, call: Node) -> Hit | None:
    for site in sink_sites(ctx, call, "redirect"):
        return site_hit(ctx, call, site, what="This redirect target",
                        advice="allow only local paths (`/...`, not `//...`) or check the "
                               "parsed host against an allow-list", unknown=None)
    return None


RULE = Rule(
    id="VG-GO-REDIR-001",
    name="open-redirect",
    category="injection",
    languages=("go",),
    cwe=(601,),
    likelihood="likely",
    impact="medium",
    confidence="medium",
    message="A redirect goes to a URL taken from request data; allow only local paths or "
            "check the host against an allow-list.",
    prefilter=load("go").prefilter("redirect"),
    sink_kinds=("redirect",),
    node_kinds=("call_expression",),
    check=_check,
)
