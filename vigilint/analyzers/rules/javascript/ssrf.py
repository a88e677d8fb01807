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

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.javascript._common import call_args, name_of, object_props
from vigilint.analyzers.taint.javascript import Taint, reaches_parameter, resolve, taint_of
from vigilint.model import Rule

_CLIENT_MODULES = ("axios", "got", "request", "needle", "superagent", "node-fetch", "undici",
                   "http", "https", "node:http", "node:https", "ky", "phin", "bent")
_METHODS = frozenset({"get", "post", "put", "patch", "delete", "head", "request", "fetch",
                      "stream", "options"})
# `https://${host}/...`: the host comes from a substitution.
_HOST_PREFIX = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//[^/]*$|^$", re.IGNORECASE)


def _url_arg(ctx: FileContext, call: Node) -> Node | None:
    name = name_of(ctx, call)
    module, _, method = name.rpartition(".")
    if method not in _METHODS and name not in _CLIENT_MODULES and "fetch" not in name:
        return None
    args = call_args(call)
    if not args:
        return None
    if name not in ("fetch", "window.fetch", "globalThis.fetch") and name not in _CLIENT_MODULES \
            and not (module in _CLIENT_MODULES and method in _METHODS):
        return None
    first = args[0]
    if first.type == "object":
        props = object_props(ctx, first)
        return props.get("url") or props.get("uri") or props.get("host") or \
            props.get("hostname")
    return first


def _host_controlled(ctx: FileContext, url: Node) -> bool:
    """The host part of a template/concatenated URL is a substitution."""
    url = resolve(ctx, url) or url
    if url.type == "template_string":
        prefix = ""
        for child in url.children:
            if child.type == "template_substitution":
                return bool(_HOST_PREFIX.match(prefix)) and \
                    taint_of(ctx, child.named_children[0]) != Taint.SAFE
            prefix += ctx.node_text(child).lstrip("`")
        return False
    if url.type == "binary_expression":
        left = url.child_by_field_name("left")
        right = url.child_by_field_name("right")
        if left is not None and left.type == "string" and right is not None:
            return bool(_HOST_PREFIX.match(ctx.node_text(left)[1:-1])) and \
                taint_of(ctx, right) != Taint.SAFE
    return False


def _check(ctx: FileContext, call: Node) -> Hit | None:
    url = _url_arg(ctx, call)
    if url is None:
        return None
    taint = taint_of(ctx, url)
    if taint >= Taint.TAINTED:
        resolved = resolve(ctx, url) or url
        if resolved.type == "template_string" and not _host_controlled(ctx, url):
            prefix = ctx.node_text(resolved)[1:].split("${", 1)[0]
            if "//" in prefix and prefix.split("//", 1)[1].count("/"):
                return None  # fixed host, tainted path or query
        return Hit(node=call, likelihood="very-likely")
    if taint == Taint.UNKNOWN and _host_controlled(ctx, url) and reaches_parameter(ctx, url):
        return Hit(node=call, likelihood="possible")
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
    node_kinds=("call_expression",),
    check=_check,
)
