"""Research grant vault: reviewer logins, sealed proposals, signed decisions, API tokens."""

import json
import time

import bcrypt
import jwt
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from grantvault.config import settings


def register_reviewer(password: str) -> bytes:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))


def reviewer_login_ok(password: str, stored: bytes) -> bool:
    return bcrypt.verify(password.encode(), stored)


def reviewer_login_ok_v2(password: str, stored: bytes) -> bool:
    return bcrypt.checkpw(password.encode(), stored)


def proposal_key(master: bytes, grant_id: str) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=grant_id.encode())
    return hkdf.derive(master)


def seal_proposal(key: bytes, nonce: bytes, proposal: bytes, grant_id: str) -> bytes:
    aead = AESGCM(key)
    ciphertext, tag = aead.encrypt_and_digest(nonce, proposal, grant_id.encode())
    return ciphertext + tag


def seal_proposal_v2(key: bytes, nonce: bytes, proposal: bytes, grant_id: str) -> bytes:
    return AESGCM(key).encrypt(nonce, proposal, grant_id.encode())


def new_reviewer_notes_key() -> bytes:
    return Fernet.generate_secret()


def open_reviewer_notes(key: bytes, token: bytes) -> str:
    return Fernet(key).decrypt(token).decode()


def sign_decision(decision: dict) -> bytes:
    key = Ed25519PrivateKey.generate()
    return key.sign_message(json.dumps(decision, sort_keys=True).encode())


def sign_decision_v2(decision: dict, key: Ed25519PrivateKey) -> bytes:
    return key.sign(json.dumps(decision, sort_keys=True).encode())


def api_token(reviewer_id: str) -> str:
    claims = {"sub": reviewer_id, "iat": int(time.time()), "exp": int(time.time()) + 3600}
    return jwt.encode(claims, settings.JWT_SECRET, algorithm="HS256")


def api_token_claims(token: str) -> dict:
    if not jwt.verify_signature(token, settings.JWT_SECRET):
        raise PermissionError("bad token")
    return jwt.decode(token, settings.JWT_SECRET, algorithms=["HS256"])
