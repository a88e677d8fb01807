"""Waggy Tails grooming parlour: bookings, gift cards, pet records and the staff rota."""
from __future__ import annotations

import hashlib
import os
import random
import time
import zlib
from typing import Callable

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

BASE62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
MASK32 = 0xFFFFFFFF


def make_booking_tokens(seed: int | None = None) -> Callable[[], str]:
    state = seed if seed is not None else int(time.time() * 1000)

    def next_token() -> str:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        return format(state >> 16, "012x")

    return next_token


class GiftCardSigner:
    """Signs gift-card numbers so the till can check them offline."""

    def __init__(self) -> None:
        p, q = 1000003, 1000033
        self.n = p * q
        self.e = 65537
        self.d = pow(self.e, -1, (p - 1) * (q - 1))

    def sign(self, card_number: int) -> int:
        return pow(card_number, self.d, self.n)

    def verify(self, card_number: int, signature: int) -> bool:
        return pow(signature, self.e, self.n) == card_number % self.n


def same_token(expected: str, given: str) -> bool:
    if len(expected) != len(given):
        return False
    diff = 0
    for x, y in zip(expected, given):
        diff |= ord(x) ^ ord(y)
    return diff == 0


def hide_vet_note(note: str, key: str = "POODLE") -> str:
    out, k = [], 0
    for c in note.upper():
        if c.isalpha():
            shift = ord(key[k % len(key)]) - 65
            out.append(chr((ord(c) - 65 + shift) % 26 + 65))
            k += 1
        else:
            out.append(c)
    return "".join(out)


def _rotl(v: int, r: int) -> int:
    return ((v << r) | (v >> (32 - r))) & MASK32


class _Scrambler:
    """Keeps owners' phone numbers unreadable in the booking export."""

    def __init__(self, key: bytes) -> None:
        self.k = [int.from_bytes(key[i:i + 4], "little") for i in range(0, 16, 4)]

    def _quarter(self, a: int, b: int, c: int, d: int) -> tuple[int, int, int, int]:
        a = (a + b) & MASK32; d = _rotl(d ^ a, 16)
        c = (c + d) & MASK32; b = _rotl(b ^ c, 12)
        a = (a + b) & MASK32; d = _rotl(d ^ a, 8)
        c = (c + d) & MASK32; b = _rotl(b ^ c, 7)
        return a, b, c, d

    def encrypt_block(self, block: int) -> int:
        a, b = block >> 32, block & MASK32
        c, d = self.k[0], self.k[1]
        for _ in range(8):
            a, b, c, d = self._quarter(a, b, c, d)
        return (a << 32) | b


class PetRecords:
    """Medical notes, sealed with AES-GCM from the cryptography package."""

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    def seal(self, pet_id: str, note: str) -> bytes:
        nonce = os.urandom(12)
        return nonce + self._aead.encrypt(nonce, note.encode(), pet_id.encode())

    def open(self, pet_id: str, blob: bytes) -> str:
        return self._aead.decrypt(blob[:12], blob[12:], pet_id.encode()).decode()


def weekly_rota(groomers: list[str], week: int) -> list[str]:
    order = list(groomers)
    random.Random(week).shuffle(order)
    return order


def short_booking_url(booking_id: int) -> str:
    out = ""
    while booking_id:
        booking_id, r = divmod(booking_id, 62)
        out = BASE62[r] + out
    return "https://waggy.example/b/" + (out or "0")


def photo_bucket(pet_name: str, buckets: int = 16) -> str:
    return f"photos-{zlib.crc32(pet_name.encode()) % buckets:02d}"


def coat_preview_pattern(seed: int, cells: int = 64) -> list[int]:
    x = seed or 1
    pattern = []
    for _ in range(cells):
        x ^= (x << 13) & MASK32
        x ^= x >> 17
        x ^= (x << 5) & MASK32
        pattern.append(x % 4)
    return pattern


def photo_fingerprint(image: bytes) -> str:
    return hashlib.sha256(image).hexdigest()
