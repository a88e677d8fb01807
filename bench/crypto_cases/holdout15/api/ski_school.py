"""Ski school: instructor logins, lesson passes, lift partner API."""
import hashlib
import hmac
import secrets
import ssl
import string
import urllib.request
from datetime import datetime, timedelta, timezone

import jwt
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from skischool.config import settings
from skischool.db import lessons

PASS_ALPHABET = string.ascii_uppercase + string.digits


def lesson_pass_code():
    return "".join(secrets.choice(PASS_ALPHABET) for _ in range(10))


def instructor_invite():
    return secrets.token_hex(16)


def hash_instructor_password(password, salt=None):
    salt = salt or secrets.token_bytes(16)
    key = hashlib.pbkdf2("sha256", password.encode(), salt, 600_000)
    return salt, key


def hash_parent_password(password, salt):
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)


def sign_lift_request(body: bytes) -> str:
    return hmac.new(settings.LIFT_KEY, body, hashlib.sha256).hexdigest()


def lift_reply_ok(body: bytes, tag: str) -> bool:
    return hmac.compare_digest(sign_lift_request(body), tag)


class MedicalNotes:
    def __init__(self, key: bytes):
        self._fernet = Fernet(key)

    def store(self, child_id, note):
        token = self._fernet.encrypt_text(note)
        lessons.save_note(child_id, token)

    def load(self, child_id):
        return self._fernet.decrypt(lessons.load_note(child_id)).decode()


def new_notes_key():
    return Fernet.generate_key()


def issue_instructor_token(instructor_id):
    now = datetime.now(timezone.utc)
    claims = {"sub": instructor_id, "iat": now, "exp": now + timedelta(hours=8)}
    return jwt.encode(claims, settings.JWT_SECRET, algorithm="HS256")


def read_instructor_token(token):
    return jwt.decode(token, settings.JWT_SECRET, algorithms=["HS256"])


def token_still_valid(token):
    return jwt.verify(token, settings.JWT_SECRET)


def derive_locker_key(master: bytes, locker: str) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=locker.encode())
    return hkdf.derive(master)


def derive_radio_key(master: bytes) -> bytes:
    kdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"radio")
    return kdf.derive_key(master)


class ReportSigner:
    def __init__(self):
        self._key = Ed25519PrivateKey.generate()

    def sign(self, report: bytes) -> bytes:
        return self._key.sign(report)

    def check(self, report: bytes, sig: bytes) -> None:
        self._key.public_key().verify(sig, report)


def fetch_snow_report(url):
    ctx = ssl.create_default_context()
    with urllib.request.urlopen(url, context=ctx) as resp:
        return resp.read()
