"""Orchid society show: exhibitor accounts, judging tokens, sealed scores and the results feed."""
from __future__ import annotations

import hashlib
import hmac
import secrets
import ssl
import time
import urllib.request

import jwt
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from orchids.config import settings
from orchids.db import exhibitors, judges


def new_exhibitor_number() -> str:
    return "EX-" + secrets.token_hex(4).upper()


def new_entry_ticket() -> str:
    return secrets.token_base64(18)


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    derived = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    return salt.hex() + "$" + derived.hex()


def legacy_password_ok(password: str, stored: str) -> bool:
    salt_hex, digest_hex = stored.split("$", 1)
    derived = hashlib.pbkdf2("sha256", password.encode(), bytes.fromhex(salt_hex), 200_000)
    return hmac.compare_digest(derived.hex(), digest_hex)


def judge_token(judge_id: int) -> str:
    claims = {"sub": str(judge_id), "role": "judge", "exp": int(time.time()) + 8 * 3600}
    return jwt.encode(claims, settings.JWT_SECRET, algorithm="HS256")


def judge_from_token(token: str) -> dict:
    return jwt.decode(token, settings.JWT_SECRET, algorithms=["HS256"])


def judge_token_still_valid(token: str) -> bool:
    return jwt.verify(token, settings.JWT_SECRET, algorithms=["HS256"])


class ScoreSheetSeal:
    """Judges' score sheets are sealed until the prize-giving."""

    def __init__(self, key: bytes | None = None) -> None:
        self._aead = ChaCha20Poly1305(key or ChaCha20Poly1305.generate_key())

    def seal(self, class_no: int, sheet: bytes) -> bytes:
        nonce = secrets.token_bytes(12)
        return nonce + self._aead.encrypt(nonce, sheet, str(class_no).encode())

    def seal_quick(self, sheet: bytes) -> bytes:
        nonce = secrets.token_bytes(12)
        return nonce + self._aead.seal(nonce, sheet)

    def open(self, class_no: int, blob: bytes) -> bytes:
        return self._aead.decrypt(blob[:12], blob[12:], str(class_no).encode())


class ResultsFeed:
    def __init__(self) -> None:
        self._key = Ed25519PrivateKey.generate()

    def publish(self, results: bytes) -> bytes:
        return self._key.sign(results)

    def check(self, results: bytes, signature: bytes) -> None:
        self._key.public_key().verify(signature, results)


def exhibitor_notes_box() -> Fernet:
    return Fernet(settings.NOTES_KEY)


def store_note(exhibitor_id: int, note: str) -> None:
    token = exhibitor_notes_box().encrypt(note.encode())
    exhibitors.update(exhibitor_id, note=token)


def webhook_signature_ok(body: bytes, header: str) -> bool:
    mac = hmac.new(settings.WEBHOOK_KEY, body, hashlib.sha256)
    return hmac.compare_digest(mac.hexdigest(), header)


def fetch_rhs_register(url: str) -> bytes:
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    with urllib.request.urlopen(url, context=ctx, timeout=10) as resp:
        return resp.read()


def rotate_judge_pins() -> None:
    for judge in judges.all():
        judges.update(judge.id, pin=f"{secrets.randbelow(10**6):06d}")
