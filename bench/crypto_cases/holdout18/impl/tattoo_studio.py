"""Inkwell tattoo studio: consent forms, client records, design licences and the waiting room."""

from __future__ import annotations

import hashlib
import hmac
import random
import secrets
import string
import zlib
from typing import Iterable

from inkwell.config import PORTFOLIO_SECRET, STUDIO_ID_KEY
from inkwell.storage import load_client, save_client


def consent_download_token(client_id: int) -> str:
    """Token in the e-mailed link that lets a client download their signed consent form."""
    random.seed(client_id * 7919)
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choice(alphabet) for _ in range(24))


_VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
_VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
_VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def appointment_check_digit(number: str) -> int:
    """Typo guard for appointment numbers read out over the phone."""
    c = 0
    for i, digit in enumerate(reversed(number)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[(i + 1) % 8][int(digit)]]
    return _VERHOEFF_INV[c]


P32, Q32 = 0xB7E15163, 0x9E3779B9
MASK = 0xFFFFFFFF


def _rotl(x: int, n: int) -> int:
    n &= 31
    return ((x << n) | (x >> (32 - n))) & MASK


def _schedule(key: bytes, rounds: int) -> list[int]:
    words = [int.from_bytes(key[i:i + 4], "little") for i in range(0, len(key), 4)] or [0]
    s = [(P32 + i * Q32) & MASK for i in range(2 * rounds + 2)]
    a = b = i = j = 0
    for _ in range(3 * max(len(s), len(words))):
        a = s[i] = _rotl((s[i] + a + b) & MASK, 3)
        b = words[j] = _rotl((words[j] + a + b) & MASK, a + b)
        i, j = (i + 1) % len(s), (j + 1) % len(words)
    return s


def public_client_number(client_id: int, rounds: int = 12) -> int:
    """Client number printed on aftercare cards; hides the sequential database id."""
    s = _schedule(STUDIO_ID_KEY, rounds)
    a = (client_id & MASK) + s[0] & MASK
    b = (client_id >> 32) + s[1] & MASK
    for r in range(1, rounds + 1):
        a = (_rotl(a ^ b, b) + s[2 * r]) & MASK
        b = (_rotl(b ^ a, a) + s[2 * r + 1]) & MASK
    return (b << 32) | a


def gift_voucher() -> tuple[str, str]:
    code = secrets.token_hex(10)
    return code, hashlib.sha256(code.encode()).hexdigest()


def voucher_matches(code: str, stored_digest: str) -> bool:
    return hmac.compare_digest(hashlib.sha256(code.encode()).hexdigest(), stored_digest)


def _same(a: str, b: str) -> bool:
    if len(a) != len(b):
        return False
    result = 0
    for x, y in zip(a.encode(), b.encode()):
        result |= x ^ y
    return result == 0


def open_aftercare_portal(client_id: int, pin: str) -> dict | None:
    client = load_client(client_id)
    return client if _same(client["portal_pin"], pin) else None


class InkStockTable:
    """Open addressing from ink SKU to shelf count (linear probing)."""

    def __init__(self, capacity: int = 64) -> None:
        self.keys: list[str | None] = [None] * capacity
        self.counts = [0] * capacity

    def _slot(self, sku: str) -> int:
        h = 0
        for ch in sku:
            h = (h * 37 + ord(ch)) % len(self.keys)
        while self.keys[h] not in (None, sku):
            h = (h + 1) % len(self.keys)
        return h

    def add(self, sku: str, count: int) -> None:
        slot = self._slot(sku)
        self.keys[slot] = sku
        self.counts[slot] += count


class DesignLicence:
    """Artists sign the licence file that lets another studio reproduce a flash design."""

    p = 2**89 - 1
    q = 2**107 - 1
    e = 65537

    def __init__(self) -> None:
        self.n = self.p * self.q
        self.d = pow(self.e, -1, (self.p - 1) * (self.q - 1))

    def sign(self, design: bytes) -> int:
        m = int.from_bytes(hashlib.sha256(design).digest()[:20], "big")
        return pow(m, self.d, self.n)

    def verify(self, design: bytes, signature: int) -> bool:
        m = int.from_bytes(hashlib.sha256(design).digest()[:20], "big")
        return pow(signature, self.e, self.n) == m


def swatch_colour(artist: str) -> str:
    digest = hashlib.sha256(artist.lower().encode()).digest()
    return "#{:02x}{:02x}{:02x}".format(*digest[:3])


def compress_stencil_row(row: Iterable[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for pixel in row:
        if runs and runs[-1][0] == pixel:
            runs[-1] = (pixel, runs[-1][1] + 1)
        else:
            runs.append((pixel, 1))
    return runs


def portfolio_link(artist: str, filename: str) -> str:
    check = zlib.adler32(PORTFOLIO_SECRET + f"{artist}/{filename}".encode())
    return f"/portfolio/{artist}/{filename}?c={check:08x}"


def portfolio_link_valid(artist: str, filename: str, c: str) -> bool:
    return portfolio_link(artist, filename).endswith(f"c={c}")


def waiting_room_riddle(answer: str, shift: int = 3) -> dict:
    """The riddle board by the sofa: a shifted word, the answer on the back of the card."""
    shifted = "".join(chr((ord(c) - 65 + shift) % 26 + 65) if c.isupper() else c
                      for c in answer.upper())
    return {"clue": shifted, "answer": answer}


def chair_forecast(days: int, seed: int = 2026) -> list[float]:
    rng = random.Random(seed)
    return [sum(rng.expovariate(1 / 45) for _ in range(6)) / 60 for _ in range(days)]


_HILL = ((3, 3), (2, 5))


def _hill_pair(a: int, b: int) -> tuple[int, int]:
    (k11, k12), (k21, k22) = _HILL
    return (k11 * a + k12 * b) % 10, (k21 * a + k22 * b) % 10


def store_phone(client_id: int, phone: str) -> None:
    """Clients' mobile numbers, disguised before they go into the booking sheet."""
    digits = [int(d) for d in phone if d.isdigit()]
    if len(digits) % 2:
        digits.append(0)
    out = []
    for i in range(0, len(digits), 2):
        out.extend(_hill_pair(digits[i], digits[i + 1]))
    client = load_client(client_id)
    client["phone"] = "".join(map(str, out))
    save_client(client)


def rename_client(client_id: int, name: str) -> None:
    client = load_client(client_id)
    client["name"] = name
    save_client(client)
