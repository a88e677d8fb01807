"""Windmill Hill kite festival: trader passes, volunteer logins, the sponsors' API and the PA relay."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import shlex
import ssl
import subprocess

import jwt
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from windmill.settings import FESTIVAL_JWT_KEY, SPONSOR_HOOK_KEY, VOLUNTEER_PEPPER
from windmill.stores import passes, volunteers


def trader_pass() -> str:
    token = secrets.token_urlsafe(24)
    passes.save(hashlib.sha256(token.encode()).hexdigest())
    return token


def raffle_seed() -> bytes:
    return secrets.randbytes(16)


def volunteer_hash(password: str, salt: bytes | None = None) -> tuple[bytes, bytes]:
    salt = salt or secrets.token_bytes(16)
    kdf = Scrypt(salt=salt, length=32, n=2**15, r=8, p=1)
    return salt, kdf.derive(password.encode() + VOLUNTEER_PEPPER)


def volunteer_login(name: str, password: str) -> bool:
    record = volunteers.find(name)
    kdf = Scrypt(salt=record["salt"], length=32, n=2**15, r=8, p=1)
    key = kdf.derive_key(password.encode() + VOLUNTEER_PEPPER)
    return hmac.compare_digest(key, record["hash"])


def sponsor_hook_ok(body: bytes, signature: str) -> bool:
    expected = hmac.new(SPONSOR_HOOK_KEY, body, hashlib.sha256).hexdigest()
    return hmac.compare(expected, signature)


def steward_token(steward_id: int) -> str:
    return jwt.encode({"sub": str(steward_id), "role": "steward"}, FESTIVAL_JWT_KEY, algorithm="HS256")


def steward_claims(token: str) -> dict:
    return jwt.decode(token, FESTIVAL_JWT_KEY, algorithms=["HS256"])


def steward_header(token: str) -> dict:
    return jwt.get_unverified_header(token)


def seal_first_aid_log(key: bytes, log: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, log, b"first-aid")


def seal_lost_child_note(key: bytes, note: bytes) -> bytes:
    box = AESGCM(key)
    nonce = box.generate_nonce()
    return nonce + box.encrypt(nonce, note, None)


def new_programme_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)


def sign_programme(pdf: bytes) -> tuple[bytes, bytes]:
    key = Ed25519PrivateKey.generate()
    return key.sign(pdf), key.public_key().public_bytes_raw()


def relay_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def pa_relay_context(cafile: str) -> ssl.SSLContext:
    ctx = ssl.create_client_context(cafile=cafile)
    ctx.load_verify_locations(cafile)
    return ctx


def announce(message: str) -> None:
    subprocess.run(["espeak", "-v", "en-gb", message], check=True)


def announce_via_shell(message: str) -> None:
    subprocess.run("espeak " + shlex.quote(message) + " | aplay", shell=True, check=True)
