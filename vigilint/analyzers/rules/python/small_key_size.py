"""## What it does
Flags RSA and DSA keys shorter than 2048 bits and EC keys on curves under 224 bits:
`rsa.generate_private_key(key_size=1024)`, `dsa.generate_private_key(1024)`,
`Crypto.PublicKey.RSA.generate(1024)`, `ec.SECP192R1()`.

## Why is this bad?
1024-bit RSA/DSA is within reach of well-funded attackers and rejected by current standards;
signatures and key exchange built on it can be forged or decrypted.

## Example
```python
key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
```

## Use instead
```python
key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
```

## References
- CWE-326: Inadequate Encryption Strength
- OWASP A02:2021 / A04:2025 Cryptographic Failures
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import flow
from vigilint.analyzers.imports import call_name
from vigilint.analyzers.rules.python._common import arg
from vigilint.model import Fix, Rule

_SIZE_ARG = {
    "cryptography.hazmat.primitives.asymmetric.rsa.generate_private_key": (1, "key_size"),
    "cryptography.hazmat.primitives.asymmetric.dsa.generate_private_key": (0, "key_size"),
    "cryptography.hazmat.primitives.asymmetric.dsa.generate_parameters": (0, "key_size"),
    "Crypto.PublicKey.RSA.generate": (0, "bits"), "Cryptodome.PublicKey.RSA.generate": (0, "bits"),
    "Crypto.PublicKey.DSA.generate": (0, "bits"), "Cryptodome.PublicKey.DSA.generate": (0, "bits"),
    "rsa.newkeys": (0, "nbits"), "OpenSSL.crypto.PKey.generate_key": (1, "bits"),
}
_WEAK_CURVES = frozenset({"SECP192R1", "SECT163K1", "SECT163R2"})


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = call_name(ctx, call) or ""
    if name.rsplit(".", 1)[-1] in _WEAK_CURVES and ".ec." in name:
        return Hit(node=call, message="This elliptic curve is under 224 bits; use `SECP256R1` "
                                      "or Ed25519.")
    if name not in _SIZE_ARG:
        return None
    index, keyword_name = _SIZE_ARG[name]
    size_node = arg(ctx, call, index, keyword_name)
    size = flow(ctx).value(size_node).const if size_node is not None else None
    if not isinstance(size, int) or isinstance(size, bool) or size >= 2048:
        return None
    fix = None
    if size_node is not None and size_node.type == "integer":
        fix = Fix(title="Use a 3072-bit key", safe=False,
                  edits=(ctx.edit_node(size_node, "3072"),))
    return Hit(node=size_node, message=f"A {size}-bit key is too short; use at least 2048 bits "
                                       "(3072 for new keys).", fix=fix)


RULE = Rule(
    id="VG-PY-CRYPTO-005",
    name="small-asymmetric-key",
    category="outdated-crypto",
    languages=("python",),
    cwe=(326,),
    likelihood="likely",
    impact="high",
    confidence="high",
    message="The asymmetric key is shorter than 2048 bits; use at least 2048 (3072 for new keys).",
    prefilter=("generate", "newkeys", "SECP192R1", "SECT163K1", "SECT163R2"),
    node_kinds=("call",),
    check=_check,
    fixable=True,
)
