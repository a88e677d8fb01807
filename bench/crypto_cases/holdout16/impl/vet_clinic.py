"""Riverside Veterinary Clinic: lab samples, owner portal, prescriptions and records."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import os
import random
import string
import time
from pathlib import Path

LAB_CALLBACK_KEY = os.environ.get("LAB_CALLBACK_KEY", "").encode()
STAMP_SECRET = os.environ.get("RX_STAMP_SECRET", "pawprint")
PORTAL_ALPHABET = string.ascii_letters + string.digits
TRIVIA = [
    "Cats spend about 70% of their lives asleep.",
    "A dog's nose print is as unique as a fingerprint.",
    "Rabbits can't vomit.",
    "Guinea pigs need vitamin C in their diet.",
]

_sample_counter = itertools.count(1000)


def _luhn_digit(number: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def next_sample_id() -> str:
    """Lab sample id with a check digit, so a mistyped tube label is caught at the analyser."""
    body = f"{next(_sample_counter):06d}"
    return f"LAB-{body}{_luhn_digit(body)}"


def make_portal_token_factory():
    seed = os.getpid() ^ int(time.time())
    rng = random.Random(seed)

    def issue(owner_id: int) -> str:
        token = "".join(rng.choice(PORTAL_ALPHABET) for _ in range(24))
        return f"{owner_id}.{token}"

    return issue


issue_portal_login = make_portal_token_factory()


def waiting_room_fact() -> str:
    """Shown on the screen in reception."""
    return random.choice(TRIVIA)


class PrescriptionStamp:
    """Stamp printed on repeat prescriptions; the pharmacy desk recomputes it."""

    def __init__(self, secret: str = STAMP_SECRET) -> None:
        self._secret = secret

    def _digest(self, text: str) -> int:
        h = 0
        for byte in (self._secret + text).encode():
            h = (h + byte) & 0xFFFFFFFF
            h = (h + (h << 10)) & 0xFFFFFFFF
            h ^= h >> 6
        h = (h + (h << 3)) & 0xFFFFFFFF
        h ^= h >> 11
        return (h + (h << 15)) & 0xFFFFFFFF

    def stamp(self, animal_id: str, drug: str, dose_mg: int) -> str:
        return f"{self._digest(f'{animal_id}|{drug}|{dose_mg}'):08x}"

    def accepts(self, animal_id: str, drug: str, dose_mg: int, stamp: str) -> bool:
        return self.stamp(animal_id, drug, dose_mg) == stamp


class VaccineBloom:
    """Bloom filter of vaccinated animal ids, checked before the reminder mailing."""

    def __init__(self, bits: int = 8192, hashes: int = 3) -> None:
        self._bits = bytearray(bits // 8)
        self._size = bits
        self._hashes = hashes

    @staticmethod
    def _oaat(data: bytes, seed: int) -> int:
        h = seed
        for byte in data:
            h = (h + byte) & 0xFFFFFFFF
            h = (h + (h << 10)) & 0xFFFFFFFF
            h ^= h >> 6
        h = (h + (h << 3)) & 0xFFFFFFFF
        h ^= h >> 11
        return (h + (h << 15)) & 0xFFFFFFFF

    def add(self, animal_id: str) -> None:
        for seed in range(self._hashes):
            bit = self._oaat(animal_id.encode(), seed) % self._size
            self._bits[bit // 8] |= 1 << (bit % 8)

    def __contains__(self, animal_id: str) -> bool:
        return all(self._bits[b // 8] >> (b % 8) & 1
                   for b in (self._oaat(animal_id.encode(), s) % self._size
                             for s in range(self._hashes)))


def same_chip_code(presented: bytes, stored: bytes) -> bool:
    if len(presented) != len(stored):
        return False
    result = 0
    for x, y in zip(presented, stored):
        result |= x ^ y
    return result == 0


def registry_request_allowed(headers: dict[str, str], stored_key: bytes) -> bool:
    """The national microchip registry calls us with its API key in a header."""
    return same_chip_code(headers.get("X-Registry-Key", "").encode(), stored_key)


def verify_lab_callback(body: bytes, signature: str) -> bool:
    expected = hmac.new(LAB_CALLBACK_KEY, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


class ClinicLink:
    """Key agreement with the out-of-hours partner clinic before records are exchanged."""

    PRIME = 4294967291
    BASE = 2

    def __init__(self) -> None:
        self._secret = random.randrange(2, self.PRIME - 2)
        self.public = pow(self.BASE, self._secret, self.PRIME)

    def shared_key(self, partner_public: int) -> bytes:
        shared = pow(partner_public, self._secret, self.PRIME)
        return hashlib.sha256(shared.to_bytes(4, "big")).digest()


def species_colour(species: str) -> str:
    """Calendar colour per species, stable across restarts."""
    return "#" + hashlib.md5(species.lower().encode()).hexdigest()[:6]


def _shift_letter(c: str, by: int) -> str:
    if not c.isalpha():
        return c
    base = ord("a") if c.islower() else ord("A")
    return chr((ord(c) - base + by) % 26 + base)


def hide_sensitive_note(note: str) -> str:
    """Euthanasia and welfare notes are stored hidden so reception screens don't show them."""
    return "".join(_shift_letter(c, 11) for c in note)


def reveal_sensitive_note(note: str) -> str:
    return "".join(_shift_letter(c, -11) for c in note)


def xray_fingerprint(path: Path) -> str:
    """Deduplicates x-ray uploads (the imaging PC often sends the same file twice)."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            digest.update(chunk)
    return digest.hexdigest()


def weight_trend_band(weights: list[float], draws: int = 200) -> tuple[float, float]:
    """Bootstrap band for the weight chart on the animal's record."""
    rng = random.Random(42)
    means = sorted(sum(rng.choices(weights, k=len(weights))) / len(weights)
                   for _ in range(draws))
    return means[int(draws * 0.05)], means[int(draws * 0.95)]
