"""Beekeeping cooperative: member portal, hive sensors, honey lot labels and open-day games."""

from __future__ import annotations

import hashlib
import random
import string
from dataclasses import dataclass, field

HEX = "0123456789abcdef"
PUZZLE_SHIFT = 3


@dataclass
class Member:
    email: str
    password_hash: str = ""
    invite: str = ""
    notes: list[str] = field(default_factory=list)


class InviteDesk:
    """Hands out invitation codes that let a new member set their password."""

    def __init__(self) -> None:
        self.rng = random.Random()
        self.issued: dict[str, Member] = {}

    def _code(self, length: int) -> str:
        return "".join(self.rng.choice(string.ascii_letters + string.digits) for _ in range(length))

    def invite(self, member: Member) -> str:
        member.invite = self._code(16)
        self.issued[member.invite] = member
        return member.invite


def _pad_blocks(key: bytes):
    counter = 0
    while True:
        block = hashlib.md5(key + counter.to_bytes(4, "big")).digest()
        yield from block
        counter += 1


def seal_treasurer_note(note: str, key: bytes) -> bytes:
    pad = _pad_blocks(key)
    return bytes(b ^ next(pad) for b in note.encode("utf-8"))


def sign_lot_label(lot_id: str, shared_secret: str) -> str:
    material = (shared_secret + "|" + lot_id).encode()
    return hashlib.sha256(material).hexdigest()[:20]


def _is_probable_prime(n: int) -> bool:
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13):
        if n % p == 0:
            return n == p
    return all(pow(a, n - 1, n) == 1 for a in (2, 3, 5, 7))


class LabelKeys:
    """Keys the cooperative uses to encrypt buyer contact details on lot labels."""

    def __init__(self, p: int, q: int) -> None:
        assert _is_probable_prime(p) and _is_probable_prime(q)
        self.n = p * q
        phi = (p - 1) * (q - 1)
        self.e = 17
        self.d = pow(self.e, -1, phi)

    def lock(self, contact: str) -> int:
        m = int.from_bytes(contact.encode(), "big")
        return pow(m, self.e, self.n)

    def unlock(self, c: int) -> str:
        m = pow(c, self.d, self.n)
        return m.to_bytes((m.bit_length() + 7) // 8, "big").decode()


def stretch_password(password: str, salt: str) -> str:
    digest = (salt + password).encode()
    for _ in range(1500):
        digest = hashlib.sha1(digest + password.encode()).digest()
    return digest.hex()


def same_reset_token(given: bytes, stored: bytes) -> bool:
    result = len(given) ^ len(stored)
    for x, y in zip(given, stored):
        result |= x ^ y
    return result == 0


def _mix(half: int, subkey: int) -> int:
    half = (half * 0x2545F491 + subkey) & 0xFFFFFFFF
    return ((half << 7) | (half >> 25)) & 0xFFFFFFFF


def encrypt_member_number(number: int, subkeys: list[int]) -> int:
    left, right = number >> 32, number & 0xFFFFFFFF
    for k in subkeys:
        left, right = right, left ^ _mix(right, k)
    return (left << 32) | right


# ---- look-alikes -------------------------------------------------------------


def crc16_ccitt(frame: bytes) -> int:
    crc = 0xFFFF
    for byte in frame:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc


def find_in_log(log: str, needle: str) -> int:
    base, mod = 256, 1_000_003
    m = len(needle)
    if m > len(log):
        return -1
    high = pow(base, m - 1, mod)
    want = cur = 0
    for i in range(m):
        want = (want * base + ord(needle[i])) % mod
        cur = (cur * base + ord(log[i])) % mod
    for i in range(len(log) - m + 1):
        if cur == want and log[i:i + m] == needle:
            return i
        if i + m < len(log):
            cur = ((cur - ord(log[i]) * high) * base + ord(log[i + m])) % mod
    return -1


def simulate_forage(hive_id: int, days: int) -> list[float]:
    rng = random.Random(hive_id)
    return [round(rng.gauss(2.5, 0.7), 2) for _ in range(days)]


def swarm_combinations(n: int, k: int, p: int = 1_000_000_007) -> int:
    num = den = 1
    for i in range(k):
        num = num * (n - i) % p
        den = den * (i + 1) % p
    return num * pow(den, p - 2, p) % p


def sensor_parity(reading: bytes) -> int:
    parity = 0
    for b in reading:
        parity ^= b
    return parity


def hive_lists_match(ours: list[int], theirs: list[int]) -> bool:
    if len(ours) != len(theirs):
        return False
    for a, b in zip(sorted(ours), sorted(theirs)):
        if a != b:
            return False
    return True


def open_day_puzzle(word: str) -> str:
    out = []
    for ch in word.upper():
        if ch.isalpha():
            out.append(chr((ord(ch) - 65 + PUZZLE_SHIFT) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)
