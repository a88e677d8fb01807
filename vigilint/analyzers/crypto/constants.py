"""Known cryptographic constants, for recognising hand-written ciphers and hashes.

Two kinds of table:
- *word tables* of 32/64-bit constants that only occur in one algorithm (SHA-2 round constants
  and IVs, MD5's sine table, SHA-1's K and IV, Blowfish's P-array, ChaCha/Salsa's sigma, AES
  T-tables): a literal holding a few members is that algorithm;
- *byte tables* of small values (AES S-box and inverse, AES round constants, DES S-boxes and
  permutations): a run of `NGRAM` consecutive entries, in order, identifies the table; runs that
  are arithmetic or geometric progressions or have few distinct values are dropped, so bit masks
  and counters do not match.

Computed tables (AES, SHA-2, MD5) are derived here with exact integer arithmetic; the published
ones (DES, Blowfish, sigma, SHA-1/MD5 words) are data (data/crypto_tables.json) so that this
module holds no crypto table a scanner would flag. CRC tables, FNV/Murmur/xxHash primes and the golden-ratio constant
(0x9E3779B9, used by hash-table mixing as well as TEA) are deliberately absent.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
from importlib import resources
from typing import Any

NGRAM = 8

@functools.cache
def _tables() -> dict[str, Any]:
    """The published tables (data/crypto_tables.json, sources noted there)."""
    text = resources.files("vigilint.analyzers.crypto").joinpath(
        "data/crypto_tables.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def string_signatures() -> dict[str, str]:
    """Lower-case substrings that spell a table -> its name (sigma, S-box as hex)."""
    return dict(_tables()["string_signatures"])


# The safer API to name in a finding, by the family a table belongs to.
REPLACEMENT: dict[str, str] = {
    "AES": "an AEAD from a library (`cryptography`'s `AESGCM`, WebCrypto `AES-GCM`, Go "
           "`crypto/cipher` GCM, JCA `AES/GCM/NoPadding`)",
    "DES": "AES-GCM from a library (`cryptography`'s `AESGCM`, WebCrypto, Go `crypto/cipher`, "
           "JCA); DES is broken",
    "Blowfish": "AES-GCM from a library (`cryptography`'s `AESGCM`, WebCrypto, Go "
                "`crypto/cipher`, JCA)",
    "ChaCha20/Salsa20": "`ChaCha20Poly1305` from `cryptography`, libsodium/`nacl`, or Go "
                        "`golang.org/x/crypto/chacha20poly1305`",
    "SHA-1": "`hashlib`/`crypto.createHash`/Go `crypto/sha256`/`MessageDigest` with SHA-256",
    "SHA-2": "`hashlib.sha256`/`crypto.createHash('sha256')`/Go `crypto/sha256`/`MessageDigest`",
    "MD5": "`hashlib.sha256`/`crypto.createHash('sha256')`/Go `crypto/sha256`/`MessageDigest`",
}


def family(table: str) -> str:
    for name in REPLACEMENT:
        if name in table:
            return name
    if table.startswith("SHA"):
        return "SHA-2"
    return "AES"


def _icbrt(n: int) -> int:
    x = 1 << ((n.bit_length() + 2) // 3)
    while True:
        y = (2 * x + n // (x * x)) // 3
        if y >= x:
            break
        x = y
    while x * x * x > n:
        x -= 1
    while (x + 1) ** 3 <= n:
        x += 1
    return x


def _primes(count: int) -> list[int]:
    out: list[int] = []
    candidate = 2
    while len(out) < count:
        if all(candidate % p for p in out if p * p <= candidate):
            out.append(candidate)
        candidate += 1
    return out


@functools.cache
def _aes_sbox() -> tuple[int, ...]:
    """FIPS-197 S-box: multiplicative inverse in GF(2^8) (walking the generator 3 and its
    inverse together) followed by the affine map."""

    def rotl8(x: int, shift: int) -> int:
        return ((x << shift) | (x >> (8 - shift))) & 0xFF

    box = [0x63] * 256
    p = q = 1
    while True:
        p = p ^ ((p << 1) & 0xFF) ^ (0x1B if p & 0x80 else 0)  # p * 3
        q ^= q << 1
        q ^= q << 2
        q ^= q << 4
        q &= 0xFF
        if q & 0x80:
            q ^= 0x09  # q / 3
        box[p] = q ^ rotl8(q, 1) ^ rotl8(q, 2) ^ rotl8(q, 3) ^ rotl8(q, 4) ^ 0x63
        if p == 1:
            break
    return tuple(box)


@functools.cache
def word_tables() -> dict[int, str]:
    """32/64-bit constant -> the table it belongs to."""
    primes = _primes(80)
    out: dict[int, str] = {}
    for p in primes[:64]:
        out[_icbrt(p << 96) & 0xFFFFFFFF] = "SHA-256 round constants"
    for p in primes[:80]:
        out[_icbrt(p << 192) & 0xFFFFFFFFFFFFFFFF] = "SHA-512 round constants"
    for p in primes[:8]:
        out[math.isqrt(p << 64) & 0xFFFFFFFF] = "SHA-256 initial hash value"
        out[math.isqrt(p << 128) & 0xFFFFFFFFFFFFFFFF] = "SHA-512 initial hash value"
    for p in primes[8:16]:
        out[math.isqrt(p << 128) & 0xFFFFFFFFFFFFFFFF] = "SHA-384 initial hash value"
        out[math.isqrt(p << 128) & 0xFFFFFFFF] = "SHA-224 initial hash value"
    for i in range(1, 65):
        out.setdefault(int(abs(math.sin(i)) * 2**32) & 0xFFFFFFFF, "MD5 sine table")
    tables = _tables()
    for value in tables["sha1_k"]:
        out[value] = "SHA-1 round constants"
    for value in tables["md5_sha1_iv"]:
        out[value] = "MD5/SHA-1 initial hash value"
    for value in tables["blowfish"]:
        out[value] = "Blowfish P-array"
    for value in tables["sigma"]:
        out[value] = "ChaCha20/Salsa20 constants"
    sbox = _aes_sbox()
    for s in sbox:
        s2 = ((s << 1) ^ 0x11B) & 0xFF if s & 0x80 else s << 1
        s3 = s2 ^ s
        if s == 0 or s2 == 0:
            continue
        out.setdefault((s2 << 24) | (s << 16) | (s << 8) | s3, "AES T-table")
    return out


def _interesting(gram: tuple[int, ...]) -> bool:
    """Drop runs a non-crypto table could also hold: progressions and low-variety runs."""
    if len(set(gram)) < 5:
        return False
    steps = {b - a for a, b in itertools.pairwise(gram)}
    if len(steps) == 1:
        return False
    return not all(a and b == a * 2 for a, b in itertools.pairwise(gram))


@functools.cache
def byte_ngrams() -> dict[tuple[int, ...], str]:
    """Runs of NGRAM consecutive entries of the byte tables -> table name."""
    sbox = _aes_sbox()
    inverse = [0] * 256
    for i, s in enumerate(sbox):
        inverse[s] = i
    data = _tables()
    rcon = tuple(data["aes_rcon"])
    tables: dict[str, tuple[int, ...]] = {
        "AES S-box": sbox,
        "AES inverse S-box": tuple(inverse),
        "AES round constants": rcon,
        "AES round constants (words)": tuple(r << 24 for r in rcon),
        **{f"DES S-box {i + 1}": tuple(box) for i, box in enumerate(data["des_sboxes"])},
        **{k: tuple(v) for k, v in data["des_permutations"].items()},
    }
    out: dict[tuple[int, ...], str] = {}
    for name, table in tables.items():
        for start in range(len(table) - NGRAM + 1):
            gram = table[start:start + NGRAM]
            if _interesting(gram):
                out.setdefault(gram, name)
    return out


def match_sequence(values: list[int]) -> str | None:
    """The byte table a run of values comes from, if any."""
    if len(values) < NGRAM:
        return None
    grams = byte_ngrams()
    for start in range(len(values) - NGRAM + 1):
        name = grams.get(tuple(values[start:start + NGRAM]))
        if name is not None:
            return name
    return None


def match_words(values: list[int], minimum: int = 3) -> str | None:
    """The word table at least `minimum` distinct values come from, if any."""
    table = word_tables()
    counts: dict[str, set[int]] = {}
    for value in values:
        name = table.get(value)
        if name is not None:
            counts.setdefault(name, set()).add(value)
    best = max(counts.items(), key=lambda kv: len(kv[1]), default=None)
    if best is not None and len(best[1]) >= minimum:
        return best[0]
    return None
