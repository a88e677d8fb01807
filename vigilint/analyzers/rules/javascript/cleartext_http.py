"""## What it does
Flags requests to fixed `http://` and `ws://` URLs: `fetch`, `axios`, `got`, `http.get`,
`request`, `new WebSocket`, `new EventSource`, and `<script src>`-style loads via `$.getScript`.
Local and private hosts (`localhost`, `127.0.0.1`, `*.local`, `*.internal`, `*.svc`, RFC 1918
addresses) and XML namespace strings are not flagged.

## Why is this bad?
Plain HTTP can be read and changed by anyone on the network path: credentials leak, and
responses (including scripts that are later evaluated) can be replaced (CWE-319).

## Example
```js
const res = await fetch("http://api.example.com/v1/users");
```

## Use instead
```js
const res = await fetch("https://api.example.com/v1/users");
```

## References
- CWE-319: Cleartext Transmission of Sensitive Information
- OWASP A02:2021 / A04:2025 Cryptographic Failures
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.imports import qualified_name
from vigilint.analyzers.syntax import javascript
from vigilint.model import Fix, Rule

_CLIENTS = ("axios", "got", "request", "needle", "superagent", "node-fetch", "undici", "http",
            "node:http", "ky", "$", "jQuery")
_METHODS = frozenset({"get", "post", "put", "patch", "delete", "head", "request", "ajax",
                      "getJSON", "getScript", "fetch"})
_LOCAL = re.compile(r"^(localhost|127\.|0\.0\.0\.0|\[::1\]|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|"
                    r"[^/:]*\.(local|internal|localhost|test|example|invalid|svc|lan)(:|/|$)|"
                    r"[^/:.]+(:|/|$))", re.IGNORECASE)
_CTORS = frozenset({"WebSocket", "EventSource", "ws", "ws.WebSocket"})


def _url_node(ctx: FileContext, node: Node) -> Node | None:
    args = javascript(ctx).arguments(node).positional
    if not args:
        return None
    if node.type == "new_expression":
        name = qualified_name(ctx, node.child_by_field_name("constructor")) or ""
        return args[0] if name in _CTORS else None
    name = javascript(ctx).callee_name(node)
    module, _, method = name.rpartition(".")
    if name in ("fetch", "window.fetch", "globalThis.fetch") or name in _CLIENTS or (
            module in _CLIENTS and method in _METHODS):
        return args[0]
    return None


def _check(ctx: FileContext, node: Node) -> Hit | None:
    url = _url_node(ctx, node)
    if url is None or url.type not in ("string", "template_string"):
        return None
    text = ctx.node_text(url)[1:]
    match = re.match(r"(http|ws)://", text)
    if match is None or _LOCAL.match(text[match.end():]):
        return None
    secure = "https://" if match.group(1) == "http" else "wss://"
    fix = Fix(title=f"Use `{secure}`", safe=False, edits=(ctx.edit_bytes(
        url.start_byte + 1, url.start_byte + 1 + match.end(), secure),))
    return Hit(node=node, fix=fix)


RULE = Rule(
    id="VG-JS-DEF-009",
    name="cleartext-http-request",
    category="insecure-default",
    languages=("javascript",),
    cwe=(319,),
    likelihood="possible",
    impact="medium",
    confidence="high",
    message="The request goes over plain `http://`/`ws://`; use `https://`/`wss://`.",
    prefilter=("http://", "ws://"),
    node_kinds=("call_expression", "new_expression"),
    check=_check,
    fixable=True,
)
