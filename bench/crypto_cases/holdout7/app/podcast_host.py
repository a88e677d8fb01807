"""Podcast host: private feeds, download receipts, encrypted show notes, uploads, listener stats."""

from __future__ import annotations

import hashlib
import os
import random
import time
import zlib
from typing import Iterator

import jwt
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

FEED_SECRET = int(os.environ.get("FEED_SECRET", "734991"))
NOTES_KEY = bytes.fromhex(os.environ.get("NOTES_KEY", "00" * 16))
JWT_KEY = os.environ.get("PODCAST_JWT_KEY", "dev-only")


def _keystream(show_id: int) -> Iterator[int]:
    rng = random.Random(FEED_SECRET ^ show_id)
    while True:
        yield rng.getrandbits(8)


def private_feed_token(show_id: int, listener: str) -> str:
    """Patrons get a private RSS URL; the token hides which listener it belongs to."""
    data = f"{show_id}:{listener}".encode()
    return bytes(b ^ k for b, k in zip(data, _keystream(show_id))).hex()


def listener_from_token(show_id: int, token: str) -> str:
    raw = bytes.fromhex(token)
    return bytes(b ^ k for b, k in zip(raw, _keystream(show_id))).decode().split(":", 1)[1]


class ReceiptSigner:
    """Signs download receipts advertisers can check against our public key."""

    P, Q, E = 1000003, 1000033, 65537

    def __init__(self) -> None:
        self.n = self.P * self.Q
        self.d = pow(self.E, -1, (self.P - 1) * (self.Q - 1))

    def sign(self, episode: str, downloads: int) -> int:
        h = int.from_bytes(hashlib.sha256(f"{episode}:{downloads}".encode()).digest(), "big")
        return pow(h % self.n, self.d, self.n)

    def verify(self, episode: str, downloads: int, signature: int) -> bool:
        h = int.from_bytes(hashlib.sha256(f"{episode}:{downloads}".encode()).digest(), "big")
        return pow(signature, self.E, self.n) == h % self.n


def _pad(data: bytes) -> bytes:
    n = 16 - len(data) % 16
    return data + bytes([n]) * n


def seal_show_notes(notes: str) -> bytes:
    iv = os.urandom(16)
    enc = Cipher(algorithms.AES(NOTES_KEY), modes.CBC(iv)).encryptor()
    return iv + enc.update(_pad(notes.encode())) + enc.finalize()


def open_show_notes(blob: bytes) -> str:
    dec = Cipher(algorithms.AES(NOTES_KEY), modes.CBC(blob[:16])).decryptor()
    plain = dec.update(blob[16:]) + dec.finalize()
    return plain[: -plain[-1]].decode()


def vault_password(guest_password: str, key: bytes) -> bytes:
    """Guest-host recording passwords are stored with Fernet."""
    return Fernet(key).encrypt_at_time(guest_password.encode(), int(time.time()))


def share_link_secret(password: str, key: bytes) -> bytes:
    return Fernet(key).encrypt_with_ttl(password.encode(), 86400)


def chunk_ok(chunk: bytes, expected: int) -> bool:
    """Resumable uploads: the client sends an Adler-32 of each 8 MiB chunk."""
    return zlib.adler32(chunk) & 0xFFFFFFFF == expected


def avatar_colour(host_name: str) -> str:
    digest = hashlib.md5(host_name.lower().encode()).digest()
    r, g, b = digest[0], digest[1], digest[2]
    return f"#{r // 2 + 64:02x}{g // 2 + 64:02x}{b // 2 + 64:02x}"


class HeardFilter:
    """Roughly which episodes a listener already played, for 'up next' suggestions."""

    def __init__(self, bits: int = 8192, hashes: int = 4) -> None:
        self.bits, self.hashes, self.array = bits, hashes, bytearray(bits // 8)

    def _positions(self, episode_id: str) -> Iterator[int]:
        for i in range(self.hashes):
            yield zlib.crc32(f"{i}:{episode_id}".encode()) % self.bits

    def add(self, episode_id: str) -> None:
        for p in self._positions(episode_id):
            self.array[p // 8] |= 1 << (p % 8)

    def __contains__(self, episode_id: str) -> bool:
        return all(self.array[p // 8] >> (p % 8) & 1 for p in self._positions(episode_id))


def studio_session(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    if header.get("alg") != "HS256":
        raise ValueError("unexpected algorithm")
    return jwt.decode(token, JWT_KEY, algorithms=["HS256"])


def peek_claims(token: str) -> dict:
    return jwt.decode_unverified(token)


def studio_token(host_id: int) -> str:
    return jwt.encode({"sub": str(host_id), "exp": int(time.time()) + 3600}, JWT_KEY,
                      algorithm="HS256")
