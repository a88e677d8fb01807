"""Lockbox Labs escape rooms: booking links, game-master consoles, room keys and exports."""
from __future__ import annotations

import hashlib
import hmac
import secrets
import shlex
import ssl
import string
import subprocess
import time
from pathlib import Path

import jwt
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from lockbox.settings import CONSOLE_SECRET, FERNET_KEY, SIGNING_SEED
from lockbox.store import bookings

ALPHABET = string.ascii_uppercase + string.digits


def booking_link(booking_id: str) -> str:
    nonce = secrets.token_bytes(16)
    salt = secrets.randbytes(16)
    mac = hmac.digest(CONSOLE_SECRET, booking_id.encode() + nonce + salt, "sha256")
    return f"https://lockbox.example/b/{booking_id}?n={nonce.hex()}&s={salt.hex()}&m={mac.hex()}"


def link_is_valid(booking_id: str, nonce: bytes, salt: bytes, mac: bytes) -> bool:
    expected = hmac.digest(CONSOLE_SECRET, booking_id.encode() + nonce + salt, "sha256")
    return hmac.compare_digest(expected, mac)


def room_reset_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(8))


def console_password_hash(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)


def legacy_console_hash(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2("sha256", password.encode(), salt, 100_000)


def puzzle_pack_digest(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


class PlayerNotes:
    """Notes the game master keeps about a group (allergies, accessibility needs)."""

    def __init__(self) -> None:
        self._fernet = Fernet(FERNET_KEY)

    def seal(self, note: str) -> bytes:
        return self._fernet.encrypt_at_time(note.encode(), int(time.time()))

    def seal_text(self, note: str) -> str:
        return self._fernet.encrypt_text(note)

    def sealed_at(self, token: bytes) -> int:
        return self._fernet.extract_timestamp(token)


class Certificates:
    """Signs the 'escaped in under 45 minutes' certificates."""

    def __init__(self) -> None:
        self._signing_key = Ed25519PrivateKey.from_private_bytes(SIGNING_SEED)

    def sign(self, team: str, seconds: int) -> bytes:
        return self._signing_key.sign(f"{team}:{seconds}".encode())

    def sign_text(self, team: str) -> bytes:
        return self._signing_key.sign_message(team.encode())

    def export_seed(self) -> bytes:
        return self._signing_key.private_bytes_raw()


def room_key(master: bytes, room: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=room.encode()).derive(master)


def console_tls() -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    ctx.set_ciphers("ECDHE+AESGCM")
    return ctx


def console_tls_strict() -> ssl.SSLContext:
    return ssl.create_secure_context(ssl.Purpose.SERVER_AUTH)


def token_key_id(token: str) -> str | None:
    return jwt.get_unverified_header(token).get("kid")


def export_bookings(day: str, out_dir: Path) -> None:
    rows = bookings.for_day(day)
    cmd = ["pg_dump", "--table", "bookings", "--where", f"day = '{day}'"]
    (out_dir / f"{day}.cmd").write_text(shlex.join(cmd))
    subprocess.run(cmd, check=True, stdout=(out_dir / f"{day}.sql").open("wb"))
    print(len(rows), "bookings exported")
