"""## What it does
Flags `jwt.Parse` / `jwt.ParseWithClaims` (golang-jwt, dgrijalva/jwt-go) whose key function
never checks `token.Method` (no type assertion to `*jwt.SigningMethodHMAC`/`RSA`/`ECDSA`, no
`Method.Alg()` comparison) and that pass no `jwt.WithValidMethods(...)` option, and
`ParseUnverified`, which checks no signature at all.

## Why is this bad?
The token header chooses the algorithm. Without a check an attacker can sign with HMAC using
the server's public RSA key as the secret, or pick a weaker algorithm (CWE-347).

## Example
```go
token, err := jwt.Parse(raw, func(t *jwt.Token) (any, error) { return key, nil })
```

## Use instead
```go
token, err := jwt.Parse(raw, func(t *jwt.Token) (any, error) { return key, nil },
    jwt.WithValidMethods([]string{"RS256"}))
```

## References
- CWE-347: Improper Verification of Cryptographic Signature
- RFC 8725: JSON Web Token Best Current Practices
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.go._common import args_of, call_name, method_name
from vigilint.model import Fix, Rule


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = call_name(ctx, call)
    # the method name first: the callee's text is as long as the call chain it ends
    if method_name(ctx, call) == "ParseUnverified" and \
            "jwt" in ctx.node_text(call.child_by_field_name("function")).lower() + name:
        return Hit(node=call, likelihood="very-likely", message=(
            "`ParseUnverified` skips the signature check; use `jwt.Parse` with a key function "
            "and `jwt.WithValidMethods`."))
    if "jwt" not in name or name.rsplit(".", 1)[-1] not in ("Parse", "ParseWithClaims"):
        return None
    args = args_of(ctx, call)
    text = " ".join(ctx.node_text(a) for a in args)
    if "WithValidMethods" in text:
        return None
    keyfunc = next((a for a in args if a.type == "func_literal"), None)
    if keyfunc is None:
        return None  # a named key function: not followed
    body = ctx.node_text(keyfunc)
    if ".Method" in body or "SigningMethod" in body or "Alg()" in body or "alg" in body:
        return None
    return Hit(node=call, fix=_valid_methods_fix(ctx, call, name, args[-1], body))


_OPTIONS_VERSION = re.compile(r'"github\.com/golang-jwt/jwt/v[45]"')
# the key a key function returns tells the algorithm family it was made for
_FAMILIES = ((re.compile(r"ed25519"), "EdDSA"), (re.compile(r"ecdsa"), "ES256"),
             (re.compile(r"\brsa\b|public_?key|pubkey"), "RS256"))


def _valid_methods_fix(ctx: FileContext, call: Node, name: str, last: Node,
                       body: str) -> Fix | None:
    """Pass `jwt.WithValidMethods([]string{"<alg>"})` (golang-jwt v4.5+ and v5 parser
    option); the algorithm is read from the key the key function returns, HS256 for a byte
    secret. Unsafe: a reviewer confirms the algorithm the issuer signs with."""
    if "golang-jwt/jwt" not in name or not _OPTIONS_VERSION.search(ctx.text):
        return None  # v3 and older take no parser options
    function = call.child_by_field_name("function")
    if function is None or function.type != "selector_expression":
        return None
    package = ctx.node_text(function.child_by_field_name("operand"))
    algorithm = next((alg for hint, alg in _FAMILIES if hint.search(body.lower())), "HS256")
    return Fix(title=f"Accept only {algorithm} tokens (`WithValidMethods`)", safe=False,
               edits=(ctx.insert_at(last.end_byte, f", {package}.WithValidMethods("
                                                   f"[]string{{\"{algorithm}\"}})"),))


RULE = Rule(
    id="VG-GO-CRYPTO-005",
    name="jwt-algorithm-not-checked",
    category="outdated-crypto",
    languages=("go",),
    cwe=(347,),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="The JWT key function does not check the signing algorithm; pass "
            "`jwt.WithValidMethods` or check `token.Method`.",
    prefilter=("Parse",),
    node_kinds=("call_expression",),
    check=_check,
    fixable=True,
)
