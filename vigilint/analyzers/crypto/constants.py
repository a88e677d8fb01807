"""Known cryptographic constants, for recognising hand-written ciphers and hashes.

Two kinds of table:
- *word tables* of 32/64-bit constants that only occur in one algorithm (SHA-2 round constants
  and IVs, MD5's sine table, SHA-1's K and IV, Blowfish's P-array, ChaCha/Salsa's sigma, AES
  T-tables): a literal holding a few members is that algorithm;
- *byte tables* of small values (AES S-box and inverse, AES round constants, DES S-boxes and
  permutations): a run of `NGRAM` consecutive entries, in order, identifies the table; runs that
  are arithmetic or geometric progressions or have few distinct values are dropped, so bit masks
  and counters do not match.

Computed tables (AES, SHA-2, MD5) are derived here with exact integer arithmetic; the DES tables
are from FIPS 46-3. CRC tables, FNV/Murmur/xxHash primes and the golden-ratio constant
(0x9E3779B9, used by hash-table mixing as well as TEA) are deliberately absent.
"""

from __future__ import annotations

import functools
import itertools
import math

NGRAM = 8

# FIPS 46-3 DES tables.
_DES_SBOXES: tuple[tuple[int, ...], ...] = (
    (14, 4, 13, 1, 2, 15, 11, 8, 3, 10, 6, 12, 5, 9, 0, 7, 0, 15, 7, 4, 14, 2, 13, 1, 10, 6, 12,
     11, 9, 5, 3, 8, 4, 1, 14, 8, 13, 6, 2, 11, 15, 12, 9, 7, 3, 10, 5, 0, 15, 12, 8, 2, 4, 9, 1,
     7, 5, 11, 3, 14, 10, 0, 6, 13),
    (15, 1, 8, 14, 6, 11, 3, 4, 9, 7, 2, 13, 12, 0, 5, 10, 3, 13, 4, 7, 15, 2, 8, 14, 12, 0, 1,
     10, 6, 9, 11, 5, 0, 14, 7, 11, 10, 4, 13, 1, 5, 8, 12, 6, 9, 3, 2, 15, 13, 8, 10, 1, 3, 15,
     4, 2, 11, 6, 7, 12, 0, 5, 14, 9),
    (10, 0, 9, 14, 6, 3, 15, 5, 1, 13, 12, 7, 11, 4, 2, 8, 13, 7, 0, 9, 3, 4, 6, 10, 2, 8, 5, 14,
     12, 11, 15, 1, 13, 6, 4, 9, 8, 15, 3, 0, 11, 1, 2, 12, 5, 10, 14, 7, 1, 10, 13, 0, 6, 9, 8,
     7, 4, 15, 14, 3, 11, 5, 2, 12),
    (7, 13, 14, 3, 0, 6, 9, 10, 1, 2, 8, 5, 11, 12, 4, 15, 13, 8, 11, 5, 6, 15, 0, 3, 4, 7, 2, 12,
     1, 10, 14, 9, 10, 6, 9, 0, 12, 11, 7, 13, 15, 1, 3, 14, 5, 2, 8, 4, 3, 15, 0, 6, 10, 1, 13,
     8, 9, 4, 5, 11, 12, 7, 2, 14),
    (2, 12, 4, 1, 7, 10, 11, 6, 8, 5, 3, 15, 13, 0, 14, 9, 14, 11, 2, 12, 4, 7, 13, 1, 5, 0, 15,
     10, 3, 9, 8, 6, 4, 2, 1, 11, 10, 13, 7, 8, 15, 9, 12, 5, 6, 3, 0, 14, 11, 8, 12, 7, 1, 14, 2,
     13, 6, 15, 0, 9, 10, 4, 5, 3),
    (12, 1, 10, 15, 9, 2, 6, 8, 0, 13, 3, 4, 14, 7, 5, 11, 10, 15, 4, 2, 7, 12, 9, 5, 6, 1, 13,
     14, 0, 11, 3, 8, 9, 14, 15, 5, 2, 8, 12, 3, 7, 0, 4, 10, 1, 13, 11, 6, 4, 3, 2, 12, 9, 5, 15,
     10, 11, 14, 1, 7, 6, 0, 8, 13),
    (4, 11, 2, 14, 15, 0, 8, 13, 3, 12, 9, 7, 5, 10, 6, 1, 13, 0, 11, 7, 4, 9, 1, 10, 14, 3, 5,
     12, 2, 15, 8, 6, 1, 4, 11, 13, 12, 3, 7, 14, 10, 15, 6, 8, 0, 5, 9, 2, 6, 11, 13, 8, 1, 4, 10,
     7, 9, 5, 0, 15, 14, 2, 3, 12),
    (13, 2, 8, 4, 6, 15, 11, 1, 10, 9, 3, 14, 5, 0, 12, 7, 1, 15, 13, 8, 10, 3, 7, 4, 12, 5, 6,
     11, 0, 14, 9, 2, 7, 11, 4, 1, 9, 12, 14, 2, 0, 6, 10, 13, 15, 3, 5, 8, 2, 1, 14, 7, 4, 10, 8,
     13, 15, 12, 9, 0, 3, 5, 6, 11),
)
_DES_PERMUTATIONS: dict[str, tuple[int, ...]] = {
    "DES initial permutation": (
        58, 50, 42, 34, 26, 18, 10, 2, 60, 52, 44, 36, 28, 20, 12, 4, 62, 54, 46, 38, 30, 22, 14,
        6, 64, 56, 48, 40, 32, 24, 16, 8, 57, 49, 41, 33, 25, 17, 9, 1, 59, 51, 43, 35, 27, 19,
        11, 3, 61, 53, 45, 37, 29, 21, 13, 5, 63, 55, 47, 39, 31, 23, 15, 7),
    "DES final permutation": (
        40, 8, 48, 16, 56, 24, 64, 32, 39, 7, 47, 15, 55, 23, 63, 31, 38, 6, 46, 14, 54, 22, 62,
        30, 37, 5, 45, 13, 53, 21, 61, 29, 36, 4, 44, 12, 52, 20, 60, 28, 35, 3, 43, 11, 51, 19,
        59, 27, 34, 2, 42, 10, 50, 18, 58, 26, 33, 1, 41, 9, 49, 17, 57, 25),
    "DES expansion": (
        32, 1, 2, 3, 4, 5, 4, 5, 6, 7, 8, 9, 8, 9, 10, 11, 12, 13, 12, 13, 14, 15, 16, 17, 16, 17,
        18, 19, 20, 21, 20, 21, 22, 23, 24, 25, 24, 25, 26, 27, 28, 29, 28, 29, 30, 31, 32, 1),
    "DES P permutation": (
        16, 7, 20, 21, 29, 12, 28, 17, 1, 15, 23, 26, 5, 18, 31, 10, 2, 8, 24, 14, 32, 27, 3, 9,
        19, 13, 30, 6, 22, 11, 4, 25),
    "DES PC-1": (
        57, 49, 41, 33, 25, 17, 9, 1, 58, 50, 42, 34, 26, 18, 10, 2, 59, 51, 43, 35, 27, 19, 11,
        3, 60, 52, 44, 36, 63, 55, 47, 39, 31, 23, 15, 7, 62, 54, 46, 38, 30, 22, 14, 6, 61, 53,
        45, 37, 29, 21, 13, 5, 28, 20, 12, 4),
    "DES PC-2": (
        14, 17, 11, 24, 1, 5, 3, 28, 15, 6, 21, 10, 23, 19, 12, 4, 26, 8, 16, 7, 27, 20, 13, 2,
        41, 52, 31, 37, 47, 55, 30, 40, 51, 45, 33, 48, 44, 49, 39, 56, 34, 53, 46, 42, 50, 36,
        29, 32),
}
_BLOWFISH = (
    0x243F6A88, 0x85A308D3, 0x13198A2E, 0x03707344, 0xA4093822, 0x299F31D0, 0x082EFA98,
    0xEC4E6C89, 0x452821E6, 0x38D01377, 0xBE5466CF, 0x34E90C6C, 0xC0AC29B7, 0xC97C50DD,
    0x3F84D5B5, 0xB5470917, 0x9216D5D9, 0x8979FB1B,
    # first entries of S-box 0
    0xD1310BA6, 0x98DFB5AC, 0x2FFD72DB, 0xD01ADFB7, 0xB8E1AFED, 0x6A267E96, 0xBA7C9045,
    0xF12C7F99,
)
_SIGMA = (0x61707865, 0x3320646E, 0x79622D32, 0x6B206574, 0x3120646E, 0x79622D36)
_SHA1_K = (0x5A827999, 0x6ED9EBA1, 0x8F1BBCDC, 0xCA62C1D6)
_MD5_SHA1_IV = (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0)

# Strings that spell a table: ChaCha/Salsa sigma and tau, the AES S-box as hex or escapes.
STRING_SIGNATURES: dict[str, str] = {
    "expand 32-byte k": "ChaCha20/Salsa20",
    "expand 16-byte k": "ChaCha20/Salsa20",
    "637c777bf26b6fc5": "AES S-box",
    "\\x63\\x7c\\x77\\x7b": "AES S-box",
    "52096ad53036a538": "AES inverse S-box",
}

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
    for value in _SHA1_K:
        out[value] = "SHA-1 round constants"
    for value in _MD5_SHA1_IV:
        out[value] = "MD5/SHA-1 initial hash value"
    for value in _BLOWFISH:
        out[value] = "Blowfish P-array"
    for value in _SIGMA:
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
    rcon = (0x00, 0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80, 0x1B, 0x36)
    tables: dict[str, tuple[int, ...]] = {
        "AES S-box": sbox,
        "AES inverse S-box": tuple(inverse),
        "AES round constants": rcon,
        "AES round constants (words)": tuple(r << 24 for r in rcon),
        **{f"DES S-box {i + 1}": box for i, box in enumerate(_DES_SBOXES)},
        **_DES_PERMUTATIONS,
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
