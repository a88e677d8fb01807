"""## What it does
Flags `crypto/md5` and `crypto/sha1` (`md5.New`, `md5.Sum`, `sha1.New`, `sha1.Sum`). The finding
is "likely" in a function that handles passwords, tokens or signatures, "possible" elsewhere
(checksums of non-adversarial data are a legitimate use). SHA-1 computing a WebSocket
handshake's `Sec-WebSocket-Accept` value (RFC 6455 fixes the hash; no secret is involved) is not
reported.

## Why is this bad?
MD5 and SHA-1 have practical collisions; as password hashes any fast digest is brute-forced
(CWE-328, CWE-916).

## Example
```go
sum := md5.Sum([]byte(password))
```

## Use instead
```go
hash, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
// or sha256.Sum256 for integrity checks
```

## References
- CWE-328: Use of Weak Hash
- CWE-916: Use of Password Hash With Insufficient Computational Effort
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules._edits import go_drop_import, go_package
from vigilint.analyzers.rules.go._common import SECURITY_NAME, call_name, enclosing_function
from vigilint.model import Fix, Rule

_WEAK = frozenset({"crypto/md5.New", "crypto/md5.Sum", "crypto/sha1.New", "crypto/sha1.Sum"})


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = call_name(ctx, call)
    if name not in _WEAK:
        return None
    function = enclosing_function(ctx, call)
    text = ctx.node_text(function) if function is not None else ""
    if name.startswith("crypto/sha1.") and _websocket_accept(ctx, function, text):
        return None
    algorithm = "MD5" if "md5" in name else "SHA-1"
    fix = None if _PASSWORD.search(text) else _sha256_fix(ctx, call, name)
    if SECURITY_NAME.search(text):
        return Hit(node=call, likelihood="likely", fix=fix, message=(
            f"{algorithm} protects a secret here; use bcrypt/argon2 for passwords or "
            "`sha256`/HMAC-SHA256 for tokens."))
    return Hit(node=call, likelihood="possible", fix=fix)


# RFC 6455 section 4.2.2: the WebSocket handshake's `Sec-WebSocket-Accept` is the SHA-1 of the
# client's key and this GUID; the protocol fixes the hash, and no secret is involved.
_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


def _websocket_accept(ctx: FileContext, function: Node | None, text: str) -> bool:
    """The SHA-1 computes a WebSocket handshake's accept value: the function names the GUID of
    RFC 6455 or the `Sec-WebSocket-Accept` header, or the file holds the GUID and the function
    is named for the accept key (`computeAcceptKey`)."""
    if function is None:
        return False
    if _GUID in text or "sec-websocket-accept" in text.lower():
        return True
    name = function.child_by_field_name("name")
    return _GUID in ctx.text and name is not None and "accept" in ctx.node_text(name).lower()


# a password needs a slow KDF with a stored salt, not another digest: no mechanical rewrite
_PASSWORD = re.compile(r"(?i)passw|pwd")


def _sha256_fix(ctx: FileContext, call: Node, name: str) -> Fix | None:
    """`md5.Sum(x)` -> `sha256.Sum256(x)`, `sha1.New()` -> `sha256.New()`, importing
    crypto/sha256, and dropping the old import when this call was its only use. The digest
    grows to 32 bytes: a `[16]byte`/`[20]byte` or a stored value needs a look."""
    function = call.child_by_field_name("function")
    if function is None or function.type != "selector_expression":
        return None
    alias = ctx.node_text(function.child_by_field_name("operand"))
    sha256, edits = go_package(ctx, "crypto/sha256")
    member = "Sum256" if name.endswith(".Sum") else "New"
    edits.append(ctx.edit_node(function, f"{sha256}.{member}"))
    if len(re.findall(rf"\b{re.escape(alias)}\.", ctx.text)) == 1:
        dropped = go_drop_import(ctx, name.rsplit(".", 1)[0])
        if dropped is not None:
            edits.append(dropped)
    return Fix(title=f"Use `{sha256}.{member}`", safe=False, edits=tuple(edits))


RULE = Rule(
    id="VG-GO-CRYPTO-001",
    name="weak-hash",
    category="outdated-crypto",
    languages=("go",),
    cwe=(328,),
    likelihood="possible",
    impact="medium",
    confidence="high",
    message="MD5/SHA-1 are broken hashes; use `crypto/sha256` (or bcrypt/argon2 for passwords).",
    prefilter=("crypto/md5", "crypto/sha1"),
    node_kinds=("call_expression",),
    check=_check,
    fixable=True,
)
