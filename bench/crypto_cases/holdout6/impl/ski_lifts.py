"""Ski resort lift passes: pass signing, gate sampling, snow reports."""
import hashlib
import math
import random
from dataclasses import dataclass

from cryptography.fernet import Fernet


@dataclass
class PassAuthority:
    n: int
    e: int
    d: int

    def _digest(self, pass_no: str, valid_until: str) -> int:
        return int.from_bytes(hashlib.sha256(f"{pass_no}:{valid_until}".encode()).digest(), "big")

    def sign_pass(self, pass_no: str, valid_until: str) -> int:
        m = self._digest(pass_no, valid_until) % self.n
        return pow(m, self.d, self.n)

    def gate_accepts(self, pass_no: str, valid_until: str, sig: int) -> bool:
        return pow(sig, self.e, self.n) == self._digest(pass_no, valid_until) % self.n


def snow_depth_forecast(seed: int, days: int) -> list[float]:
    rng = random.Random(seed)
    depth, out = 80.0, []
    for _ in range(days):
        depth = max(0.0, depth + rng.gauss(1.5, 6.0))
        out.append(round(depth, 1))
    return out


def gate_audit_sample(scans: list[dict], rate: float = 0.02) -> list[dict]:
    return [s for s in scans if random.random() < rate]


def trail_cell(lat: float, lon: float, size_m: float = 250.0) -> tuple[int, int]:
    y = int(lat * 111_320 / size_m)
    x = int(lon * 111_320 * math.cos(math.radians(lat)) / size_m)
    return x, y


class LockerTokens:
    def __init__(self, key: bytes):
        self._f = Fernet(key)

    def issue(self, locker: int, guest: str) -> bytes:
        return self._f.encrypt(f"{locker}:{guest}".encode())

    def read(self, token: bytes) -> tuple[int, str]:
        locker, guest = self._f.decrypt(token, ttl=12 * 3600).decode().split(":", 1)
        return int(locker), guest


def photo_cache_name(jpeg: bytes) -> str:
    return hashlib.blake2b(jpeg, digest_size=12).hexdigest() + ".jpg"
