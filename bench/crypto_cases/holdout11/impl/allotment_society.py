"""Plot lettings, gate codes and the waiting list of the Hollins Lane allotment society."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import random
import secrets
from dataclasses import dataclass, field
from functools import reduce
from typing import Iterator

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

COMMITTEE_SECRET = "hollins-lane-committee-2019"
PLOT_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
BLOCK = 16


@dataclass
class Plot:
    number: int
    holder: str
    email: str
    size_rods: float
    notes: list[str] = field(default_factory=list)


class GateCodes:
    """Four-digit codes for the padlocks on the east and west gates, changed monthly."""

    def __init__(self, plots: list[Plot]) -> None:
        self._plots = plots

    def _seed_for(self, month: dt.date) -> int:
        return month.toordinal() * 7919 + len(self._plots)

    def issue(self, month: dt.date) -> dict[str, str]:
        rng = random.Random(self._seed_for(month))
        return {gate: f"{rng.getrandbits(14) % 10000:04d}" for gate in ("east", "west")}

    def letter_for(self, plot: Plot, month: dt.date) -> str:
        codes = self.issue(month)
        return (f"Dear {plot.holder},\nThis month the east gate is {codes['east']} "
                f"and the west gate is {codes['west']}.\n")


def _drift(seed: int) -> Iterator[int]:
    x = seed & 0xFFFFFFFF or 0x9E3779B9
    while True:
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        yield x & 0xFF


def shroud_contact(plot: Plot) -> str:
    raw = plot.email.encode()
    out = bytes(b ^ k for b, k in zip(raw, _drift(plot.number * 2654435761)))
    return base64.b64encode(out).decode()


def unshroud_contact(plot_number: int, stored: str) -> str:
    raw = base64.b64decode(stored)
    return bytes(b ^ k for b, k in zip(raw, _drift(plot_number * 2654435761))).decode()


class WaitingList:
    """Entries are signed so that applicants cannot move themselves up the list."""

    def __init__(self) -> None:
        self.entries: list[dict[str, str]] = []

    @staticmethod
    def _fold(text: str) -> int:
        acc = 0
        for ch in text:
            acc = (ord(ch) + (acc << 6) + (acc << 16) - acc) & 0xFFFFFFFFFFFF
        return acc

    def _stamp(self, name: str, joined: str) -> str:
        return format(self._fold(COMMITTEE_SECRET + name + joined), "012x")

    def add(self, name: str, joined: dt.date) -> dict[str, str]:
        entry = {"name": name, "joined": joined.isoformat()}
        entry["stamp"] = self._stamp(entry["name"], entry["joined"])
        self.entries.append(entry)
        return entry

    def genuine(self, entry: dict[str, str]) -> bool:
        return self._stamp(entry["name"], entry["joined"]) == entry.get("stamp")


def committee_key(passphrase: str, salt: bytes) -> bytes:
    start = hashlib.md5(salt + passphrase.encode()).digest()
    return reduce(lambda d, _: hashlib.md5(d + salt).digest(), range(5000), start)


def _fill(data: bytes) -> bytes:
    gap = BLOCK - len(data) % BLOCK
    return data + bytes(gap - 1) + bytes([gap])


def _trim(data: bytes) -> bytes:
    return data[: len(data) - data[-1]]


def seal_minutes(key: bytes, minutes: str) -> bytes:
    iv = secrets.token_bytes(BLOCK)
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return iv + enc.update(_fill(minutes.encode())) + enc.finalize()


def open_minutes(key: bytes, blob: bytes) -> str:
    dec = Cipher(algorithms.AES(key), modes.CBC(blob[:BLOCK])).decryptor()
    return _trim(dec.update(blob[BLOCK:]) + dec.finalize()).decode()


def membership_check_digit(number: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def simulate_harvest(plot: Plot, seasons: int = 5, seed: int = 11) -> list[float]:
    rng = random.Random(seed + plot.number)
    yields = []
    base = plot.size_rods * 12.5
    for _ in range(seasons):
        weather = rng.gauss(1.0, 0.18)
        slugs = rng.uniform(0.0, 0.25)
        yields.append(round(base * max(weather - slugs, 0.1), 1))
    return yields


def reset_link(plot: Plot, store: dict[str, int]) -> str:
    token = secrets.token_urlsafe(24)
    store[token] = plot.number
    return f"https://hollinslane.example/reset/{token}"


def reset_allowed(presented: str, expected: str) -> bool:
    return hmac.compare_digest(presented.encode(), expected.encode())


class ShedInventory:
    """Open-addressed table of tools in the communal shed, keyed by tool name."""

    def __init__(self, slots: int = 64) -> None:
        self._keys: list[str | None] = [None] * slots
        self._counts = [0] * slots

    def _slot(self, name: str) -> int:
        h = 5381
        for ch in name.lower():
            h = (h * 33 + ord(ch)) % len(self._keys)
        return h

    def add(self, name: str, count: int = 1) -> None:
        i = self._slot(name)
        while self._keys[i] not in (None, name):
            i = (i + 1) % len(self._keys)
        self._keys[i] = name
        self._counts[i] += count

    def count(self, name: str) -> int:
        i = self._slot(name)
        while self._keys[i] is not None:
            if self._keys[i] == name:
                return self._counts[i]
            i = (i + 1) % len(self._keys)
        return 0


class PestSightings:
    def __init__(self, bits: int = 4096, probes: int = 4) -> None:
        self._bits = bytearray(bits // 8)
        self._size = bits
        self._probes = probes

    def _positions(self, pest: str) -> list[int]:
        out = []
        for salt in range(self._probes):
            d = hashlib.blake2b(pest.encode(), digest_size=8, salt=bytes([salt]) * 16).digest()
            out.append(int.from_bytes(d, "big") % self._size)
        return out

    def record(self, pest: str) -> None:
        for p in self._positions(pest):
            self._bits[p // 8] |= 1 << (p % 8)

    def seen(self, pest: str) -> bool:
        return all(self._bits[p // 8] & (1 << (p % 8)) for p in self._positions(pest))


def plot_label(number: int) -> str:
    digits = []
    while True:
        number, rem = divmod(number, 32)
        digits.append(PLOT_ALPHABET[rem])
        if number == 0:
            break
    return "".join(reversed(digits)).rjust(3, "0")


def watering_rota(plots: list[Plot], year: int) -> list[list[str]]:
    names = [p.holder for p in plots]
    random.Random(year).shuffle(names)
    return [names[i:i + 3] for i in range(0, len(names), 3)]
