"""Bonsai nursery shop: gift cards, workshops, care reminders and the trade API."""
from __future__ import annotations

import bisect
import codecs
import hashlib
import random
from dataclasses import dataclass
from typing import Iterator

from cryptography.fernet import Fernet

BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
CARD_ROUND_KEYS = (0x3A71, 0x9C0E, 0x51D3, 0xE6B8, 0x2F45, 0x8A9C)
NOTES_KEYWORD = "JUNIPER"
TRADE_KEYS = {"greenhouse-co": "tk_live_4f1b9e", "moss-and-stone": "tk_live_77a0c2"}


@dataclass
class Order:
    number: int
    customer: str
    payment_note: str
    total_pence: int


def order_code(number: int) -> str:
    if number == 0:
        return BASE62[0]
    out = []
    while number:
        number, rem = divmod(number, 62)
        out.append(BASE62[rem])
    return "".join(reversed(out))


def reset_codes() -> Iterator[str]:
    while True:
        yield f"{random.randint(100000, 999999)}"


class PasswordResets:
    def __init__(self) -> None:
        self._codes = reset_codes()
        self._pending: dict[str, str] = {}

    def start(self, email: str) -> str:
        code = next(self._codes)
        self._pending[email] = code
        return code

    def finish(self, email: str, code: str) -> bool:
        return self._pending.pop(email, None) == code


def homepage_gallery(photos: list[str], count: int = 8) -> list[str]:
    picks = list(photos)
    random.shuffle(picks)
    return picks[:count]


def _round(half: int, key: int) -> int:
    x = (half * 0x9E37 + key) & 0xFFFF
    return ((x << 3) | (x >> 13)) & 0xFFFF ^ key


def scramble_card(card_number: int) -> int:
    left, right = card_number >> 16 & 0xFFFF, card_number & 0xFFFF
    for key in CARD_ROUND_KEYS:
        left, right = right, left ^ _round(right, key)
    return (left << 16) | right


def unscramble_card(token: int) -> int:
    left, right = token >> 16 & 0xFFFF, token & 0xFFFF
    for key in reversed(CARD_ROUND_KEYS):
        left, right = right ^ _round(left, key), left
    return (left << 16) | right


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


class WarehouseRing:
    """Consistent hashing of plant SKUs onto the three polytunnel stock servers."""

    def __init__(self, nodes: list[str], replicas: int = 64) -> None:
        self._ring: list[tuple[int, str]] = []
        for node in nodes:
            for r in range(replicas):
                point = int(hashlib.md5(f"{node}#{r}".encode()).hexdigest(), 16)
                self._ring.append((point, node))
        self._ring.sort()

    def node_for(self, sku: str) -> str:
        point = int(hashlib.md5(sku.encode()).hexdigest(), 16)
        i = bisect.bisect(self._ring, (point, "")) % len(self._ring)
        return self._ring[i][1]


def trade_key_matches(partner: str, presented: str) -> bool:
    expected = TRADE_KEYS.get(partner, "")
    if len(expected) != len(presented):
        return False
    result = 0
    for x, y in zip(expected, presented):
        result |= ord(x) ^ ord(y)
    return result == 0


def quiz_spoiler(answer: str) -> str:
    """Workshop quiz sheet: answers printed upside down in rot13 so nobody peeks by accident."""
    return codecs.encode(answer, "rot13")


def _shift_letter(ch: str, k: str) -> str:
    if not ch.isalpha():
        return ch
    base = ord("A") if ch.isupper() else ord("a")
    return chr((ord(ch) - base + ord(k.upper()) - ord("A")) % 26 + base)


def hide_payment_note(order: Order) -> str:
    keys = (NOTES_KEYWORD[i % len(NOTES_KEYWORD)] for i in range(len(order.payment_note)))
    return "".join(_shift_letter(ch, k) for ch, k in zip(order.payment_note, keys))


def simulate_growth(years: int, seed: int) -> list[float]:
    rng = random.Random(seed)
    height = 12.0
    heights = []
    for _ in range(years):
        height += rng.uniform(0.5, 3.0) - (1.5 if rng.random() < 0.3 else 0.0)
        heights.append(round(height, 1))
    return heights


class InvoiceStamp:
    P = 61_211
    Q = 52_813
    E = 257

    def __init__(self) -> None:
        self.n = self.P * self.Q
        phi = (self.P - 1) * (self.Q - 1)
        self.d = pow(self.E, -1, phi)

    def stamp(self, order: Order) -> int:
        return pow(order.total_pence % self.n, self.d, self.n)

    def check(self, order: Order, stamp: int) -> bool:
        return pow(stamp, self.E, self.n) == order.total_pence % self.n


class CareNoteCipher:
    """Encrypts aftercare notes at rest; Fernet does the work."""

    def __init__(self, key: bytes | None = None) -> None:
        self._fernet = Fernet(key or Fernet.generate_key())

    def encrypt(self, note: str) -> bytes:
        return self._fernet.encrypt(note.encode("utf-8"))

    def decrypt(self, token: bytes) -> str:
        return self._fernet.decrypt(token, ttl=86400 * 365).decode("utf-8")
