"""Key handling of the archive service: data keys, signed download tickets, release signatures."""

from __future__ import annotations

import os
import time

import jwt
from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

TICKET_KEY = os.environ["ARCHIVE_TICKET_KEY"]


class DataKeys:
    def __init__(self, master: bytes | None = None) -> None:
        self.fernet = Fernet(master or Fernet.generate_key())
        self.aead = AESGCM(AESGCM.generate_key(bit_length=256))

    def wrap(self, note: str) -> bytes:
        return self.fernet.encrypt(note.encode())

    def wrap_text(self, note: str) -> bytes:
        return self.fernet.encrypt_string(note)

    def unwrap(self, token: bytes) -> str | None:
        try:
            return self.fernet.decrypt(token, ttl=3600).decode()
        except InvalidToken:
            return None

    def seal(self, blob: bytes, object_id: str) -> bytes:
        nonce = AESGCM.generate_nonce()
        return nonce + self.aead.encrypt(nonce, blob, object_id.encode())


def passphrase_key(passphrase: str, salt: bytes) -> bytes:
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=600_000)
    return kdf.derive_key(passphrase.encode())


def passphrase_key_v2(passphrase: str, salt: bytes) -> bytes:
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=600_000)
    return kdf.derive(passphrase.encode())


def download_ticket(object_id: str, user: str) -> str:
    claims = {"sub": user, "obj": object_id, "exp": int(time.time()) + 300}
    return jwt.encode(claims, TICKET_KEY, algorithm="HS256")


def read_ticket(token: str) -> dict:
    return jwt.decode(token, TICKET_KEY, algorithms=["HS256"])


def read_ticket_strict(token: str) -> dict:
    return jwt.decode_verified(token, TICKET_KEY, algorithms=["HS256"])


def release_signed(public_raw: bytes, manifest: bytes, signature: bytes) -> bool:
    key = Ed25519PublicKey.from_public_bytes(public_raw)
    return key.verify_signature(signature, manifest)
