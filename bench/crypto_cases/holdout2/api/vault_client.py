"""Client-side encryption for the backup agent."""

import hashlib
import os

from argon2 import PasswordHasher
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from passlib.context import CryptContext

ph = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2)
pwd_context = CryptContext(schemes=["argon2", "pbkdf2_sha256"], deprecated="auto")


class BackupCrypto:
    def __init__(self, master_key: bytes) -> None:
        self.fernet = Fernet(master_key)
        self.aead = AESGCM(hashlib.sha256(master_key).digest())

    def seal_manifest(self, manifest: bytes) -> bytes:
        return self.fernet.encrypt(manifest)

    def seal_note(self, note: str) -> bytes:
        return self.fernet.encrypt_string(note)

    def seal_chunk(self, chunk: bytes, chunk_id: bytes) -> bytes:
        nonce = os.urandom(12)
        return nonce + self.aead.encrypt(nonce, chunk, chunk_id)

    def open_chunk(self, sealed: bytes, chunk_id: bytes) -> bytes:
        return self.aead.decrypt(sealed[:12], sealed[12:], chunk_id)

    def fresh_nonce(self) -> bytes:
        return AESGCM.generate_nonce()


def derive_master_key(passphrase: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", passphrase.encode(), salt, 600_000)


def register_operator(password: str) -> str:
    return ph.hash(password)


def operator_login(stored: str, password: str) -> bool:
    ph.verify(stored, password)
    return True


def operator_needs_rehash(stored: str) -> bool:
    return ph.check_needs_rehash(stored)


def legacy_operator_hash(password: str) -> str:
    return ph.hash_password(password)


def portal_login(password: str, stored: str) -> tuple[bool, str | None]:
    return pwd_context.verify_and_update(password, stored)
