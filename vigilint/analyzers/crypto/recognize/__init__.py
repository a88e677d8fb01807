"""Recognisers of hand-rolled cryptography: each module looks at nodes of a few kinds and
returns `Evidence` (what it recognised, where). `implementations.py` groups the evidence of a
file by the function or class that implements the primitive and reports each implementation
once (docs of the rules: the VG-CRYPTO-* modules beside this package)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from tree_sitter import Node

from vigilint.analyzers.context import FileContext


@dataclass(frozen=True)
class Evidence:
    """One recognised piece of a hand-rolled primitive: `kind` (a key of `KINDS`), the node
    that shows it, and `what` was seen there ("the keystream XOR", "an LCG step")."""

    node: Node
    kind: str
    what: str


# kind -> (rule id, what the implementation is called in a finding). Order = priority: a unit
# whose evidence has several kinds is reported as the first of them.
KINDS: dict[str, tuple[str, str]] = {
    "feistel": ("VG-CRYPTO-004", "Feistel cipher"),
    "spn": ("VG-CRYPTO-004", "substitution-permutation (SPN) cipher"),
    "arx": ("VG-CRYPTO-003", "ARX (add-rotate-XOR) cipher or hash"),
    "tables": ("VG-CRYPTO-001", "cipher or hash built on published constant tables"),
    "rsa": ("VG-CRYPTO-005", "textbook RSA (modular exponentiation without padding)"),
    "prng": ("VG-CRYPTO-006", "non-cryptographic PRNG producing secret values"),
    "weakrandom": ("VG-CRYPTO-006", "secret value from a non-cryptographic generator"),
    "kdf": ("VG-CRYPTO-009", "key derivation (plain, iterated or chained hashing)"),
    "mac": ("VG-CRYPTO-009", "MAC (a hash over secret + message)"),
    "hash": ("VG-CRYPTO-009", "hash of a password or token"),
    "padding": ("VG-CRYPTO-009", "block padding layer written by hand for a block "
                                 "cipher (padding-oracle risk)"),
    "xor": ("VG-CRYPTO-002", "repeating-key XOR / keystream cipher"),
    "vigenere": ("VG-CRYPTO-008", "Vigenère cipher over a secret"),
    "caesar": ("VG-CRYPTO-008", "Caesar shift over a secret"),
    "transposition": ("VG-CRYPTO-008", "transposition cipher over a secret"),
    "encoding": ("VG-CRYPTO-008", "encoding presented as encryption"),
    "compare": ("VG-CRYPTO-007", "comparison of secrets"),
    "nolib": ("VG-CRYPTO-009", "cryptographic function (no cryptography library)"),
}

Recognizer = Callable[[FileContext, Node], "Evidence | Iterable[Evidence] | None"]
