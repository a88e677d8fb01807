"""## What it does
Flags TLS settings that allow protocol versions older than TLS 1.2:
`secureProtocol: "TLSv1_method"` (or SSLv3/TLSv1.1), `minVersion: "TLSv1"`/`"TLSv1.1"`.

## Why is this bad?
SSLv3, TLS 1.0 and 1.1 have known attacks (POODLE, BEAST) and are deprecated (RFC 8996);
allowing them lets an attacker downgrade connections (CWE-326, CWE-327).

## Example
```js
https.createServer({ key, cert, minVersion: "TLSv1" }, app);
```

## Use instead
```js
https.createServer({ key, cert, minVersion: "TLSv1.2" }, app);
```

## References
- CWE-326: Inadequate Encryption Strength
- RFC 8996: Deprecating TLS 1.0 and TLS 1.1
- OWASP A02:2021 / A04:2025 Cryptographic Failures
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.syntax import javascript
from vigilint.model import Fix, Rule

_OLD_METHODS = frozenset({"SSLv2_method", "SSLv3_method", "TLSv1_method", "TLSv1_1_method",
                          "SSLv23_method", "TLSv1_client_method", "TLSv1_server_method",
                          "SSLv3_client_method", "SSLv3_server_method", "TLSv1_1_client_method",
                          "TLSv1_1_server_method"})
_OLD_VERSIONS = frozenset({"TLSv1", "TLSv1.1", "SSLv3"})


def _check(ctx: FileContext, pair: Node) -> Hit | None:
    key = ctx.node_text(pair.child_by_field_name("key")).strip("'\"")
    value = pair.child_by_field_name("value")
    text = javascript(ctx).string_value(value)
    if value is None or text is None:
        return None
    quote = ctx.node_text(value)[0]
    if key == "secureProtocol" and text in _OLD_METHODS:
        replacement = "TLS_method" if text == "SSLv23_method" else "TLSv1_2_method"
        return Hit(node=pair, fix=Fix(title=f"Use `{replacement}`", safe=False, edits=(
            ctx.edit_node(value, f"{quote}{replacement}{quote}"),)))
    if key == "minVersion" and text in _OLD_VERSIONS:
        return Hit(node=pair, fix=Fix(title="Require `TLSv1.2`", safe=False, edits=(
            ctx.edit_node(value, f"{quote}TLSv1.2{quote}"),)))
    return None


RULE = Rule(
    id="VG-JS-DEF-003",
    name="weak-tls-version",
    category="insecure-default",
    languages=("javascript",),
    cwe=(326, 327),
    likelihood="likely",
    impact="medium",
    confidence="high",
    message="TLS versions older than 1.2 are allowed; set `minVersion: \"TLSv1.2\"`.",
    prefilter=("secureProtocol", "minVersion"),
    node_kinds=("pair",),
    check=_check,
    fixable=True,
)
