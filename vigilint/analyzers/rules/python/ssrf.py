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

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.imports import call_name
from vigilint.analyzers.rules.python._util import arg, taint_hit
from vigilint.model import Rule

_METHODS = ("get", "post", "put", "patch", "delete", "head", "options")
_URL_FIRST = frozenset({f"requests.{m}" for m in _METHODS} | {f"httpx.{m}" for m in _METHODS} |
                       {"urllib.request.urlopen", "urllib.request.Request", "urllib2.urlopen",
                        "http.client.HTTPConnection", "http.client.HTTPSConnection",
                        "urllib3.PoolManager.request", "pycurl.Curl"})
_URL_SECOND = frozenset({"requests.request", "httpx.request"})
_SESSION_HINTS = ("session", "client", "http", "sess")


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = call_name(ctx, call) or ""
    url = None
    if name in _URL_FIRST:
        url = arg(ctx, call, 0, "url")
    elif name in _URL_SECOND:
        url = arg(ctx, call, 1, "url")
    else:
        function = call.child_by_field_name("function")
        if function is None or function.type != "attribute":
            return None
        method = ctx.node_text(function.child_by_field_name("attribute"))
        receiver = ctx.node_text(function.child_by_field_name("object")).lower()
        if method in _METHODS and any(h in receiver for h in _SESSION_HINTS):
            url = arg(ctx, call, 0, "url")
    if url is None:
        return None
    return taint_hit(ctx, call, url, "ssrf", "This outgoing request's URL",
                     "check the host against an allow-list before fetching", unknown=None)


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
    prefilter=("get", "post", "put", "patch", "delete", "head", "options", "urlopen", "Request",
               "request", "HTTPConnection", "HTTPSConnection", "Curl"),
    node_kinds=("call",),
    check=_check,
)
