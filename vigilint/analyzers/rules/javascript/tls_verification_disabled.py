"""## What it does
Flags turning off TLS certificate verification: `rejectUnauthorized: false` (https, tls, axios
agents, got, pg, mysql, ...), `strictSSL: false`, and
`process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0"`.

## Why is this bad?
Without verification anyone on the network path can present their own certificate and read or
change the traffic, credentials included (CWE-295).

## Example
```js
const agent = new https.Agent({ rejectUnauthorized: false });
```

## Use instead
```js
const agent = new https.Agent({ ca: fs.readFileSync("internal-ca.pem") });
```

## References
- CWE-295: Improper Certificate Validation
- OWASP A07:2021 / A04:2025
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.imports import dotted
from vigilint.analyzers.syntax import javascript
from vigilint.model import Fix, Rule

_KEYS = frozenset({"rejectUnauthorized", "strictSSL", "verifySSL", "checkServerIdentity"})


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if node.type == "pair":
        key = ctx.node_text(node.child_by_field_name("key")).strip("'\"")
        value = node.child_by_field_name("value")
        if key not in _KEYS or value is None:
            return None
        if key == "checkServerIdentity":
            if value.type == "arrow_function" and ctx.node_text(
                    value.child_by_field_name("body")) in ("undefined", "null", "{}"):
                return Hit(node=node)
            return None
        if ctx.node_text(value) not in ("false", "0"):
            return None
        fix = Fix(title=f"Set `{key}: true`", safe=False, edits=(ctx.edit_node(value, "true"),))
        return Hit(node=node, fix=fix)
    if node.type == "assignment_expression":
        left = node.child_by_field_name("left")
        text = dotted(ctx, left) or ctx.node_text(left).replace("[\"", ".").replace("['", ".")
        if not text.rstrip("'\"]").endswith("NODE_TLS_REJECT_UNAUTHORIZED"):
            return None
        if javascript(ctx).string_value(node.child_by_field_name("right")) == "0" or \
                ctx.node_text(node.child_by_field_name("right")) == "0":
            return Hit(node=node)
    return None


RULE = Rule(
    id="VG-JS-DEF-002",
    name="tls-verification-disabled",
    category="insecure-default",
    languages=("javascript",),
    cwe=(295,),
    likelihood="likely",
    impact="high",
    confidence="high",
    message="TLS certificate verification is turned off; keep `rejectUnauthorized: true` and "
            "trust a private CA with `ca` instead.",
    prefilter=("rejectUnauthorized", "strictSSL", "verifySSL", "checkServerIdentity",
               "NODE_TLS_REJECT_UNAUTHORIZED"),
    node_kinds=("pair", "assignment_expression"),
    check=_check,
    fixable=True,
)
