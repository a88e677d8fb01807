"""Breakline surf school: instructor logins, lesson passes, waiver storage and the booking API."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import ssl
import time

import jwt
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from breakline.config import settings
from breakline.db import passes, waivers


class InstructorLogins:
    def hash_password(self, password: str) -> tuple[bytes, bytes]:
        salt = secrets.token_bytes(16)
        digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
        return salt, digest

    def legacy_hash(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2("sha256", password.encode(), salt, 100_000)

    def scrypt_hash(self, password: str, salt: bytes) -> bytes:
        return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)

    def check(self, password: str, salt: bytes, stored: bytes) -> bool:
        return hmac.compare_digest(self.hash_password_with(password, salt), stored)

    def hash_password_with(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)


def new_pass_code() -> str:
    return secrets.token_urlsafe(12)


def new_locker_nonce() -> bytes:
    return secrets.randbytes(16)


def sign_booking(body: bytes) -> str:
    mac = hmac.new(settings.BOOKING_KEY, body, hashlib.sha256)
    return mac.hexdigest()


def booking_signature_ok(body: bytes, given: str) -> bool:
    return hmac.verify_digest(sign_booking(body), given)


def lesson_token(student_id: str) -> str:
    claims = {"sub": student_id, "exp": int(time.time()) + 3600}
    return jwt.encode(claims, settings.JWT_SECRET, algorithm="HS256")


def read_lesson_token(token: str) -> dict:
    return jwt.decode(token, settings.JWT_SECRET, algorithms=["HS256"])


def lesson_token_valid(token: str) -> bool:
    return jwt.verify(token, settings.JWT_SECRET)


class WaiverVault:
    def __init__(self, key: bytes | None = None) -> None:
        self._fernet = Fernet(key or Fernet.generate_key())

    def store(self, student_id: str, waiver_text: str) -> None:
        waivers.put(student_id, self._fernet.encrypt(waiver_text.encode()))

    def store_note(self, student_id: str, note: str) -> None:
        waivers.put_note(student_id, self._fernet.encrypt_text(note))

    def load(self, student_id: str) -> str:
        return self._fernet.decrypt(waivers.get(student_id)).decode()

    def load_recent(self, student_id: str) -> str:
        token = waivers.get(student_id)
        return self._fernet.decrypt_at_time(token, ttl=86400, current_time=int(time.time())).decode()


class PassSigner:
    def __init__(self) -> None:
        self._key = Ed25519PrivateKey.generate()

    def sign(self, pass_id: str) -> bytes:
        return self._key.sign(pass_id.encode())

    def verify(self, pass_id: str, signature: bytes) -> None:
        self._key.public_key().verify(signature, pass_id.encode())


def wave_report_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.load_verify_locations(settings.WAVE_API_CA)
    return ctx


def legacy_buoy_context() -> ssl.SSLContext:
    return ssl.create_secure_context(cafile=settings.BUOY_CA)


def record_pass(student_id: str) -> str:
    code = new_pass_code()
    passes.save(student_id, code)
    return code
