"""## What it does
Flags PyJWT/python-jose decoding that does not verify the token: `jwt.decode(...)` without
`algorithms=`, with `algorithms=["none"]`, with `verify=False` or
`options={"verify_signature": False}`, and `jwt.get_unverified_claims` used outside header
inspection.

## Why is this bad?
An unverified token is just JSON the client wrote: anyone can set `"sub": "admin"`. Without a
fixed algorithm list, older libraries accept `alg: none` or confuse an RSA public key for an
HMAC secret.

## Example
```python
claims = jwt.decode(token, key)
```

## Use instead
```python
claims = jwt.decode(token, key, algorithms=["HS256"])
```

## References
- CWE-347: Improper Verification of Cryptographic Signature
- OWASP A02:2021 / A04:2025 Cryptographic Failures
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.imports import call_name
from vigilint.analyzers.rules.python._util import args_of, has_splat, keyword
from vigilint.model import Fix, Rule

_DECODE = frozenset({"jwt.decode", "jose.jwt.decode", "jwt.api_jwt.decode"})


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = call_name(ctx, call) or ""
    if name in ("jose.jwt.get_unverified_claims",):
        return Hit(node=call, likelihood="possible")
    if name not in _DECODE or has_splat(ctx, call):
        return None
    options = ctx.node_text(keyword(ctx, call, "options")).replace(" ", "")
    if '"verify_signature":False' in options.replace("'", '"'):
        return Hit(node=call, message="`verify_signature: False` accepts forged tokens; verify "
                                      "the signature with a fixed `algorithms=[...]` list.")
    if ctx.node_text(keyword(ctx, call, "verify")) == "False":
        return Hit(node=call, message="`verify=False` accepts forged tokens; verify the "
                                      "signature with a fixed `algorithms=[...]` list.")
    algorithms = keyword(ctx, call, "algorithms")
    if algorithms is not None:
        if "none" in ctx.node_text(algorithms).lower().replace("'", '"').split('"'):
            return Hit(node=algorithms, message="`none` lets tokens skip the signature; list "
                                                "only real algorithms such as `HS256`.")
        return None
    if name == "jose.jwt.decode":
        return None  # python-jose requires the key and checks the header's algorithm
    args = args_of(ctx, call)
    fix = Fix(title="Pin `algorithms=[\"HS256\"]` (check it matches your key)", safe=False,
              edits=(ctx.insert_at(args[-1].end_byte, ', algorithms=["HS256"]'),)) if args else None
    return Hit(node=call, fix=fix)


RULE = Rule(
    id="VG-PY-CRYPTO-004",
    name="jwt-not-verified",
    category="outdated-crypto",
    languages=("python",),
    cwe=(347,),
    likelihood="likely",
    impact="critical",
    confidence="high",
    message="`jwt.decode` without a fixed `algorithms=[...]` list can accept forged tokens; pass "
            "`algorithms=[\"HS256\"]` (or your key's algorithm).",
    prefilter=("decode", "get_unverified_claims"),
    node_kinds=("call",),
    check=_check,
    fixable=True,
)
