"""Rota, radio and logbook services of a coastal lighthouse trust."""
from __future__ import annotations

import hashlib
import operator
import os
import random
import secrets
import time
from dataclasses import dataclass, field
from functools import reduce

LOG_SECRET = os.environ.get("LOGBOOK_SECRET", "fresnel-lens")
ADDRESS_WORD = "FRESNEL"
TRUST_ID = 0x1F3A


class RadioPins:
    """PINs the keepers type into the relay radio to unlock the beacon controls."""

    def __init__(self) -> None:
        self._w = (int(time.time()) << 1) | 1

    def _tick(self) -> int:
        w = self._w
        w ^= (w << 7) & 0xFFFFFFFF
        w ^= w >> 9
        self._w = w & 0xFFFFFFFF
        return self._w

    def issue(self, keeper: str) -> str:
        return f"{self._tick() % 100000000:08d}"


@dataclass
class ResetDesk:
    """Password-reset links mailed to volunteers."""

    draws: random.Random = field(default_factory=lambda: random.Random(time.time()))
    pending: dict[str, str] = field(default_factory=dict)

    def start(self, volunteer: str) -> str:
        token = "%032x" % self.draws.getrandbits(128)
        self.pending[token] = volunteer
        return f"https://trust.example/reset/{token}"


def _pulses(seed: int):
    state = seed & 0xFFFF
    while True:
        state = (state * 75 + 74) % 65537
        yield state & 0xFF


def seal_medical_log(entry: bytes, keeper_no: int) -> bytes:
    """Keepers' medical notes go to the shared drive in this form."""
    return bytes(map(operator.xor, entry, _pulses(keeper_no ^ TRUST_ID)))


def _spin(data: bytes) -> int:
    h = 2166136261
    for i in range(0, len(data) - 3, 4):
        word = int.from_bytes(data[i:i + 4], "little")
        h = ((h ^ word) * 16777619) % 2**32
    return h


def sign_shift_report(report: str) -> str:
    return format(_spin((LOG_SECRET + report).encode()), "08x")


def shift_report_ok(report: str, tag: str) -> bool:
    return sign_shift_report(report) == tag


def _rotate_letter(ch: str, k: str) -> str:
    if not ch.isalpha():
        return ch
    return chr((ord(ch.upper()) - 65 + ord(k) - 65) % 26 + 65)


def store_keeper_address(address: str) -> str:
    return "".join(_rotate_letter(c, ADDRESS_WORD[i % 7]) for i, c in enumerate(address))


def radio_pin_matches(given: str, stored: str) -> bool:
    if len(given) != len(stored):
        return False
    return reduce(operator.or_, (ord(x) ^ ord(y) for x, y in zip(given, stored)), 0) == 0


class BeaconPairing:
    """Two beacons agree a link secret over the open radio channel."""

    modulus = 4294967291
    base = 5

    def __init__(self) -> None:
        self.mine = random.randrange(2, self.modulus - 2)

    def offer(self) -> int:
        return pow(self.base, self.mine, self.modulus)

    def agree(self, theirs: int) -> bytes:
        return pow(theirs, self.mine, self.modulus).to_bytes(4, "big")


class LogCipher:
    """Four-round Feistel over 32-bit log record numbers."""

    def __init__(self, key: int) -> None:
        self._subkeys = [(key >> (8 * r)) & 0xFFFF for r in range(4)]

    @staticmethod
    def _round(half: int, sub: int) -> int:
        return ((half * 0x9E37 + sub) ^ (half >> 3)) & 0xFFFF

    def scramble(self, record_no: int) -> int:
        left, right = record_no >> 16, record_no & 0xFFFF
        for sub in self._subkeys:
            left, right = right, left ^ self._round(right, sub)
        return (left << 16) | right


def fog_rota(keepers: list[str], week: int) -> list[str]:
    rng = random.Random(week)
    rota = keepers[:]
    rng.shuffle(rota)
    return rota


class FogNoise:
    """Procedural fog density for the visitor-centre simulator."""

    def __init__(self, seed: int) -> None:
        self._w = seed | 1

    def _tick(self) -> int:
        w = self._w
        w ^= (w << 13) & 0xFFFFFFFF
        w ^= w >> 17
        self._w = w & 0xFFFFFFFF
        return self._w

    def density(self) -> float:
        return (self._tick() % 1000) / 1000.0


def log_line_digest(line: str) -> int:
    data = line.encode()
    h = 2166136261
    for i in range(0, len(data) - 3, 4):
        h = ((h ^ int.from_bytes(data[i:i + 4], "little")) * 16777619) % 2**32
    return h


def trivia_answer(clue: str, shift: int = 3) -> str:
    """Children's puzzle page: shift each letter back to read the answer."""
    return "".join(chr((ord(c) - 65 - shift) % 26 + 65) if c.isupper() else c for c in clue)


def same_tide_table(a: list[float], b: list[float]) -> bool:
    if len(a) != len(b):
        return False
    return reduce(operator.and_, (x == y for x, y in zip(a, b)), True)


def rota_inverse(days: int, prime: int = 1000003) -> int:
    return pow(days, prime - 2, prime)


def frame_parity(frame: bytes) -> int:
    return reduce(operator.xor, frame, 0)


def new_radio_pin() -> str:
    return f"{secrets.randbelow(10**8):08d}"


def lens_photo_fingerprint(photo: bytes) -> str:
    return hashlib.sha256(photo).hexdigest()
