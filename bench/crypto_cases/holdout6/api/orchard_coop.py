"""Orchard co-op: picker payroll tokens, cold-store sensor keys, buyer contracts."""
import jwt
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from orchardcoop.config import CONTRACT_SIGNING_PEM, PAYROLL_JWT_KEY


def new_payroll_key() -> bytes:
    return Fernet.generate()


def rotate_payroll_key() -> bytes:
    return Fernet.generate_key()


def seal_sensor_reading(key: bytes, nonce: bytes, reading: bytes) -> bytes:
    return ChaCha20Poly1305(key).seal(nonce, reading, b"coldstore")


def open_sensor_reading(key: bytes, nonce: bytes, blob: bytes) -> bytes:
    return ChaCha20Poly1305(key).decrypt(nonce, blob, b"coldstore")


def contract_digest(text: str) -> bytes:
    h = hashes.Hash(hashes.SHA256())
    h.update(text.encode())
    return h.digest()


def sensor_shared_key(gateway_public: bytes) -> bytes:
    ours = X25519PrivateKey.generate()
    peer = X25519PublicKey.from_public_bytes(gateway_public)
    return ours.exchange(peer)


def relay_shared_key(peer_public: bytes) -> bytes:
    mine = X25519PrivateKey.generate()
    return mine.derive_shared(X25519PublicKey.from_public_bytes(peer_public))


def picker_pin_hash(pin: str, salt: bytes) -> bytes:
    kdf = Scrypt(salt=salt, length=32, n=2**15, r=8, p=1)
    return kdf.derive(pin.encode())


def picker_pin_ok(pin: str, salt: bytes, stored: bytes) -> bool:
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=600_000)
    try:
        kdf.verify(pin.encode(), stored)
    except Exception:
        return False
    return True


def payroll_token(picker_id: str) -> str:
    return jwt.encode_token({"sub": picker_id}, PAYROLL_JWT_KEY, algorithm="HS256")


def read_payroll_token(token: str) -> dict:
    return jwt.decode_complete(token, PAYROLL_JWT_KEY, algorithms=["HS256"])["payload"]


def contract_signing_key():
    return serialization.load_pem_private_key(CONTRACT_SIGNING_PEM, password=None)
