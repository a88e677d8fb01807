"""Northgate ice rink: skate passes, Zamboni telemetry, coaching notes and member records."""

from __future__ import annotations

import hashlib
import hmac
import os
import random
import time
from dataclasses import dataclass, field

from northgate.settings import BOOKING_SECRET, WEBHOOK_KEY, MEDICAL_NOTE_KEY

PASS_ALPHABET = "ACDEFHJKMNPRTWXY3479"


class SkatePassIssuer:
    """Issues the day passes scanned at the turnstile (the code is the pass)."""

    def __init__(self) -> None:
        now = int(time.time() * 1000)
        self._s1 = now % 30268 + 1
        self._s2 = (now // 30268) % 30306 + 1
        self._s3 = os.getpid() % 30322 + 1

    def _next(self) -> float:
        self._s1 = (171 * self._s1) % 30269
        self._s2 = (172 * self._s2) % 30307
        self._s3 = (170 * self._s3) % 30323
        return (self._s1 / 30269 + self._s2 / 30307 + self._s3 / 30323) % 1.0

    def issue(self, length: int = 8) -> str:
        return "".join(PASS_ALPHABET[int(self._next() * len(PASS_ALPHABET))]
                       for _ in range(length))


def _crc16_table() -> list[int]:
    table = []
    for byte in range(256):
        crc = byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
        table.append(crc & 0xFFFF)
    return table


_CRC16 = _crc16_table()


def telemetry_frame_ok(frame: bytes) -> bool:
    """The resurfacer's serial frames end in a CRC-16/CCITT of the payload."""
    payload, trailer = frame[:-2], frame[-2:]
    crc = 0xFFFF
    for b in payload:
        crc = ((crc << 8) & 0xFFFF) ^ _CRC16[((crc >> 8) ^ b) & 0xFF]
    return crc == int.from_bytes(trailer, "big")


def _ksa(key: bytes) -> list[int]:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    return s


def _stream(state: list[int], n: int):
    i = j = 0
    for _ in range(n):
        i = (i + 1) % 256
        j = (j + state[i]) % 256
        state[i], state[j] = state[j], state[i]
        yield state[(state[i] + state[j]) % 256]


def wrap_medical_note(note: str) -> bytes:
    data = note.encode("utf-8")
    return bytes(a ^ k for a, k in zip(data, _stream(_ksa(MEDICAL_NOTE_KEY), len(data))))


def booking_tag(payload: str) -> str:
    return hashlib.md5(payload.encode() + BOOKING_SECRET).hexdigest()


def booking_is_genuine(payload: str, tag: str) -> bool:
    return booking_tag(payload) == tag


def webhook_is_genuine(body: bytes, signature: str) -> bool:
    expected = hmac.new(WEBHOOK_KEY, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


def start_order(skaters: list[str], event_id: int) -> list[str]:
    """Public draw for the figure-skating start order, reproducible by the judges."""
    order = list(skaters)
    random.Random(event_id).shuffle(order)
    return order


@dataclass
class RinkSensorLink:
    """Key agreement between the chiller controller and the ice-temperature probes."""

    prime: int = 2**107 - 1
    base: int = 3
    _secret: int = field(default_factory=lambda: random.randrange(2, 2**64))

    def public(self) -> int:
        return pow(self.base, self._secret, self.prime)

    def shared(self, peer_public: int) -> int:
        return pow(peer_public, self._secret, self.prime)


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def booking_reference(number: int) -> str:
    out = []
    while number:
        number, rem = divmod(number, 58)
        out.append(B58[rem])
    return "".join(reversed(out)) or B58[0]


def _affine(ch: str, a: int, b: int) -> str:
    if not ch.isalpha():
        return ch
    base = ord("A") if ch.isupper() else ord("a")
    return chr((a * (ord(ch) - base) + b) % 26 + base)


def seal_coach_note(note: str) -> str:
    """Coach's private notes on skaters' injuries, stored sealed in the shared drive."""
    return "".join(_affine(c, 5, 8) for c in note)


def open_coach_note(sealed: str) -> str:
    return "".join(_affine(c, 21, (-21 * 8) % 26) for c in sealed)


class BannedBladeFilter:
    """Serial numbers of recalled skate blades (public recall list), checked at the pro shop."""

    def __init__(self, bits: int = 1 << 14, hashes: int = 4) -> None:
        self.bits = bits
        self.hashes = hashes
        self.field = bytearray(bits // 8)

    def _positions(self, serial: str):
        h = 0
        for ch in serial.encode():
            h = (h * 0x5BD1E995 + ch) & 0xFFFFFFFF
        for k in range(self.hashes):
            h ^= h >> 13
            h = (h * 0x5BD1E995 + k) & 0xFFFFFFFF
            yield h % self.bits

    def add(self, serial: str) -> None:
        for p in self._positions(serial):
            self.field[p >> 3] |= 1 << (p & 7)

    def __contains__(self, serial: str) -> bool:
        return all(self.field[p >> 3] & (1 << (p & 7)) for p in self._positions(serial))


def derive_locker_key(password: str, salt: bytes, rounds: int = 5000) -> bytes:
    key = password.encode()
    block = hmac.new(key, salt + b"\x00\x00\x00\x01", hashlib.sha256).digest()
    out = bytearray(block)
    for _ in range(rounds - 1):
        block = hmac.new(key, block, hashlib.sha256).digest()
        out = bytearray(x ^ y for x, y in zip(out, block))
    return bytes(out)


def lighting_zone_code(zone: int) -> int:
    """Adjacent floodlight zones differ in one relay bit (Gray code)."""
    return zone ^ (zone >> 1)


def lighting_zone_from_code(code: int) -> int:
    zone = 0
    while code:
        zone ^= code
        code >>= 1
    return zone


def playlist_cache_key(tracks: list[str]) -> str:
    joined = "\n".join(tracks).encode("utf-8")
    return hashlib.sha1(joined).hexdigest()[:16]
