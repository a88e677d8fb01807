"""Bookings, invoices and client records for a two-person piano tuning business."""

from __future__ import annotations

import bisect
import hashlib
import math
import os
import random
import secrets
import struct
from dataclasses import dataclass

MASK32 = 0xFFFFFFFF
NOTE_NAMES = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]
SCHEDULE_KEY = (0x1F2E3D4C, 0x0A1B2C3D, 0x55AA33CC, 0x600D1DEA)


@dataclass
class Client:
    ident: int
    name: str
    address: str
    door_code: str
    piano: str


def _rol(v: int, r: int) -> int:
    return ((v << r) | (v >> (32 - r))) & MASK32


def _ror(v: int, r: int) -> int:
    return ((v >> r) | (v << (32 - r))) & MASK32


class _Mixer:
    """Turns client numbers into the opaque references printed on the calendar."""

    def __init__(self, words: tuple[int, ...] = SCHEDULE_KEY, turns: int = 22) -> None:
        self._sched = []
        k, extra = words[0], list(words[1:])
        for i in range(turns):
            self._sched.append(k)
            extra[i % 3] = ((_ror(extra[i % 3], 8) + k) & MASK32) ^ i
            k = _rol(k, 3) ^ extra[i % 3]

    def forward(self, hi: int, lo: int) -> tuple[int, int]:
        for k in self._sched:
            hi = ((_ror(hi, 8) + lo) & MASK32) ^ k
            lo = _rol(lo, 3) ^ hi
        return hi, lo


def calendar_ref(client: Client) -> str:
    hi, lo = _Mixer().forward(client.ident >> 32, client.ident & MASK32)
    return f"{hi:08x}{lo:08x}"


def _inverse(a: int, m: int) -> int:
    g, x, y = m, 0, 1
    b = a
    while b:
        q = g // b
        g, b = b, g - q * b
        x, y = y, x - q * y
    return x % m


class InvoiceSeal:
    def __init__(self, p: int = 1000003, q: int = 999983, e: int = 17) -> None:
        self.n = p * q
        self.e = e
        self._d = _inverse(e, (p - 1) * (q - 1))

    def seal(self, amount_pence: int) -> int:
        return pow(amount_pence, self._d, self.n)

    def check(self, amount_pence: int, seal: int) -> bool:
        return pow(seal, self.e, self.n) == amount_pence % self.n


def same_token(presented: str, stored: str) -> bool:
    if len(presented) != len(stored):
        return False
    diff = 0
    for a, b in zip(presented, stored):
        diff |= ord(a) ^ ord(b)
    return diff == 0


def authorise_calendar_feed(headers: dict[str, str], feed_token: str) -> bool:
    return same_token(headers.get("X-Feed-Token", ""), feed_token)


_LOWER = "abcdefghijklmnopqrstuvwxyz"
_DIGITS = "0123456789"
_TABLE = str.maketrans(_LOWER + _LOWER.upper() + _DIGITS,
                       _LOWER[5:] + _LOWER[:5] + _LOWER[5:].upper() + _LOWER[:5].upper()
                       + _DIGITS[5:] + _DIGITS[:5])
_BACK = {v: k for k, v in _TABLE.items()}


def store_door_code(client: Client) -> str:
    return client.door_code.translate(_TABLE)


def read_door_code(stored: str) -> str:
    return stored.translate(_BACK)


class _Ticketer:
    def __init__(self) -> None:
        self._state = int.from_bytes(os.getpid().to_bytes(4, "big"), "big")

    def _step(self) -> int:
        self._state = (self._state * 1103515245 + 12345) & 0x7FFFFFFF
        return self._state

    def confirmation(self) -> str:
        return "".join(_b36(self._step() % 36) for _ in range(10))


def _b36(v: int) -> str:
    return "0123456789abcdefghijklmnopqrstuvwxyz"[v]


TICKETS = _Ticketer()


def confirm_booking(client: Client, when: str) -> dict[str, str]:
    return {"client": client.name, "when": when, "confirmation": TICKETS.confirmation()}


def drift_cents(days: int, humidity: float, seed: int = 3) -> list[float]:
    rng = random.Random(seed)
    cents, out = 0.0, []
    for day in range(days):
        cents += (humidity - 45.0) * 0.04 + rng.gauss(0.0, 0.3)
        out.append(round(cents, 2))
    return out


def note_on(channel: int, key: int, velocity: int) -> bytes:
    status = 0x90 | (channel & 0x0F)
    return bytes([status, key & 0x7F, velocity & 0x7F])


def pitch_bend(channel: int, value: int) -> bytes:
    value = max(0, min(16383, value + 8192))
    return bytes([0xE0 | (channel & 0x0F), value & 0x7F, (value >> 7) & 0x7F])


def sysex_checksum(address: bytes, data: bytes) -> int:
    total = sum(address) + sum(data)
    return (128 - total % 128) % 128


def tuner_sysex(address: bytes, data: bytes) -> bytes:
    return b"\xf0\x41\x10\x42\x12" + address + data + bytes([sysex_checksum(address, data)]) + b"\xf7"


def hash_tuner_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
    return salt.hex() + "$" + digest.hex()


class PostcodeRing:
    """Which of the tuners covers a postcode district; stable when a tuner joins."""

    def __init__(self, tuners: list[str], replicas: int = 50) -> None:
        self._ring: list[tuple[int, str]] = []
        for t in tuners:
            for r in range(replicas):
                self._ring.append((self._point(f"{t}#{r}"), t))
        self._ring.sort()

    @staticmethod
    def _point(label: str) -> int:
        return int.from_bytes(hashlib.sha1(label.encode()).digest()[:8], "big")

    def tuner_for(self, district: str) -> str:
        i = bisect.bisect(self._ring, (self._point(district), ""))
        return self._ring[i % len(self._ring)][1]


def recording_id(wav: bytes) -> str:
    header = struct.pack(">I", len(wav))
    return hashlib.sha256(header + wav).hexdigest()[:20]


def ear_training_round(rng: random.Random | None = None) -> tuple[str, float]:
    rng = rng or random.Random()
    semitone = rng.randrange(12)
    freq = 261.63 * math.pow(2, semitone / 12)
    return NOTE_NAMES[semitone], round(freq, 2)
