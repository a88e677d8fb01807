"""Spokes & Sprockets: workshop queue, pickup codes and the stolen-bike register."""

from __future__ import annotations

import random
import string
import time
from dataclasses import dataclass, field

from cryptography.fernet import Fernet

SHOP_KEY = b"sprocket-2026"
ALPHABET = string.digits + string.ascii_letters
SPOKE_TABLE_SIZE = 257


@dataclass
class RepairJob:
    job_id: int
    owner: str
    phone: str
    frame_serial: str
    notes: list[str] = field(default_factory=list)


class ClaimTickets:
    """Pickup codes printed on the claim slip; the owner shows the code to collect the bike."""

    def __init__(self) -> None:
        self._state = int(time.time() * 1000) & 0xFFFFFFFFFFFFFFFF
        self._issued: dict[int, str] = {}

    def _advance(self) -> int:
        self._state = (self._state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return self._state >> 33

    def _digits(self, value: int, width: int = 6) -> str:
        return str(value % 10**width).zfill(width)

    def issue(self, job: RepairJob) -> str:
        raw = self._advance()
        code = self._digits(raw)
        self._issued[job.job_id] = code
        return code

    def redeem(self, job: RepairJob, shown: str) -> bool:
        return _same(self._issued.get(job.job_id, ""), shown)


def _same(expected: str, given: str) -> bool:
    if len(expected) != len(given):
        return False
    result = 0
    for x, y in zip(expected, given):
        result |= ord(x) ^ ord(y)
    return result == 0


def _key_stream(key: bytes):
    i = 0
    while True:
        yield key[i % len(key)] ^ ((i * 37) & 0xFF)
        i += 1


def hide_phone(job: RepairJob) -> bytes:
    return bytes(b ^ k for b, k in zip(job.phone.encode(), _key_stream(SHOP_KEY)))


def show_phone(blob: bytes) -> str:
    return bytes(b ^ k for b, k in zip(blob, _key_stream(SHOP_KEY))).decode()


ROUND_KEYS = [0x3A71, 0x9C02, 0x55E3, 0x0F1D, 0xB7A4, 0x6E98]


def _round(half: int, key: int) -> int:
    mixed = (half * 0x2F1 + key) & 0xFFFF
    return ((mixed << 3) | (mixed >> 13)) & 0xFFFF


def scramble_serial(serial: int) -> int:
    """The public stolen-bike register shows scrambled frame numbers only."""
    left, right = (serial >> 16) & 0xFFFF, serial & 0xFFFF
    for k in ROUND_KEYS:
        left, right = right, left ^ _round(right, k)
    return (left << 16) | right


P_WORKSHOP = 0xFFFFFFFB
G_WORKSHOP = 5


class TabletPairing:
    """Pairs the mechanic's tablet with the till over the shop Wi-Fi."""

    def __init__(self) -> None:
        self._secret = random.randrange(2, P_WORKSHOP - 2)

    def public(self) -> int:
        return pow(G_WORKSHOP, self._secret, P_WORKSHOP)

    def shared(self, other_public: int) -> bytes:
        return pow(other_public, self._secret, P_WORKSHOP).to_bytes(4, "big")


def serial_check_digit(serial: str) -> int:
    """Mod-11 check digit the frame builder stamps after the serial."""
    weights = range(len(serial) + 1, 1, -1)
    total = sum(int(c) * w for c, w in zip(serial, weights))
    return (11 - total % 11) % 11


def chain_wear_forecast(km_per_week: float, weeks: int, seed: int = 42) -> list[float]:
    rng = random.Random(seed)
    stretch, out = 0.0, []
    for _ in range(weeks):
        stretch += km_per_week * 0.00011 * rng.uniform(0.8, 1.3)
        out.append(round(stretch, 4))
    return out


class SpokeLengths:
    """Open-addressing table of spoke lengths keyed by rim/hub combination."""

    def __init__(self) -> None:
        self._slots: list[tuple[str, float] | None] = [None] * SPOKE_TABLE_SIZE

    def _index(self, key: str) -> int:
        h = 5381
        for c in key:
            h = (h * 33 + ord(c)) & 0xFFFFFFFF
        return h % SPOKE_TABLE_SIZE

    def put(self, key: str, length: float) -> None:
        i = self._index(key)
        while self._slots[i] is not None and self._slots[i][0] != key:
            i = (i + 1) % SPOKE_TABLE_SIZE
        self._slots[i] = (key, length)

    def get(self, key: str) -> float | None:
        i = self._index(key)
        while self._slots[i] is not None:
            if self._slots[i][0] == key:
                return self._slots[i][1]
            i = (i + 1) % SPOKE_TABLE_SIZE
        return None


class NotesCipher:
    """Customer notes at rest; all the work is done by Fernet."""

    def __init__(self, key: bytes) -> None:
        self._fernet = Fernet(key)

    def encrypt(self, text: str) -> bytes:
        return self._fernet.encrypt(text.encode())

    def decrypt(self, token: bytes) -> str:
        return self._fernet.decrypt(token, ttl=86400 * 365).decode()


def short_job_ref(job_id: int) -> str:
    """Base62 job reference for the SMS link."""
    if job_id == 0:
        return ALPHABET[0]
    out = []
    while job_id:
        job_id, rem = divmod(job_id, 62)
        out.append(ALPHABET[rem])
    return "".join(reversed(out))


def kids_corner_puzzle(word: str, shift: int = 3) -> str:
    """Decode-the-word game on the waiting-area chalkboard."""
    return "".join(
        chr((ord(c) - 97 + shift) % 26 + 97) if c.islower() else c for c in word.lower()
    )
