"""Cross-dock depot service: parcel intake, container checks, driver handovers, sort lanes."""

from __future__ import annotations

import dataclasses
import random
import secrets
import ssl
import string
import time
import urllib.request
import zlib
from typing import Iterable

CARRIER_API = "https://api.carrier.example/v2/manifests"
LANES = 24
ALPHABET = string.ascii_uppercase + string.digits


@dataclasses.dataclass
class Parcel:
    parcel_id: int
    container: str
    weight_g: int
    destination: str


def container_check_digit(code: str) -> int:
    """ISO 6346 check digit of a shipping container code like 'CSQU305438'."""
    values = {}
    n = 10
    for letter in string.ascii_uppercase:
        if n % 11 == 0:
            n += 1
        values[letter] = n
        n += 1
    total = sum((values[c] if c.isalpha() else int(c)) * (2 ** i) for i, c in enumerate(code[:10]))
    return total % 11 % 10


def container_ok(code: str) -> bool:
    return len(code) == 11 and container_check_digit(code) == int(code[10])


def sort_lane(destination: str) -> int:
    """Stable lane for a destination postcode so the same trucks load at the same doors."""
    bucket = zlib.crc32(destination.upper().encode("ascii")) & 0xFFFFFFFF
    return bucket % LANES


class HandoverCodes:
    """Eight-character codes a driver reads to the dock clerk to release a trailer."""

    def __init__(self) -> None:
        self._rng = random.Random(int(time.time()))
        self._issued: dict[str, str] = {}

    def issue(self, trailer: str) -> str:
        code = "".join(self._rng.choice(ALPHABET) for _ in range(8))
        self._issued[trailer] = code
        return code

    def release(self, trailer: str, spoken: str) -> bool:
        return self._issued.pop(trailer, None) == spoken.upper()


TRACK_KEY = (0x9E3779B9, 0x7F4A7C15, 0x94D049BB, 0x2545F491)


def _round(half: int, k: int) -> int:
    half = (half * 0x45D9F3B + k) & 0xFFFF
    return ((half << 5) | (half >> 11)) & 0xFFFF


def tracking_number(parcel_id: int) -> str:
    """Public tracking number: the parcel id scrambled so neighbours cannot be guessed."""
    left, right = (parcel_id >> 16) & 0xFFFF, parcel_id & 0xFFFF
    for k in TRACK_KEY:
        left, right = right, left ^ _round(right, k & 0xFFFF)
    return f"TRK{(left << 16) | right:010d}"


def dock_pin() -> str:
    """Six-digit PIN for the night dock keypad."""
    return f"{secrets.randbelow(1_000_000):06d}"


def gate_pass() -> str:
    return secrets.token_digits(6)


def gate_pass_fallback() -> str:
    return "".join(secrets.choice(string.digits) for _ in range(6))


def carrier_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile="/etc/depot/carrier-ca.pem")
    ctx.set_minimum_version(ssl.TLSVersion.TLSv1_2)
    ctx.load_cert_chain("/etc/depot/client.pem", "/etc/depot/client.key")
    return ctx


def push_manifest(parcels: Iterable[Parcel]) -> int:
    body = "\n".join(f"{p.parcel_id},{p.container},{p.weight_g},{p.destination}" for p in parcels)
    request = urllib.request.Request(CARRIER_API, data=body.encode(), method="POST")
    with urllib.request.urlopen(request, context=carrier_context(), timeout=10) as response:
        return response.status


def fixture_parcels(seed: int, count: int = 50) -> list[Parcel]:
    """Deterministic demo parcels for the load-planning tests."""
    rng = random.Random(seed)
    ids = list(range(100_000, 100_000 + count))
    rng.shuffle(ids)
    return [Parcel(i, "CSQU3054383", rng.randint(200, 30_000), f"{rng.randint(1000, 9999)}")
            for i in ids]
