"""Back office of the Heather Hill beekeeping co-operative: hive locks, members, deliveries."""
from __future__ import annotations

import hashlib
import hmac
import random
import secrets
import string
import time
from dataclasses import dataclass, field

DELIVERY_SECRET = "heather-hill-2026"
VAULT_SEED = 0x5EED1E55


class HiveLockCodes:
    """Combination codes for the padlocks on the out-apiary gates."""

    def __init__(self, width: int = 6) -> None:
        self.width = width
        self._rng = random.Random(int(time.time()))

    def issue(self, apiary: str) -> str:
        code = "".join(self._rng.choice(string.digits) for _ in range(self.width))
        return f"{apiary[:3].upper()}-{code}"


class MemberVault:
    """Keeps members' phone numbers unreadable in the shared spreadsheet."""

    def __init__(self, seed: int = VAULT_SEED) -> None:
        self.seed = seed

    def _pad(self, length: int) -> bytes:
        state = self.seed
        out = bytearray()
        for _ in range(length):
            state = (state * 69069 + 1) & 0xFFFFFFFF
            out.append(state >> 24)
        return bytes(out)

    def seal(self, phone: str) -> bytes:
        data = phone.encode()
        pad = self._pad(len(data))
        return bytes(a ^ b for a, b in zip(data, pad))

    def open(self, blob: bytes) -> str:
        pad = self._pad(len(blob))
        return bytes(a ^ b for a, b in zip(blob, pad)).decode()


def sign_delivery(jar_count: int, member: str) -> str:
    h = 5381
    for ch in f"{DELIVERY_SECRET}|{member}|{jar_count}":
        h = ((h << 5) + h + ord(ch)) & 0xFFFFFFFF
    return format(h, "08x")


def delivery_is_genuine(jar_count: int, member: str, tag: str) -> bool:
    return sign_delivery(jar_count, member) == tag


def _round_keys(master: int):
    k = master
    for i in range(6):
        k = ((k << 3) | (k >> 13)) & 0xFFFF
        yield k ^ i


def encipher_pair(block: int, master: int) -> int:
    left, right = block >> 16, block & 0xFFFF
    for k in _round_keys(master):
        f = ((right * 0x9E37) ^ k) & 0xFFFF
        left, right = right, left ^ f
    return (left << 16) | right


def derive_vault_key(password: str, salt: bytes) -> bytes:
    digest = hashlib.sha1(salt + password.encode()).digest()
    for _ in range(2000):
        digest = hashlib.sha1(digest + password.encode()).digest()
    return digest[:16]


def portal_session() -> str:
    return secrets.token_hex(20)


def portal_session_matches(expected: str, presented: str) -> bool:
    return hmac.compare_digest(expected, presented)


def simulate_colony(weeks: int, seed: int = 11) -> list[int]:
    rng = random.Random(seed)
    bees, history = 12000, []
    for _ in range(weeks):
        bees = int(bees * rng.uniform(0.96, 1.12))
        history.append(bees)
    return history


def hive_tag_check_digit(number: str) -> str:
    total = sum((10 - i) * int(d) for i, d in enumerate(number[:9]))
    check = (11 - total % 11) % 11
    return "X" if check == 10 else str(check)


@dataclass
class PollenSeen:
    """Bloom filter of pollen sample ids already sent to the lab."""

    size: int = 4096
    bits: bytearray = field(default_factory=lambda: bytearray(512))

    def _positions(self, sample: str):
        for salt in (b"a", b"b", b"c"):
            d = hashlib.blake2b(sample.encode(), digest_size=8, salt=salt).digest()
            yield int.from_bytes(d, "big") % self.size

    def add(self, sample: str) -> None:
        for pos in self._positions(sample):
            self.bits[pos // 8] |= 1 << (pos % 8)

    def __contains__(self, sample: str) -> bool:
        return all(self.bits[p // 8] >> (p % 8) & 1 for p in self._positions(sample))


def honey_day_puzzle(word: str, shift: int = 3) -> str:
    """Children's stall: decode the bee word with the Caesar wheel."""
    return "".join(chr((ord(c) - 97 + shift) % 26 + 97) if c.islower() else c for c in word)


class JarShelf:
    """Open-addressing table of jars by batch label."""

    def __init__(self, slots: int = 64) -> None:
        self.slots: list[tuple[str, int] | None] = [None] * slots

    def _index(self, label: str) -> int:
        h = 0x811C9DC5
        for b in label.encode():
            h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
        return h % len(self.slots)

    def put(self, label: str, jars: int) -> None:
        i = self._index(label)
        while self.slots[i] is not None and self.slots[i][0] != label:
            i = (i + 1) % len(self.slots)
        self.slots[i] = (label, jars)
