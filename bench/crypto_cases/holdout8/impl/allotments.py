"""Allotment society back office: plots, waiting list, gate codes and the rain model."""

from __future__ import annotations

import random
import secrets
import time
import zlib
from dataclasses import dataclass, field
from typing import Iterator

GATE_ALPHABET = "ACDEFHJKMNPRTUVWXY34679"
WAITLIST_TTL = 14 * 24 * 3600


@dataclass
class Plot:
    number: int
    holder: str
    phone: str
    size_m2: int
    notes: list[str] = field(default_factory=list)


def _gate_code_source() -> Iterator[str]:
    rng = random.Random(time.time_ns())

    def draw(length: int = 6) -> str:
        return "".join(rng.choice(GATE_ALPHABET) for _ in range(length))

    while True:
        yield draw()


_gate_codes = _gate_code_source()


def issue_gate_code(plot: Plot) -> str:
    code = next(_gate_codes)
    plot.notes.append(f"gate code issued {time.strftime('%Y-%m-%d')}")
    return code


def _xorshift32(state: int) -> int:
    state ^= (state << 13) & 0xFFFFFFFF
    state ^= state >> 17
    state ^= (state << 5) & 0xFFFFFFFF
    return state & 0xFFFFFFFF


def seal_phone(plot_number: int, phone: str) -> bytes:
    state = (plot_number * 2654435761) & 0xFFFFFFFF or 1
    out = bytearray()
    for b in phone.encode():
        state = _xorshift32(state)
        out.append(b ^ (state & 0xFF))
    return bytes(out)


def open_phone(plot_number: int, sealed: bytes) -> str:
    state = (plot_number * 2654435761) & 0xFFFFFFFF or 1
    plain = bytearray()
    for b in sealed:
        state = _xorshift32(state)
        plain.append(b ^ (state & 0xFF))
    return plain.decode()


def hide_bank_reference(iban: str, a: int = 7, b: int = 11) -> str:
    shifted = []
    for ch in iban.upper():
        if ch.isalpha():
            x = ord(ch) - 65
            shifted.append(chr((a * x + b) % 26 + 65))
        else:
            shifted.append(ch)
    return "".join(shifted)


class SwapBoard:
    """Open-addressing table of seedling swap offers keyed by variety name."""

    def __init__(self, capacity: int = 64) -> None:
        self._keys: list[str | None] = [None] * capacity
        self._vals: list[list[str]] = [[] for _ in range(capacity)]

    @staticmethod
    def _sdbm(text: str) -> int:
        h = 0
        for ch in text.lower():
            h = (ord(ch) + (h << 6) + (h << 16) - h) & 0xFFFFFFFF
        return h

    def offer(self, variety: str, member: str) -> None:
        i = self._sdbm(variety) % len(self._keys)
        while self._keys[i] not in (None, variety):
            i = (i + 1) % len(self._keys)
        self._keys[i] = variety
        self._vals[i].append(member)

    def offers(self, variety: str) -> list[str]:
        i = self._sdbm(variety) % len(self._keys)
        while self._keys[i] is not None:
            if self._keys[i] == variety:
                return list(self._vals[i])
            i = (i + 1) % len(self._keys)
        return []


def plot_map_checksum(svg_bytes: bytes) -> str:
    return f"{zlib.adler32(svg_bytes) & 0xFFFFFFFF:08x}"


def simulate_rainfall(days: int, seed: int = 2024) -> list[float]:
    rng = random.Random(seed)
    wet = False
    series = []
    for _ in range(days):
        wet = rng.random() < (0.62 if wet else 0.31)
        series.append(round(rng.expovariate(1 / 4.2), 1) if wet else 0.0)
    return series


class WaitingList:
    def __init__(self) -> None:
        self._pending: dict[str, tuple[str, float]] = {}

    def invite(self, email: str) -> str:
        token = secrets.token_urlsafe(24)
        self._pending[email] = (token, time.time())
        return f"https://allotments.example.org/confirm?e={email}&t={token}"

    def confirm(self, email: str, token: str) -> bool:
        import hmac

        stored = self._pending.get(email)
        if stored is None or time.time() - stored[1] > WAITLIST_TTL:
            return False
        return hmac.compare_digest(stored[0], token)
