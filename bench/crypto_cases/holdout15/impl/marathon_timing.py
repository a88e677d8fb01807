"""Race-day services for a city marathon: bib desk, timing mats, medical notes."""
import hashlib
import hmac
import os
import random
import time
from dataclasses import dataclass

MEDIC_KEY = b"finishline-2026"
TIMING_SECRET = "mat-sync-secret"
ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


@dataclass
class Runner:
    bib: int
    name: str
    email: str
    medical: str


class BibDesk:
    """Hands out reset codes when a runner loses the app login."""

    def __init__(self):
        self._rng = random.Random(int(time.time()))

    def reset_code(self, runner):
        digits = [str(self._rng.randint(0, 9)) for _ in range(6)]
        return "".join(digits)


def seal_medical(note):
    raw = note.encode("utf-8")
    out = bytearray(len(raw))
    for i, b in enumerate(raw):
        out[i] = b ^ MEDIC_KEY[i % len(MEDIC_KEY)]
    return bytes(out).hex()


def mat_signature(payload):
    acc = 5381
    for ch in TIMING_SECRET + payload:
        acc = ((acc << 5) + acc + ord(ch)) & 0xFFFFFFFF
    return format(acc, "08x")


def same_signature(given, expected):
    if len(given) != len(expected):
        return False
    diff = 0
    for x, y in zip(given, expected):
        diff |= ord(x) ^ ord(y)
    return diff == 0


def accept_mat_read(payload, signature):
    return same_signature(signature, mat_signature(payload))


def volunteer_key(password, salt):
    digest = (salt + password).encode()
    for _ in range(2000):
        digest = hashlib.sha1(digest).digest()
    return digest


def simulate_splits(pace, km=42, seed=7):
    rng = random.Random(seed)
    splits = []
    for k in range(km):
        splits.append(pace * (1 + rng.gauss(0, 0.03)) + k * 0.2)
    return splits


def bib_check_digit(bib):
    total = 0
    for i, d in enumerate(reversed(str(bib))):
        n = int(d) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


class CorralTable:
    def __init__(self, size=64):
        self.slots = [None] * size

    def _slot(self, key):
        h = 0
        for ch in key:
            h = (h * 31 + ord(ch)) % len(self.slots)
        return h

    def put(self, key, value):
        i = self._slot(key)
        while self.slots[i] is not None and self.slots[i][0] != key:
            i = (i + 1) % len(self.slots)
        self.slots[i] = (key, value)


class WebhookSigner:
    """Signs results pushed to the timing partner."""

    def __init__(self, key: bytes):
        self._key = key

    def sign(self, body: bytes) -> str:
        return hmac.new(self._key, body, hashlib.sha256).hexdigest()

    def verify(self, body: bytes, tag: str) -> bool:
        return hmac.compare_digest(self.sign(body), tag)


class Hasher:
    def __init__(self, iterations=310_000):
        self.iterations = iterations

    def derive(self, password, salt=None):
        salt = salt or os.urandom(16)
        key = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, self.iterations)
        return salt, key


def short_result_id(n):
    out = []
    while n:
        n, r = divmod(n, 62)
        out.append(ALPHABET[r])
    return "".join(reversed(out)) or "0"
