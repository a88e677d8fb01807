"""## What it does
Flags SSL/TLS contexts pinned to obsolete protocol versions: `ssl.PROTOCOL_SSLv2/SSLv3/TLSv1/
TLSv1_1`, `ssl.TLSVersion.TLSv1`/`TLSv1_1` as a minimum, pyOpenSSL `SSL.SSLv3_METHOD`/
`TLSv1_METHOD`/`TLSv1_1_METHOD`, and `ssl.wrap_socket` (removed in Python 3.12, no hostname
checks).

## Why is this bad?
SSLv3, TLS 1.0 and TLS 1.1 have practical attacks (POODLE, BEAST) and are disabled by modern
clients; pinning them weakens or breaks the connection.

## Example
```python
ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
```

## Use instead
```python
ctx = ssl.create_default_context()
ctx.minimum_version = ssl.TLSVersion.TLSv1_2
```

## References
- CWE-327: Use of a Broken or Risky Cryptographic Algorithm
- OWASP A02:2021 / A04:2025 Cryptographic Failures
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.imports import qualified_name
from vigilint.model import Fix, Rule

_OLD = frozenset({
    "ssl.PROTOCOL_SSLv2", "ssl.PROTOCOL_SSLv3", "ssl.PROTOCOL_TLSv1", "ssl.PROTOCOL_TLSv1_1",
    "ssl.TLSVersion.TLSv1", "ssl.TLSVersion.TLSv1_1", "ssl.TLSVersion.SSLv3",
    "OpenSSL.SSL.SSLv2_METHOD", "OpenSSL.SSL.SSLv3_METHOD", "OpenSSL.SSL.TLSv1_METHOD",
    "OpenSSL.SSL.TLSv1_1_METHOD", "OpenSSL.SSL.SSLv23_METHOD", "ssl.wrap_socket",
})


_LAST = frozenset(name.rsplit(".", 1)[-1] for name in _OLD)


def _check(ctx: FileContext, node: Node) -> Hit | None:
    # the name first: `Node.parent` walks down from the root (quadratic over a long chain)
    if ctx.node_text(node.child_by_field_name("attribute")) not in _LAST:
        return None
    if node.parent is not None and node.parent.type == "attribute" and \
            node.parent.child_by_field_name("object") == node:
        return None  # only the outermost attribute
    name = qualified_name(ctx, node) or ""
    if name not in _OLD:
        return None
    if name == "ssl.wrap_socket":
        return Hit(node=node, message="`ssl.wrap_socket` is removed and skips hostname checks; "
                                      "use `ssl.create_default_context().wrap_socket(...)`.")
    replacement = _NEWER.get(name)
    fix = None if replacement is None else Fix(
        title=f"Use `{replacement.rsplit('.', 1)[-1]}`", safe=False,
        edits=(ctx.edit_node(node, ctx.node_text(node).rsplit(".", 1)[0] + "." +
                             replacement.rsplit(".", 1)[-1]),))
    return Hit(node=node, message=f"`{name.rsplit('.', 1)[-1]}` is an obsolete protocol; use "
                                  "`ssl.create_default_context()` with TLS 1.2 or newer.",
               fix=fix)


# the protocol constant -> `PROTOCOL_TLS` (the highest version both sides speak; since
# Python 3.10 never below TLS 1.2), pyOpenSSL's -> TLS 1.2; a `TLSVersion` minimum has no fix
# here (its replacement's text is masked by the secret redactor). Unsafe: peers that speak only
# the old protocol can no longer connect.
_NEWER = {
    "ssl.PROTOCOL_SSLv2": "ssl.PROTOCOL_TLS", "ssl.PROTOCOL_SSLv3": "ssl.PROTOCOL_TLS",
    "ssl.PROTOCOL_TLSv1": "ssl.PROTOCOL_TLS", "ssl.PROTOCOL_TLSv1_1": "ssl.PROTOCOL_TLS",
    "OpenSSL.SSL.SSLv2_METHOD": "OpenSSL.SSL.TLSv1_2_METHOD",
    "OpenSSL.SSL.SSLv3_METHOD": "OpenSSL.SSL.TLSv1_2_METHOD",
    "OpenSSL.SSL.TLSv1_METHOD": "OpenSSL.SSL.TLSv1_2_METHOD",
    "OpenSSL.SSL.TLSv1_1_METHOD": "OpenSSL.SSL.TLSv1_2_METHOD",
    "OpenSSL.SSL.SSLv23_METHOD": "OpenSSL.SSL.TLS_METHOD",
}


RULE = Rule(
    id="VG-PY-DEF-003",
    name="obsolete-tls-protocol",
    category="insecure-default",
    languages=("python",),
    cwe=(327,),
    likelihood="likely",
    impact="medium",
    confidence="high",
    message="An obsolete SSL/TLS protocol version is selected; use `ssl.create_default_context()` "
            "with TLS 1.2 or newer.",
    prefilter=("SSLv", "TLSv1", "wrap_socket"),
    node_kinds=("attribute",),
    check=_check,
    fixable=True,
)
