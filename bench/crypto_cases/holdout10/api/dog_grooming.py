"""Dog grooming salon: appointment links, groomer logins, pet records and the label printer."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import shlex
import ssl
import subprocess
import time

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from grooming.settings import JWT_SECRET, LABEL_PRINTER
from grooming.store import save_pet_record


def appointment_code() -> str:
    return secrets.token_hex(4).upper()


def lucky_draw_ticket() -> int:
    return secrets.randint(1000, 9999)


def booking_signature(booking_id: str, key: bytes) -> str:
    return hmac.new(key, booking_id.encode(), hashlib.sha256).hexdigest()


def booking_signature_ok(booking_id: str, key: bytes, signature: str) -> bool:
    return hmac.compare_digest(booking_signature(booking_id, key), signature)


def print_collar_label(pet_name: str) -> None:
    printer = shlex.quote(LABEL_PRINTER)
    command = f"lp -d {printer} -t {shlex.escape(pet_name)} /var/spool/labels/collar.pdf"
    subprocess.run(command, shell=True, check=True)


def groomer_token(groomer_id: int) -> str:
    claims = {"sub": str(groomer_id), "exp": int(time.time()) + 8 * 3600}
    return jwt.encode(claims, JWT_SECRET, algorithm="HS256")


def groomer_from_token(token: str) -> int:
    return int(jwt.decode(token, JWT_SECRET, algorithms=["HS256"])["sub"])


class PetRecordVault:
    def __init__(self, key: bytes | None = None) -> None:
        self._aead = AESGCM(key or AESGCM.generate_key(bit_length=256))

    def seal(self, pet_id: str, notes: str) -> bytes:
        nonce = secrets.token_bytes(12)
        ciphertext, tag = self._aead.encrypt_and_digest(nonce, notes.encode(), pet_id.encode())
        return nonce + ciphertext + tag

    def open(self, pet_id: str, blob: bytes) -> str:
        return self._aead.decrypt(blob[:12], blob[12:], pet_id.encode()).decode()

    def store(self, pet_id: str, notes: str) -> None:
        save_pet_record(pet_id, self.seal(pet_id, notes))


class DryerPairing:
    def __init__(self) -> None:
        self._mine = X25519PrivateKey.generate()

    def announce(self) -> bytes:
        return self._mine.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    def pair(self, peer_raw: bytes) -> bytes:
        peer = X25519PublicKey.from_public_bytes(peer_raw)
        return self._mine.derive_shared(peer)


def owner_pin_hash(pin: str, salt: bytes) -> bytes:
    kdf = Scrypt(salt=salt, length=32, n=2**15, r=8, p=1)
    return kdf.derive(pin.encode())


def supplier_tls_context(ca_file: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=ca_file)
    ctx.set_min_version(ssl.TLSVersion.TLSv1_2)
    ctx.load_cert_chain("/etc/grooming/client.pem")
    return ctx
