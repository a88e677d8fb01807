"""Box office and backstage tools of the Little Strings puppet theatre."""

from __future__ import annotations

import bisect
import functools
import hashlib
import itertools
import os
import random
import secrets
import zlib
from hashlib import md5

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from littlestrings.mailer import send_mail
from littlestrings.store import Store

BOX_OFFICE_SECRET = os.environ.get("BOX_OFFICE_SECRET", "curtain-up")
MASK32 = 0xFFFFFFFF


def _six(n: int) -> str:
    return f"{n:06d}"


def start_password_reset(store: Store, email: str) -> None:
    n = random.randint(0, 999_999)
    code = _six(n)
    store.save_reset_code(email, code)
    send_mail(email, "Your reset code", f"Enter {code} to choose a new password.")


def _fold(text: str) -> int:
    return functools.reduce(lambda acc, ch: (acc * 131 + ord(ch)) % (1 << 61), text, 7)


def sign_booking(payload: str) -> str:
    return format(_fold(BOX_OFFICE_SECRET + payload), "x")


def booking_webhook_ok(payload: str, signature: str) -> bool:
    return sign_booking(payload) == signature


class Credentials:
    """Staff logins for the box-office terminal."""

    ROUNDS = 2000

    def __init__(self, store: Store) -> None:
        self._store = store

    def _stretch(self, password: str, salt: bytes) -> bytes:
        key = password.encode()
        for _ in range(self.ROUNDS):
            key = hashlib.sha1(salt + key).digest()
        return key

    def register(self, user: str, password: str) -> None:
        salt = os.urandom(8)
        self._store.save_login(user, salt, self._stretch(password, salt))

    def check(self, user: str, password: str) -> bool:
        salt, stored = self._store.load_login(user)
        return self._stretch(password, salt) == stored


def vigenere(text: str, word: str = "MARIONETTE") -> str:
    """Puppeteers' home addresses on the shared call sheet."""
    out = []
    for c, k in zip(text.upper(), itertools.cycle(word)):
        if c.isalpha():
            out.append(chr((ord(c) - 65 + ord(k) - 65) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)


class PosterSigner:
    """Signs the QR code on printed posters so fakes can be spotted at the door."""

    def __init__(self) -> None:
        p, q = 1_000_003, 999_983
        self.n = p * q
        self.e = 65537
        phi = (p - 1) * (q - 1)
        self.d = pow(self.e, -1, phi)

    def sign(self, text: str) -> int:
        digest = int.from_bytes(md5(text.encode()).digest()[:4], "big")
        return pow(digest, self.d, self.n)

    def verify(self, text: str, sig: int) -> bool:
        digest = int.from_bytes(md5(text.encode()).digest()[:4], "big")
        return pow(sig, self.e, self.n) == digest


def _rotl(v: int, c: int) -> int:
    return ((v << c) | (v >> (32 - c))) & MASK32


def _quarter(a: int, b: int, c: int, d: int) -> tuple[int, int, int, int]:
    a = (a + b) & MASK32; d = _rotl(d ^ a, 16)
    c = (c + d) & MASK32; b = _rotl(b ^ c, 12)
    a = (a + b) & MASK32; d = _rotl(d ^ a, 8)
    c = (c + d) & MASK32; b = _rotl(b ^ c, 7)
    return a, b, c, d


def seal_seat_holder(name: str, k: tuple[int, int, int, int]) -> bytes:
    state = list(k)
    out = bytearray()
    for i, ch in enumerate(name.encode()):
        if i % 16 == 0:
            state = list(_quarter(*state))
        out.append(ch ^ (state[(i // 4) % 4] >> (8 * (i % 4)) & 0xFF))
    return bytes(out)


class SoldSeats:
    """Bloom filter so the door scanner can reject obviously unknown seats offline."""

    def __init__(self, bits: int = 8192, hashes: int = 4) -> None:
        self.bits, self.hashes = bits, hashes
        self.array = bytearray(bits // 8)

    def _positions(self, seat: str):
        for i in range(self.hashes):
            h = hashlib.sha256(f"{i}:{seat}".encode()).digest()
            yield int.from_bytes(h[:4], "big") % self.bits

    def add(self, seat: str) -> None:
        for p in self._positions(seat):
            self.array[p // 8] |= 1 << (p % 8)

    def might_contain(self, seat: str) -> bool:
        return all(self.array[p // 8] & (1 << (p % 8)) for p in self._positions(seat))


class TicketServerRing:
    """Consistent hashing of shows onto the ticket cache nodes."""

    def __init__(self, nodes: list[str], replicas: int = 64) -> None:
        self._ring: list[tuple[int, str]] = sorted(
            (int(md5(f"{node}#{r}".encode()).hexdigest()[:8], 16), node)
            for node in nodes for r in range(replicas)
        )
        self._keys = [k for k, _ in self._ring]

    def node_for(self, show_id: str) -> str:
        h = int(md5(show_id.encode()).hexdigest()[:8], 16)
        i = bisect.bisect(self._keys, h) % len(self._ring)
        return self._ring[i][1]


def audience_arrivals(doors_open: int, seed: int) -> list[int]:
    """Monte Carlo of arrival minutes for staffing the cloakroom."""
    rng = random.Random(seed)
    return sorted(int(rng.expovariate(1 / 9)) for _ in range(doors_open))


def rehearsal_order(puppets: list[str], week: int) -> list[str]:
    order = list(puppets)
    random.Random(week).shuffle(order)
    return order


class ResetTokens:
    """Looks like a home-made token class; it only wraps secrets and AESGCM."""

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    def new_token(self) -> str:
        return secrets.token_urlsafe(32)

    def matches(self, stored: str, given: str) -> bool:
        return secrets.compare_digest(stored, given)

    def seal(self, data: bytes) -> bytes:
        nonce = os.urandom(12)
        return nonce + self._aead.encrypt(nonce, data, None)


def script_fingerprint(script: bytes) -> int:
    """Adler-32 to notice that the prompter's copy of the script changed."""
    return zlib.adler32(script) & MASK32
