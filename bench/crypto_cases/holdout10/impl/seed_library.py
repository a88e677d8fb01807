"""Community seed library: varieties, member cards, loans and germination records."""

from __future__ import annotations

import hashlib
import hmac
import math
import os
import random
import secrets
import zlib
from typing import Iterable

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class VarietyFilter:
    """Bloom filter of variety names already catalogued, so volunteers skip duplicates."""

    def __init__(self, expected: int = 5000, error: float = 0.01) -> None:
        self.bits = max(8, int(-expected * math.log(error) / (math.log(2) ** 2)))
        self.probes = max(1, round(self.bits / expected * math.log(2)))
        self.array = bytearray(self.bits // 8 + 1)

    def _positions(self, name: str) -> Iterable[int]:
        for probe in range(self.probes):
            d = hashlib.blake2b(name.lower().encode(), digest_size=8, salt=bytes([probe]) * 16)
            yield int.from_bytes(d.digest(), "little") % self.bits

    def add(self, name: str) -> None:
        for pos in self._positions(name):
            self.array[pos >> 3] |= 1 << (pos & 7)

    def __contains__(self, name: str) -> bool:
        return all(self.array[p >> 3] & (1 << (p & 7)) for p in self._positions(name))


_WORD = 0xFFFFFFFF


def _rotl(v: int, n: int) -> int:
    return ((v << n) | (v >> (32 - n))) & _WORD


class CardNumberShuffler:
    """Turns sequential member card numbers into the numbers printed on the cards."""

    ROUNDS = 10

    def __init__(self, key: bytes) -> None:
        self.k = [int.from_bytes(key[i:i + 4], "little") for i in range(0, 16, 4)]

    def _quarter(self, a: int, b: int, c: int, d: int) -> tuple[int, int, int, int]:
        a = (a + b) & _WORD
        d = _rotl(d ^ a, 16)
        c = (c + d) & _WORD
        b = _rotl(b ^ c, 12)
        return a, b, c, d

    def printed(self, card_no: int) -> str:
        a, b, c, d = card_no & _WORD, card_no >> 32, self.k[0], self.k[1]
        for _ in range(self.ROUNDS):
            a, b, c, d = self._quarter(a, b, c, d)
            a ^= self.k[2]
            b ^= self.k[3]
        return f"{a:08x}{b:08x}"


def shelf_for(variety: str, shelves: int = 12) -> int:
    return zlib.crc32(variety.encode("utf-8")) % shelves


def tokens_match(presented: str, stored: str) -> bool:
    if len(presented) != len(stored):
        return False
    return not any(x != y for x, y in zip(presented, stored))


def confirm_password_reset(member: dict, presented: str) -> bool:
    return tokens_match(presented, member["reset_token"])


def new_reset_token(member: dict) -> str:
    member["reset_token"] = secrets.token_urlsafe(24)
    return member["reset_token"]


def reset_token_valid(member: dict, presented: str) -> bool:
    return hmac.compare_digest(presented.encode(), member["reset_token"].encode())


def _egcd(a: int, b: int) -> tuple[int, int, int]:
    if b == 0:
        return a, 1, 0
    g, x, y = _egcd(b, a % b)
    return g, y, x - (a // b) * y


class LoanReceiptSigner:
    P, Q, E = 1000003, 1000033, 65537

    def __init__(self) -> None:
        self.n = self.P * self.Q
        phi = (self.P - 1) * (self.Q - 1)
        _, inv, _ = _egcd(self.E, phi)
        self.d = inv % phi

    def sign(self, receipt: str) -> int:
        m = int.from_bytes(hashlib.sha1(receipt.encode()).digest(), "big") % self.n
        return pow(m, self.d, self.n)

    def verify(self, receipt: str, signature: int) -> bool:
        m = int.from_bytes(hashlib.sha1(receipt.encode()).digest(), "big") % self.n
        return pow(signature, self.E, self.n) == m


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def packet_label(packet_id: int) -> str:
    s = ""
    while packet_id > 0:
        packet_id, r = divmod(packet_id, 58)
        s = B58[r] + s
    return s or B58[0]


BLOCK = 16


def _fill(raw: bytes) -> bytes:
    n = BLOCK - len(raw) % BLOCK
    return raw + bytes([n]) * n


def _strip(block: bytes) -> bytes:
    return block[: len(block) - block[-1]]


def seal_donor_address(key: bytes, address: str) -> bytes:
    iv = os.urandom(16)
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return iv + enc.update(_fill(address.encode())) + enc.finalize()


def open_donor_address(key: bytes, blob: bytes) -> str:
    dec = Cipher(algorithms.AES(key), modes.CBC(blob[:16])).decryptor()
    return _strip(dec.update(blob[16:]) + dec.finalize()).decode()


def plot_layout(packet_id: int, rows: int = 6, cols: int = 8) -> list[list[str]]:
    """Suggested planting grid; the same packet always gives the same layout."""
    rng = random.Random(packet_id)
    crops = ["bean", "pea", "kale", "chard", "leek", "."]
    return [[rng.choice(crops) for _ in range(cols)] for _ in range(rows)]


def photo_fingerprint(image: bytes) -> str:
    return hashlib.sha256(image).hexdigest()


def rle_germination(grid: list[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for cell in grid:
        if runs and runs[-1][0] == cell:
            runs[-1] = (cell, runs[-1][1] + 1)
        else:
            runs.append((cell, 1))
    return runs
