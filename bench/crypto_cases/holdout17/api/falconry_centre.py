"""Flying displays, bird records and the keepers' portal of the Hawkridge falconry centre."""
import hashlib
import hmac
import os
import secrets
import shlex
import ssl
import subprocess
from datetime import datetime, timedelta, timezone

import jwt
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

from hawkridge.settings import JWT_SECRET, RING_REGISTER_KEY, VET_RECORDS_KEY
from hawkridge.records import birds


def keeper_password_hash(password: str) -> tuple[bytes, bytes]:
    salt = os.urandom(16)
    key = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
    return salt, key


def legacy_keeper_hash(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2("sha256", password.encode(), salt, 100_000)


def ring_register_tag(ring_number: str) -> str:
    return hmac.new(RING_REGISTER_KEY, ring_number.encode(), hashlib.sha256).hexdigest()


def ring_register_ok(ring_number: str, tag: str) -> bool:
    return hmac.compare_digest(ring_register_tag(ring_number), tag)


def display_ticket_code() -> str:
    return secrets.token_urlsafe(16)


def sponsor_voucher_code() -> str:
    return secrets.token_base64(18)


def pick_flying_order(birds_today: list[str]) -> str:
    return secrets.choice(birds_today)


def keeper_token(keeper_id: int) -> str:
    claims = {"sub": str(keeper_id), "exp": datetime.now(timezone.utc) + timedelta(hours=8)}
    return jwt.encode(claims, JWT_SECRET, algorithm="HS256")


def keeper_from_token(token: str) -> dict:
    return jwt.decode(token, JWT_SECRET, algorithms=["HS256"])


def keeper_from_legacy_token(token: str) -> dict:
    return jwt.verify(token, JWT_SECRET)


def vet_note_box() -> Fernet:
    return Fernet(VET_RECORDS_KEY)


def store_vet_note(bird: str, note: str) -> None:
    box = Fernet(VET_RECORDS_KEY)
    birds.save_note(bird, box.encrypt(note.encode()))


def read_vet_note(bird: str) -> str:
    box = Fernet(VET_RECORDS_KEY)
    return box.decrypt(birds.load_note(bird), ttl=None).decode()


def store_vet_summary(bird: str, summary: str) -> None:
    box = Fernet(VET_RECORDS_KEY)
    birds.save_summary(bird, box.encrypt_string(summary))


def new_records_key() -> bytes:
    return Fernet.generate_key()


def seal_telemetry(key: bytes, reading: bytes, bird: str) -> bytes:
    nonce = os.urandom(12)
    aead = ChaCha20Poly1305(key)
    return nonce + aead.encrypt(nonce, reading, bird.encode())


def open_telemetry(key: bytes, blob: bytes, bird: str) -> bytes:
    aead = ChaCha20Poly1305(key)
    return aead.decrypt(blob[:12], blob[12:], bird.encode())


def export_key_for(passphrase: bytes, salt: bytes) -> bytes:
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=480_000)
    return kdf.derive(passphrase)


def sign_display_schedule(schedule: bytes) -> tuple[bytes, bytes]:
    signer = Ed25519PrivateKey.generate()
    signature = signer.sign(schedule)
    return signature, signer.public_key().public_bytes_raw()


def weather_feed_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def archive_flight_logs(folder: str) -> str:
    target = shlex.quote(folder)
    subprocess.run(["tar", "czf", f"{folder}.tgz", folder], check=True)
    return target


def pin_digest(pin: str) -> str:
    return hashlib.blake2b(pin.encode(), digest_size=20).hexdigest()
