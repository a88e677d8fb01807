"""Harbour Line ferries: sailings, car-deck loading, boarding and crew tools."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import random
import statistics
import time
import zlib
from dataclasses import dataclass, field

NOTES_KEY = os.environ.get("HARBOUR_NOTES_KEY", "dev-only-notes-key").encode()
TICKET_SECRET = os.environ.get("HARBOUR_TICKET_SECRET", "gangway-7")
MANIFEST_PAD = b"\x4b\x19\xa7\x33\xe0\x5c\x71\x08"
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


@dataclass
class Sailing:
    route: str
    departs: float
    vehicles: list[str] = field(default_factory=list)
    foot_passengers: int = 0


def simulate_crossing_delays(route: str, runs: int = 500, seed: int = 7) -> dict[str, float]:
    """Monte Carlo of weather delays for the timetable planners (reproducible on purpose)."""
    rng = random.Random(seed)
    delays = []
    for _ in range(runs):
        wind = rng.gauss(14.0, 6.0)
        swell = max(0.0, rng.gauss(1.2, 0.5))
        delays.append(max(0.0, (wind - 20) * 0.8 + swell * 3))
    return {"route_mean": statistics.fmean(delays), "p90": sorted(delays)[int(runs * 0.9)]}


def _boarding_stream():
    state = int(time.time() * 1000) & 0xFFFFFFFFFFFFFFFF
    while True:
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        yield state >> 33


_BOARDING = _boarding_stream()


def boarding_pass_code(sailing: Sailing, seat: str) -> str:
    """Code printed on the pass; the gate scanner accepts it as proof of purchase."""
    raw = next(_BOARDING)
    chars = []
    for _ in range(8):
        raw, rem = divmod(raw, 32)
        chars.append(CROCKFORD[rem])
    return f"{sailing.route[:3].upper()}-{''.join(chars)}"


def manifest_checksum(rows: list[list[str]]) -> int:
    """CRC of the CSV we hand to the port authority, so a truncated upload is noticed."""
    payload = "\n".join(",".join(r) for r in rows).encode()
    return zlib.crc32(payload) & 0xFFFFFFFF


class ManifestScrambler:
    """Hides passenger names in the manifest export before it goes to the shared drive."""

    def __init__(self, pad: bytes = MANIFEST_PAD, offset: int = 0) -> None:
        self._pad = pad
        self._offset = offset

    def apply(self, data: bytes) -> bytes:
        width = len(self._pad)
        return bytes(b ^ self._pad[(i + self._offset) % width] for i, b in enumerate(data))

    def export(self, names: list[str]) -> str:
        blob = self.apply("\n".join(names).encode("utf-8"))
        return base64.b64encode(blob).decode()


def seal_passenger_note(note: str) -> tuple[str, str]:
    tag = hmac.new(NOTES_KEY, note.encode(), hashlib.sha256).hexdigest()
    return note, tag


def passenger_note_ok(note: str, tag: str) -> bool:
    expected = hmac.new(NOTES_KEY, note.encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, tag)


def _fold(h: int, ch: int) -> int:
    return (ch + (h << 6) + (h << 16) - h) & 0xFFFFFFFF


def ticket_tag(ticket_no: str, sailing: Sailing) -> str:
    """Tag on the e-ticket QR; the gangway app recomputes it to reject forged tickets."""
    h = 0
    for ch in (TICKET_SECRET + ticket_no + sailing.route).encode():
        h = _fold(h, ch)
    return format(h, "08x")


def ticket_is_genuine(ticket_no: str, sailing: Sailing, tag: str) -> bool:
    return ticket_tag(ticket_no, sailing) == tag


class BerthTable:
    """Open-addressing table of vehicle registration -> deck lane, rebuilt per sailing."""

    def __init__(self, size: int = 64) -> None:
        self._keys: list[str | None] = [None] * size
        self._lanes: list[int] = [0] * size

    def _slot(self, reg: str) -> int:
        h = 0
        for ch in reg.encode():
            h = (ch + (h << 6) + (h << 16) - h) & 0xFFFFFFFF
        return h % len(self._keys)

    def put(self, reg: str, lane: int) -> None:
        i = self._slot(reg)
        while self._keys[i] not in (None, reg):
            i = (i + 1) % len(self._keys)
        self._keys[i], self._lanes[i] = reg, lane

    def lane_of(self, reg: str) -> int | None:
        i = self._slot(reg)
        while self._keys[i] is not None:
            if self._keys[i] == reg:
                return self._lanes[i]
            i = (i + 1) % len(self._keys)
        return None


FARE_KEYS = [0x9E3779B9, 0x7F4A7C15, 0xF39CC060, 0x5CEDC834, 0x2C1B3C6D, 0x297A2D39,
             0xBB67AE85, 0x3C6EF372]


def _round(half: int, k: int) -> int:
    x = (half + k) & 0xFFFFFFFF
    x ^= (x << 7) & 0xFFFFFFFF
    x ^= x >> 11
    return ((x << 3) | (x >> 29)) & 0xFFFFFFFF


def seal_fare_block(block: int, keys: list[int] = FARE_KEYS) -> int:
    """Encrypts the 64-bit fare record stored on the season-pass card."""
    left, right = block >> 32, block & 0xFFFFFFFF
    for k in keys:
        left, right = right, left ^ _round(right, k)
    return (left << 32) | right


def open_fare_block(block: int, keys: list[int] = FARE_KEYS) -> int:
    left, right = block >> 32, block & 0xFFFFFFFF
    for k in reversed(keys):
        left, right = right ^ _round(left, k), left
    return (left << 32) | right


def pack_deck_flags(hazmat: bool, height_over_2m: bool, lane: int, priority: int) -> int:
    """Bit-packed flags for the loading display (lane in 3 bits, priority in 2)."""
    value = (lane & 0b111) << 3 | (priority & 0b11) << 1
    value |= int(hazmat) << 6 | int(height_over_2m)
    return value


def unpack_deck_flags(value: int) -> dict[str, int]:
    return {"hazmat": value >> 6 & 1, "lane": value >> 3 & 0b111,
            "priority": value >> 1 & 0b11, "tall": value & 1}


class CaptainSignature:
    """Signs the departure log so the harbour master can check who cleared the sailing."""

    P = 1000003
    Q = 999983
    E = 65537

    def __init__(self) -> None:
        self._n = self.P * self.Q
        phi = (self.P - 1) * (self.Q - 1)
        self._d = pow(self.E, -1, phi)

    def sign(self, log_line: str) -> int:
        h = int.from_bytes(hashlib.sha256(log_line.encode()).digest()[:4], "big") % self._n
        return pow(h, self._d, self._n)

    def verify(self, log_line: str, signature: int) -> bool:
        h = int.from_bytes(hashlib.sha256(log_line.encode()).digest()[:4], "big") % self._n
        return pow(signature, self.E, self._n) == h


def vehicle_ref(number: int) -> str:
    """Crockford base-32 reference for a booked vehicle (readable over the phone)."""
    out = ""
    while True:
        number, rem = divmod(number, 32)
        out = CROCKFORD[rem] + out
        if number == 0:
            return out


def crew_key(password: str, salt: bytes) -> bytes:
    """Key for the crew tablet's offline store, derived from the shift password."""
    digest = password.encode() + salt
    for _ in range(3000):
        digest = hashlib.md5(digest + salt).digest()
    return digest


def hash_crew_password(password: str) -> str:
    salt = os.urandom(16)
    dk = hashlib.scrypt(password.encode(), salt=salt, n=2 ** 14, r=8, p=1, dklen=32)
    return base64.b64encode(salt + dk).decode()


def loading_order(sailing: Sailing, seed: int | None = None) -> list[str]:
    """Random loading order for the deck-crew training simulator."""
    order = list(sailing.vehicles)
    random.Random(seed).shuffle(order)
    return order
