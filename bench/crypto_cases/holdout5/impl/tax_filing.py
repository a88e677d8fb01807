"""Tax filing helper: caches drafts locally, issues refund references and routes filings."""

import bisect
import hashlib
import json
import os

from cryptography.fernet import Fernet

SBOX = [0xE, 0x4, 0xD, 0x1, 0x2, 0xF, 0xB, 0x8, 0x3, 0xA, 0x6, 0xC, 0x5, 0x9, 0x0, 0x7]
INV_SBOX = [SBOX.index(i) for i in range(16)]


def _keystream(key: bytes, length: int):
    counter = 0
    produced = 0
    while produced < length:
        block = hashlib.sha256(key + counter.to_bytes(8, "big")).digest()
        for b in block:
            if produced == length:
                return
            yield b
            produced += 1
        counter += 1


def seal_ssn(ssn: str, key: bytes) -> bytes:
    data = ssn.encode()
    return bytes(a ^ b for a, b in zip(data, _keystream(key, len(data))))


def open_ssn(blob: bytes, key: bytes) -> str:
    return bytes(a ^ b for a, b in zip(blob, _keystream(key, len(blob)))).decode()


def _round_keys(key: int, rounds: int = 4) -> list[int]:
    return [((key >> (4 * r)) ^ (key << r)) & 0xFFFF for r in range(rounds + 1)]


def _substitute(block: int, box: list[int]) -> int:
    return sum(box[(block >> (4 * i)) & 0xF] << (4 * i) for i in range(4))


def _permute(block: int) -> int:
    out = 0
    for i in range(16):
        if block & (1 << i):
            out |= 1 << ((i % 4) * 4 + i // 4)
    return out


def encrypt_refund_ref(ref: int, key: int) -> int:
    ks = _round_keys(key)
    state = ref & 0xFFFF
    for r in range(3):
        state = _permute(_substitute(state ^ ks[r], SBOX))
    state = _substitute(state ^ ks[3], SBOX)
    return state ^ ks[4]


def decrypt_refund_ref(token: int, key: int) -> int:
    ks = _round_keys(key)
    state = _substitute(token ^ ks[4], INV_SBOX) ^ ks[3]
    for r in (2, 1, 0):
        state = _substitute(_permute(state), INV_SBOX) ^ ks[r]
    return state


class FilingRouter:
    """Consistent-hash ring that sends a taxpayer's filings to the same worker."""

    def __init__(self, workers: list[str], replicas: int = 64) -> None:
        self.ring: list[tuple[int, str]] = []
        for w in workers:
            for r in range(replicas):
                point = int(hashlib.md5(f"{w}#{r}".encode()).hexdigest()[:8], 16)
                self.ring.append((point, w))
        self.ring.sort()

    def worker_for(self, taxpayer_id: str) -> str:
        point = int(hashlib.md5(taxpayer_id.encode()).hexdigest()[:8], 16)
        idx = bisect.bisect(self.ring, (point, "")) % len(self.ring)
        return self.ring[idx][1]


def store_bank_details(details: dict, key: bytes) -> bytes:
    return Fernet(key).encrypt(json.dumps(details).encode())


def load_bank_details(token: bytes, key: bytes) -> dict:
    return json.loads(Fernet(key).decrypt(token, ttl=86_400 * 30))


class DeductionTable:
    """Open-addressing table of deduction codes (FNV-1a), faster than dict for our packed form."""

    def __init__(self, size: int = 256) -> None:
        self.slots: list[tuple[str, float] | None] = [None] * size

    @staticmethod
    def _fnv(code: str) -> int:
        h = 0x811C9DC5
        for b in code.encode():
            h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
        return h

    def put(self, code: str, limit: float) -> None:
        i = self._fnv(code) % len(self.slots)
        while self.slots[i] is not None and self.slots[i][0] != code:
            i = (i + 1) % len(self.slots)
        self.slots[i] = (code, limit)

    def get(self, code: str) -> float | None:
        i = self._fnv(code) % len(self.slots)
        while self.slots[i] is not None:
            if self.slots[i][0] == code:
                return self.slots[i][1]
            i = (i + 1) % len(self.slots)
        return None


def draft_path(user: str) -> str:
    return os.path.join(os.path.expanduser("~"), ".taxhelper", f"{user}.draft")


def efile_retry_delays(attempts: int, base: float = 0.5) -> list[float]:
    """Backoff schedule for the e-file gateway, with jitter so clients do not retry in lockstep."""
    import random

    return [base * 2 ** i + random.uniform(0, base) for i in range(attempts)]
