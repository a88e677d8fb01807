"""## What it does
Flags textbook RSA (or other public-key arithmetic) done by hand: `pow(m, e, n)` / `pow(c, d, n)`
on key-named values, `m.modPow(e, n)` in Java, `new(big.Int).Exp(m, e, n)` in Go, and a
hand-written modular exponentiation (`modexp`, `pow_mod`, square-and-multiply) in a file that
handles keys, encryption or signatures.

## Why is this bad?
Textbook RSA has no padding: it is deterministic, malleable, and leaks through small exponents
and chosen ciphertexts; hand-written big-number code is not constant time and leaks the private
exponent through timing. Real RSA needs OAEP for encryption and PSS for signatures.

## Example
```python
ciphertext = pow(message, e, n)
```

## Use instead
```python
from cryptography.hazmat.primitives.asymmetric import padding
ciphertext = public_key.encrypt(message, padding.OAEP(
    mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None))
```
JavaScript: `crypto.publicEncrypt` with `RSA_PKCS1_OAEP_PADDING` or WebCrypto `RSA-OAEP`; Go:
`rsa.EncryptOAEP` / `rsa.SignPSS`; Java: `Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding")`.

## References
- CWE-327: Use of a Broken or Risky Cryptographic Algorithm
- CWE-1240: Use of a Cryptographic Primitive with a Risky Implementation
- OWASP A02:2021 / A04:2025 Cryptographic Failures
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.crypto.syntax import (
    BINARY_KINDS,
    CALL_KINDS,
    CRYPTO_LANGUAGES,
    FUNCTION_KINDS,
    LOOP_KINDS,
    callee,
    file_mentions,
    function_name,
    last_name,
    operator,
    walk,
    words,
)
from vigilint.model import Rule

_KEY_WORDS = frozenset({"key", "priv", "private", "pub", "public", "modulus", "exponent", "rsa",
                        "cipher", "ciphertext", "plaintext", "signature", "secret", "privkey",
                        "pubkey", "totient", "phi"})
_MODEXP_NAMES = frozenset({"modexp", "modpow", "powmod", "powermod", "modpower", "fastexp",
                           "fastpow", "expmod", "squareandmultiply", "modularexp",
                           "modularexponentiation", "modularpow", "modularpower", "montgomeryexp",
                           "modexponent", "bigpowmod"})
_CONTEXT = ("rsa", "encrypt", "decrypt", "private_key", "privatekey", "privkey", "public_key",
            "publickey", "signature", "ciphertext", "plaintext")


def _arguments(call: Node) -> list[Node]:
    args = call.child_by_field_name("arguments")
    if args is None:
        return []
    return [a for a in args.named_children if a.type not in ("comment", "keyword_argument")]


def _arg_names(ctx: FileContext, args: list[Node]) -> list[str]:
    names = []
    for arg in args:
        text = ctx.node_text(arg)
        names.append(text.rsplit(".", 1)[-1].strip())
    return names


def _keyed(ctx: FileContext, names: list[str]) -> bool:
    lowered = {n.lower() for n in names}
    if lowered & {"e", "d"} and "n" in lowered:
        return True
    return any(set(words(n)) & _KEY_WORDS for n in names)


# A call can only be reported when its callee text is `pow`, or ends in `modPow` / `Exp`.
_CALL_NAMES = ("pow", "modPow", "Exp")


def _check_call(ctx: FileContext, call: Node) -> bool:
    if not file_mentions(ctx, "crypto.rsa_calls", _CALL_NAMES):
        return False  # no callee in this file can be one of them
    name = callee(ctx, call)
    method = last_name(name)
    if name != "pow" and method not in ("modPow", "Exp"):
        return False
    args = _arguments(call)
    if ctx.language == "python" and name == "pow" and len(args) == 3:
        return _keyed(ctx, _arg_names(ctx, args))
    if method == "modPow" and len(args) == 2:
        receiver = name.rsplit(".", 1)[0] if "." in name else ""
        return _keyed(ctx, [receiver, *_arg_names(ctx, args)])
    if ctx.language == "go" and method == "Exp" and len(args) == 3:
        return _keyed(ctx, _arg_names(ctx, args))
    return False


def _check_function(ctx: FileContext, fn: Node) -> Hit | None:
    name = function_name(ctx, fn)
    if "".join(words(name)) not in _MODEXP_NAMES:
        return None
    body = fn.child_by_field_name("body")
    if body is None:
        return None
    looped = modular = False
    for n in walk(body):
        if n.type in LOOP_KINDS:
            looped = True
        elif (n.type in BINARY_KINDS and operator(ctx, n) == "%") or (n.type in (
                "augmented_assignment", "augmented_assignment_expression",
                "assignment_statement", "assignment_expression") and operator(ctx, n) == "%=") or (n.type in CALL_KINDS and last_name(callee(ctx, n)) in ("mod", "Mod", "remainder")):
            modular = True
    if not (looped and modular):
        return None
    if not file_mentions(ctx, "crypto.rsa_context", _CONTEXT, lower=True):
        return None
    return Hit(node=fn.child_by_field_name("name") or fn)


def _check(ctx: FileContext, node: Node) -> bool | Hit | None:
    if node.type in FUNCTION_KINDS:
        return _check_function(ctx, node)
    return _check_call(ctx, node)


RULE = Rule(
    id="VG-CRYPTO-005",
    name="rsa-by-hand",
    category="crypto-implementation",
    languages=CRYPTO_LANGUAGES,
    cwe=(327, 1240),
    likelihood="likely",
    impact="critical",
    confidence="medium",
    message="Textbook RSA/modular exponentiation by hand has no padding and leaks through "
            "timing; use `cryptography`'s RSA with OAEP/PSS, Node `crypto.publicEncrypt`, Go "
            "`rsa.EncryptOAEP`/`rsa.SignPSS` or JCA `RSA/ECB/OAEPWithSHA-256AndMGF1Padding`.",
    node_kinds=("call", "call_expression", "method_invocation", *sorted(FUNCTION_KINDS -
                                                                         {"function"})),
    check=_check,
)
