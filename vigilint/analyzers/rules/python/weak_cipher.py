"""## What it does
Flags broken ciphers and modes: DES, 3DES, RC4/ARC4, Blowfish, RC2, CAST and IDEA from
pycryptodome (`Crypto.Cipher.DES.new`, …) or `cryptography` (`algorithms.TripleDES`,
`algorithms.ARC4`, …), ECB mode (`AES.MODE_ECB`, `modes.ECB()`), and CBC/CFB/OFB encryption
with a constant IV (`iv=b"\\x00" * 16`).

## Why is this bad?
DES keys are brute-forced in hours, 64-bit block ciphers leak plaintext after a few GB (Sweet32),
RC4 has biased output, ECB shows plaintext patterns, and a fixed IV makes equal messages
encrypt to equal ciphertexts.

## Example
```python
cipher = AES.new(key, AES.MODE_ECB)
```

## Use instead
```python
cipher = AES.new(key, AES.MODE_GCM)  # random nonce, authenticated
```

## References
- CWE-327: Use of a Broken or Risky Cryptographic Algorithm
- CWE-329: Generation of Predictable IV with CBC Mode
- OWASP A02:2021 / A04:2025 Cryptographic Failures
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import flow
from vigilint.analyzers.imports import call_name, qualified_name
from vigilint.analyzers.rules.python._common import arg, keyword, positional
from vigilint.model import Rule

_WEAK = ("DES", "DES3", "ARC4", "ARC2", "Blowfish", "CAST", "IDEA", "XOR")
_PYCRYPTO = {f"{root}.Cipher.{c}.new": c for root in ("Crypto", "Cryptodome") for c in _WEAK}
_CRYPTOGRAPHY = {f"cryptography.hazmat.primitives.ciphers.algorithms.{c}": c
                 for c in ("TripleDES", "ARC4", "Blowfish", "CAST5", "IDEA", "SEED")}
_CRYPTOGRAPHY.update({f"cryptography.hazmat.decrepit.ciphers.algorithms.{c}": c
                      for c in ("TripleDES", "ARC4", "Blowfish", "CAST5", "IDEA", "SEED")})
_IV_MODES = ("MODE_CBC", "MODE_CFB", "MODE_OFB", "MODE_CTR")


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if node.type == "attribute":
        # the name first: `Node.parent` walks down from the root (quadratic over a chain)
        if ctx.node_text(node.child_by_field_name("attribute")) != "MODE_ECB" or \
                (node.parent is not None and node.parent.type == "attribute"):
            return None
        name = qualified_name(ctx, node) or ""
        if name.endswith(".MODE_ECB") and name.split(".")[0] in ("Crypto", "Cryptodome"):
            return Hit(node=node, message="ECB mode encrypts equal blocks to equal ciphertext; "
                                          "use `MODE_GCM`.")
        return None
    name = call_name(ctx, node) or ""
    if name in _PYCRYPTO:
        return Hit(node=node, message=f"`{_PYCRYPTO[name]}` is a broken cipher; use AES-GCM or "
                                      "ChaCha20-Poly1305.")
    if name in _CRYPTOGRAPHY:
        return Hit(node=node, message=f"`{_CRYPTOGRAPHY[name]}` is a broken cipher; use AES-GCM or "
                                      "ChaCha20-Poly1305.")
    if name == "cryptography.hazmat.primitives.ciphers.modes.ECB":
        return Hit(node=node, message="ECB mode encrypts equal blocks to equal ciphertext; use "
                                      "`modes.GCM`.")
    if name.endswith((".AES.new",)) and name.split(".")[0] in ("Crypto", "Cryptodome"):
        mode = arg(ctx, node, 1, "mode")
        iv = keyword(ctx, node, "iv") or keyword(ctx, node, "nonce")
        args = positional(ctx, node)
        if iv is None and len(args) > 2:
            iv = args[2]
        if mode is not None and ctx.node_text(mode).endswith(_IV_MODES) and iv is not None and \
                flow(ctx).value(iv).is_literal and not flow(ctx).value(iv).all_labels():
            return Hit(node=iv, message="The IV is a constant; generate a fresh random IV per "
                                        "message (`get_random_bytes(16)`).")
    if name in ("cryptography.hazmat.primitives.ciphers.modes.CBC",
                "cryptography.hazmat.primitives.ciphers.modes.CFB",
                "cryptography.hazmat.primitives.ciphers.modes.OFB"):
        iv = arg(ctx, node, 0, "initialization_vector")
        if iv is not None and flow(ctx).value(iv).is_literal and not flow(ctx).value(iv).all_labels():
            return Hit(node=iv, message="The IV is a constant; generate a fresh random IV per "
                                        "message (`os.urandom(16)`).")
    return None


RULE = Rule(
    id="VG-PY-CRYPTO-002",
    name="weak-cipher-or-mode",
    category="outdated-crypto",
    languages=("python",),
    cwe=(327, 329),
    likelihood="likely",
    impact="high",
    confidence="high",
    message="A broken cipher, ECB mode or a constant IV is used; use AES-GCM or "
            "ChaCha20-Poly1305 with a random nonce.",
    prefilter=("Crypto", "cryptography"),
    node_kinds=("call", "attribute"),
    check=_check,
)
