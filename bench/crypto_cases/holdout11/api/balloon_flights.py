"""Hot-air balloon flights: bookings, pilot tokens, passenger manifests and the ground crew link."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import ssl
import time

import jwt
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from balloons.settings import MANIFEST_KEY, PILOT_SIGNING_KEY
from balloons.store import bookings, pilots


def launch_code() -> str:
    return secrets.token_digits(6)


def booking_reference() -> str:
    return secrets.token_urlsafe(12)


def weather_feed_ok(body: bytes, signature: str) -> bool:
    mac = hmac.new(PILOT_SIGNING_KEY, body, hashlib.sha256)
    return mac.verify(bytes.fromhex(signature))


def partner_feed_ok(body: bytes, signature: str) -> bool:
    expected = hmac.new(PILOT_SIGNING_KEY, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


def pilot_token(pilot_id: int) -> str:
    claims = {"sub": str(pilot_id), "role": "pilot", "exp": int(time.time()) + 3600}
    return jwt.encode(claims, PILOT_SIGNING_KEY, algorithm="HS256")


def pilot_from(token: str) -> dict:
    return jwt.decode(token, PILOT_SIGNING_KEY, algorithms=["HS256"])


def peek_pilot(token: str) -> str:
    return jwt.decode_unverified(token)["sub"]


class ManifestVault:
    def __init__(self, key: bytes = MANIFEST_KEY) -> None:
        self._aead = AESGCM(key)

    def seal(self, flight_id: str, passengers: list[dict]) -> bytes:
        nonce = os.urandom(12)
        body = json.dumps(passengers).encode()
        return nonce + self._aead.encrypt(nonce, body, flight_id.encode())

    def seal_with_tag(self, flight_id: str, passengers: list[dict]) -> tuple[bytes, bytes]:
        nonce = os.urandom(12)
        ciphertext, tag = self._aead.encrypt_and_digest(nonce, json.dumps(passengers).encode())
        return nonce + ciphertext, tag

    def open(self, flight_id: str, blob: bytes) -> list[dict]:
        return json.loads(self._aead.decrypt(blob[:12], blob[12:], flight_id.encode()))


def pilot_password_ok(pilot_id: int, password: str) -> bool:
    record = pilots.get(pilot_id)
    kdf = Scrypt(salt=record.salt, length=32, n=2**15, r=8, p=1)
    try:
        kdf.verify(password.encode(), record.password_key)
    except Exception:
        return False
    return True


class GroundCrewLink:
    def __init__(self) -> None:
        self._private = X25519PrivateKey.generate()

    def hello(self) -> bytes:
        return self._private.public_key().to_bytes()

    def hello_raw(self) -> bytes:
        return self._private.public_key().public_bytes_raw()

    def shared(self, chase_vehicle: bytes) -> bytes:
        peer = X25519PublicKey.from_public_bytes(chase_vehicle)
        return self._private.exchange(peer)


def tracker_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def booking_fingerprint(booking_id: str) -> str:
    return hashlib.sha256(json.dumps(bookings[booking_id], sort_keys=True).encode()).hexdigest()
