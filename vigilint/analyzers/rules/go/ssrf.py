"""## What it does
Flags outgoing HTTP requests whose URL comes from request data: `http.Get/Head/Post/PostForm`,
`http.NewRequest(method, url, ...)`, `http.NewRequestWithContext`, and `client.Get/Post/Head`.

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
from vigilint.analyzers.rules.go._common import call_name, method_name, taint_sink
from vigilint.analyzers.taint.go import go_imports
from vigilint.model import Rule

_SINKS: dict[str, int] = {
    "net/http.Get": 0, "net/http.Head": 0, "net/http.Post": 0, "net/http.PostForm": 0,
    "net/http.NewRequest": 1, "net/http.NewRequestWithContext": 2,
}


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = call_name(ctx, call)
    if name in _SINKS:
        return taint_sink(ctx, call, "ssrf", indexes=(_SINKS[name],), possible=False)
    if method_name(ctx, call) in ("Get", "Head", "Post", "PostForm") and "/" not in name \
            and name.split(".")[0] not in go_imports(ctx) and "client" in name.lower():
        return taint_sink(ctx, call, "ssrf", indexes=(0,), possible=False)
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
    prefilter=("net/http", "Get", "Head", "Post"),
    node_kinds=("call_expression",),
    check=_check,
)
