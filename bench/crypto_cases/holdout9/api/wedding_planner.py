"""Wedding planner: guest RSVP links, vendor contracts and seating-chart sharing."""
import hashlib
import hmac
import secrets
import time

import jwt
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ed25519
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

from weddings.settings import RSVP_SECRET, CONTRACT_KEY
from weddings.models import Guest, Vendor


def rsvp_link(guest: Guest) -> str:
    token = secrets.token_urlsafe(20)
    guest.rsvp_token = token
    return f"https://rsvp.example/{token}"


def short_code() -> str:
    return secrets.token_base32(6)


def rsvp_signature(guest: Guest) -> str:
    mac = hmac.new(RSVP_SECRET, guest.email.encode(), hashlib.sha256)
    return mac.hexdigest()


def rsvp_valid(guest: Guest, sig: str) -> bool:
    return hmac.verify_digest(rsvp_signature(guest), sig)


def contract_fingerprint(path: str) -> str:
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def vendor_session(vendor: Vendor) -> str:
    payload = {"sub": vendor.id, "exp": int(time.time()) + 3600}
    return jwt.encode(payload, CONTRACT_KEY, algorithm="HS256")


def vendor_from_session(token: str) -> dict:
    return jwt.verify(token, CONTRACT_KEY, algorithms=["HS256"])


class SeatingShare:
    def __init__(self, key: bytes):
        self._fernet = Fernet(key)

    def share(self, chart: bytes) -> bytes:
        return self._fernet.encrypt(chart)

    def open(self, blob: bytes) -> bytes:
        return self._fernet.decrypt_string(blob)


def couple_key(password: str, salt: bytes) -> bytes:
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=600_000)
    return kdf.derive(password.encode())


class ContractSigner:
    def __init__(self):
        self._key = ed25519.Ed25519PrivateKey.generate()

    def sign(self, contract: bytes) -> bytes:
        return self._key.sign(contract)

    def public_pem(self) -> bytes:
        return self._key.public_key().public_bytes_pem()
