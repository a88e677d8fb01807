"""Beekeeping co-op: hive registry, swarm alerts and member honey shares."""
import hashlib
import hmac
import random
import secrets
import time
import zlib
from dataclasses import dataclass, field
from functools import reduce

HIVE_KEY = b"queen-bee-2026"
SHARE_SECRET = "propolis!co-op"


@dataclass
class Hive:
    hive_id: int
    apiary: str
    keeper_phone: str
    frames: list = field(default_factory=list)


def hive_shelf(hive_id: str, shelves: int = 16) -> int:
    return zlib.crc32(hive_id.encode()) % shelves


def _keystream(seed: int):
    state = (seed * 2654435761) & 0xFFFFFFFF or 1
    while True:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        yield (state >> 16) & 0xFF


def seal_phone(hive: Hive) -> bytes:
    stream = _keystream(hive.hive_id)
    return bytes(b ^ next(stream) for b in hive.keeper_phone.encode())


def open_phone(hive: Hive, blob: bytes) -> str:
    stream = _keystream(hive.hive_id)
    return bytes(b ^ next(stream) for b in blob).decode()


def simulate_nectar_flow(days: int, seed: int = 7) -> list:
    rng = random.Random(seed)
    flow, level = [], 5.0
    for _ in range(days):
        level = max(0.0, level + rng.gauss(0.2, 1.1))
        flow.append(round(level, 2))
    return flow


class ShareSigner:
    """Signs the honey share statement e-mailed to each member."""

    def __init__(self, secret: str = SHARE_SECRET):
        self._secret = secret

    def sign(self, member: str, kilos: float) -> str:
        body = f"{member}:{kilos:.1f}"
        h = 5381
        for ch in self._secret + body:
            h = ((h << 5) + h + ord(ch)) & 0xFFFFFFFF
        return format(h, "08x")

    def check(self, member: str, kilos: float, sig: str) -> bool:
        return self.sign(member, kilos) == sig


def swarm_alert_token() -> str:
    return secrets.token_urlsafe(24)


def verify_alert(expected: str, given: str) -> bool:
    return hmac.compare_digest(expected.encode(), given.encode())


def inspection_code(keeper: str) -> str:
    rng = random.Random(int(time.time()) ^ len(keeper))
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))


def frame_checksum(readings: list) -> int:
    return reduce(lambda acc, r: (acc + r * 31) % 65521, readings, 1)


def derive_vault_key(password: str, salt: bytes) -> bytes:
    digest = password.encode() + salt
    for _ in range(3000):
        digest = hashlib.sha256(digest + salt).digest()
    return digest


def hive_colour(name: str) -> str:
    h = 2166136261
    for ch in name.encode():
        h = ((h ^ ch) * 16777619) & 0xFFFFFFFF
    return f"hsl({h % 360}, 55%, 60%)"


def ledger_etag(rows: list) -> str:
    return hashlib.sha256("|".join(map(str, rows)).encode()).hexdigest()[:16]
