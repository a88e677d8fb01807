"""## What it does
Flags host allow-list checks that match substrings: `url.hostname.includes("example.com")`,
`host.indexOf(domain) !== -1`, `hostname.endsWith("example.com")` without a leading dot, and
`url.startsWith("https://example.com")` without a trailing slash.

## Why is this bad?
`example.com.evil.net`, `evilexample.com` and `https://example.com@evil.net` pass such checks,
so the redirect, fetch or CORS decision they guard trusts an attacker's host (CWE-20).

## Example
```js
if (new URL(target).hostname.includes(domain)) return target;
```

## Use instead
```js
const host = new URL(target).hostname;
if (host === domain || host.endsWith(`.${domain}`)) return target;
```

## References
- CWE-20: Improper Input Validation
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.syntax import javascript
from vigilint.model import Rule

_HOSTISH = re.compile(r"(host|hostname|domain|origin)$", re.IGNORECASE)
_URLISH = re.compile(r"(url|uri|href|origin|redirect|target|referr?er|location|link)$",
                     re.IGNORECASE)
_DOMAIN_LITERAL = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)+$", re.IGNORECASE)


def _leaf(ctx: FileContext, node: Node | None) -> str:
    if node is None:
        return ""
    if node.type == "member_expression":
        return ctx.node_text(node.child_by_field_name("property"))
    return ctx.node_text(node) if node.type == "identifier" else ""


def _check(ctx: FileContext, call: Node) -> Hit | None:
    receiver, method = javascript(ctx).callee(call)
    args = javascript(ctx).arguments(call).positional
    if receiver is None or not args:
        return None
    leaf = _leaf(ctx, receiver)
    literal = javascript(ctx).string_value(args[0])
    if method in ("includes", "indexOf", "search", "match") and _HOSTISH.search(leaf):
        if literal is not None and not _DOMAIN_LITERAL.match(literal.lstrip(".")):
            return None  # hostname.includes(":"), a character test
        return Hit(node=call)
    if method == "endsWith" and _HOSTISH.search(leaf) and literal is not None and \
            _DOMAIN_LITERAL.match(literal) and not literal.startswith("."):
        return Hit(node=call, message="`endsWith` without a leading dot accepts "
                                      f"`evil{literal}`; compare with `=== \"{literal}\"` or "
                                      f"`endsWith(\".{literal}\")`.")
    if method == "startsWith" and _URLISH.search(leaf) and literal is not None and \
            re.match(r"^https?://[^/]+$", literal):
        return Hit(node=call, message="`startsWith` without a trailing slash accepts "
                                      f"`{literal}.evil.net`; parse the URL and compare its "
                                      "`hostname`.")
    return None


RULE = Rule(
    id="VG-JS-AUTH-003",
    name="incomplete-host-check",
    category="access-control",
    languages=("javascript",),
    cwe=(20,),
    likelihood="likely",
    impact="medium",
    confidence="medium",
    message="The host is checked with a substring match, which `example.com.evil.net` passes; "
            "compare the parsed `hostname` exactly or with `endsWith(\".\" + domain)`.",
    prefilter=("includes", "indexOf", "search", "match", "endsWith", "startsWith"),
    node_kinds=("call_expression",),
    check=_check,
)
