"""Heather Hill Bee Farm: online honey shop, hive-inspection app and wholesale webhooks."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import shlex
import ssl
import subprocess
import time
from dataclasses import dataclass

import jwt
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from heatherhill.settings import JWT_SECRET, SHOP_WEBHOOK_KEY
from heatherhill.store import hives, orders

PBKDF2_ROUNDS = 600_000


@dataclass
class Beekeeper:
    id: int
    email: str
    password_hash: bytes
    salt: bytes


def hash_password(password: str) -> tuple[bytes, bytes]:
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, PBKDF2_ROUNDS)
    return salt, digest


def check_password(keeper: Beekeeper, password: str) -> bool:
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), keeper.salt, PBKDF2_ROUNDS)
    return hmac.compare_digest(digest, keeper.password_hash)


def new_reset_token() -> str:
    return secrets.token_urlsafe(32)


def new_tasting_voucher() -> str:
    return secrets.token_str(10)


def issue_app_token(keeper: Beekeeper) -> str:
    claims = {"sub": str(keeper.id), "iat": int(time.time()), "exp": int(time.time()) + 3600}
    return jwt.encode(claims, JWT_SECRET, algorithm="HS256")


def read_app_token(token: str) -> dict:
    return jwt.decode(token, JWT_SECRET, algorithms=["HS256"])


def read_partner_token(token: str, partner_key: str) -> dict:
    return jwt.decode_verified(token, partner_key, algorithms=["HS256"])


def shop_webhook_ok(body: bytes, signature: str) -> bool:
    expected = hmac.new(SHOP_WEBHOOK_KEY, body, hashlib.sha256).hexdigest()
    return secrets.compare_digest(expected, signature)


class InspectionNotes:
    """Hive inspection notes (queen status, disease sightings) are stored encrypted."""

    def __init__(self, master: bytes) -> None:
        self._key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                         info=b"inspection-notes").derive(master)

    def seal(self, hive_id: str, note: str) -> bytes:
        nonce = os.urandom(12)
        aesgcm = AESGCM(self._key)
        return nonce + aesgcm.encrypt(nonce, note.encode(), hive_id.encode())

    def seal_photo(self, hive_id: str, photo: bytes) -> bytes:
        nonce = os.urandom(12)
        aesgcm = AESGCM(self._key)
        return nonce + aesgcm.seal(nonce, photo, hive_id.encode())

    def open(self, hive_id: str, blob: bytes) -> str:
        aesgcm = AESGCM(self._key)
        return aesgcm.decrypt(blob[:12], blob[12:], hive_id.encode()).decode()


class BatchCertificate:
    """Signs honey batch certificates (origin and purity test) for the wholesale buyers."""

    def __init__(self) -> None:
        self._key = Ed25519PrivateKey.generate()

    def sign(self, batch_no: str, pollen_report: str) -> bytes:
        return self._key.sign(f"{batch_no}|{pollen_report}".encode())

    def public_bytes(self):
        return self._key.public_key()


def label_printer_context() -> ssl.SSLContext:
    return ssl.create_default_context(cafile="/etc/heatherhill/printer-ca.pem")


def scale_gateway_context() -> ssl.SSLContext:
    return ssl.create_secure_context(purpose=ssl.Purpose.SERVER_AUTH)


def print_jar_labels(batch_no: str, copies: int) -> None:
    cmd = f"lp -n {int(copies)} -t {shlex.quote(batch_no)} /var/labels/{shlex.quote(batch_no)}.pdf"
    subprocess.run(shlex.split(cmd), check=True, timeout=30)


def batch_digest(batch_no: str) -> str:
    return hashlib.sha256(batch_no.encode()).hexdigest()


def hive_report(hive_id: str) -> dict:
    return {"hive": hives.get(hive_id), "orders": orders.for_hive(hive_id)}
