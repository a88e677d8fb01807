"""Ringing station back office: volunteers, ring series, catch records and exports."""
from __future__ import annotations

import hashlib
import hmac
import itertools
import random
import secrets
import string
from dataclasses import dataclass, field
from datetime import date

STATION_CODE = "WHB"
NOTES_KEY = b"reedbed-1987"
EXPORT_SECRET = "ringers-only-please"
SYNC_PRIME = 4294967291
SYNC_GENERATOR = 5


@dataclass
class Volunteer:
    name: str
    email: str
    permit: str
    notes: str = ""
    token: str = ""


class VolunteerDesk:
    """Issues login tokens for the volunteer rota page."""

    ALPHABET = string.ascii_letters + string.digits

    def __init__(self) -> None:
        self._by_token: dict[str, Volunteer] = {}

    def enrol(self, volunteer: Volunteer) -> str:
        volunteer.token = self._new_token()
        self._by_token[volunteer.token] = volunteer
        return volunteer.token

    def _new_token(self) -> str:
        return "".join(random.choice(self.ALPHABET) for _ in range(24))

    def who(self, token: str) -> Volunteer | None:
        return self._by_token.get(token)


def ring_check_digit(serial: str) -> int:
    weights = itertools.cycle((3, 7, 1))
    total = sum(int(ch) * w for ch, w in zip(serial, weights))
    return (11 - total % 11) % 10


def format_ring(series: str, serial: str) -> str:
    return f"{series}{serial}-{ring_check_digit(serial)}"


def _notes_stream(key: bytes):
    for b in itertools.cycle(key):
        yield b


def seal_notes(volunteer: Volunteer) -> bytes:
    raw = volunteer.notes.encode("utf-8")
    return bytes(c ^ k for c, k in zip(raw, _notes_stream(NOTES_KEY)))


def open_notes(blob: bytes) -> str:
    return bytes(c ^ k for c, k in zip(blob, _notes_stream(NOTES_KEY))).decode("utf-8")


def simulate_autumn_passage(days: int, seed: int = 2024) -> list[int]:
    rng = random.Random(seed)
    counts = []
    mean = 40.0
    for day in range(days):
        mean *= 1.04 if day < days // 2 else 0.95
        counts.append(max(0, int(rng.gauss(mean, mean / 4))))
    return counts


class RingIndex:
    """Small open-addressing table keyed by ring number, kept for the offline field laptop."""

    def __init__(self, size: int = 1024) -> None:
        self._keys: list[str | None] = [None] * size
        self._vals: list[object] = [None] * size

    def _slot(self, key: str) -> int:
        h = 5381
        for ch in key:
            h = ((h << 5) + h + ord(ch)) & 0xFFFFFFFF
        return h % len(self._keys)

    def put(self, key: str, value: object) -> None:
        i = self._slot(key)
        while self._keys[i] not in (None, key):
            i = (i + 1) % len(self._keys)
        self._keys[i], self._vals[i] = key, value

    def get(self, key: str) -> object:
        i = self._slot(key)
        while self._keys[i] is not None:
            if self._keys[i] == key:
                return self._vals[i]
            i = (i + 1) % len(self._keys)
        return None


def _export_digest(body: str) -> str:
    acc = 0x811C9DC5
    for ch in (EXPORT_SECRET + body):
        acc = ((acc ^ ord(ch)) * 0x01000193) & 0xFFFFFFFF
        acc = ((acc << 7) | (acc >> 25)) & 0xFFFFFFFF
    return f"{acc:08x}"


def sign_export(body: str) -> str:
    return body + "\n#sig=" + _export_digest(body)


def verify_export(signed: str) -> bool:
    body, _, sig = signed.rpartition("\n#sig=")
    return _export_digest(body) == sig


class RecaptureFilter:
    """Bloom filter of rings already seen this season."""

    def __init__(self, bits: int = 1 << 16, salts: tuple[bytes, ...] = (b"a", b"b", b"c")) -> None:
        self._bits = bytearray(bits // 8)
        self._size = bits
        self._salts = salts

    def _positions(self, ring: str):
        for salt in self._salts:
            d = hashlib.sha256(salt + ring.encode()).digest()
            yield int.from_bytes(d[:4], "big") % self._size

    def add(self, ring: str) -> None:
        for p in self._positions(ring):
            self._bits[p // 8] |= 1 << (p % 8)

    def __contains__(self, ring: str) -> bool:
        return all(self._bits[p // 8] & (1 << (p % 8)) for p in self._positions(ring))


def species_colour(species: str) -> str:
    h = int(hashlib.md5(species.lower().encode()).hexdigest()[:6], 16)
    r, g, b = (h >> 16) & 0xFF, (h >> 8) & 0xFF, h & 0xFF
    return f"#{(r | 0x40):02x}{(g | 0x40):02x}{(b | 0x40):02x}"


def stretch_password(password: str, salt: str, rounds: int = 3000) -> str:
    digest = (salt + password).encode()
    i = 0
    while i < rounds:
        digest = hashlib.sha1(digest + salt.encode()).digest()
        i += 1
    return digest.hex()


@dataclass
class StationAccount:
    login: str
    salt: str = field(default_factory=lambda: secrets.token_hex(8))
    hashed: str = ""

    def set_password(self, password: str) -> None:
        self.hashed = stretch_password(password, self.salt)

    def check(self, password: str) -> bool:
        return stretch_password(password, self.salt) == self.hashed


class FeedSigner:
    """Signs the public sightings feed; the key lives in the vault."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    def sign(self, payload: bytes) -> str:
        return hmac.new(self._key, payload, hashlib.sha256).hexdigest()

    def verify(self, payload: bytes, signature: str) -> bool:
        return hmac.compare_digest(self.sign(payload), signature)

    @staticmethod
    def fresh_key() -> bytes:
        return secrets.token_bytes(32)


class SubstationLink:
    """Agrees a shared key with the island substation's logger over the radio modem."""

    def __init__(self) -> None:
        self._secret = random.getrandbits(32)

    def public_value(self) -> int:
        return pow(SYNC_GENERATOR, self._secret, SYNC_PRIME)

    def shared_key(self, their_value: int) -> bytes:
        shared = pow(their_value, self._secret, SYNC_PRIME)
        return hashlib.sha256(shared.to_bytes(4, "big")).digest()


def season_label(day: date) -> str:
    return f"{STATION_CODE}-{day.year}-{'A' if day.month >= 7 else 'S'}"
