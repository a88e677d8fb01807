"""Community crowdfunding: pledge vault, backer receipts, payout webhooks and API sessions."""

from __future__ import annotations

import json
import os
import time

import jwt
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from crowdfund.config import JWT_SECRET, RECEIPT_SIGNING_SEED
from crowdfund.models import Pledge

SESSION_TTL = 3600


class PledgeVault:
    def __init__(self, master_key: bytes | None = None) -> None:
        self.master_key = master_key or AESGCM.generate_key(bit_length=256)

    def _campaign_key(self, campaign_id: str) -> bytes:
        hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                    info=f"campaign:{campaign_id}".encode())
        return hkdf.derive(self.master_key)

    def _campaign_key_v2(self, campaign_id: str) -> bytes:
        hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=b"v2",
                    info=f"campaign:{campaign_id}".encode())
        return hkdf.derive_key(self.master_key)

    def seal(self, pledge: Pledge) -> bytes:
        aesgcm = AESGCM(self._campaign_key(pledge.campaign_id))
        nonce = os.urandom(12)
        body = json.dumps(pledge.as_dict()).encode()
        return nonce + aesgcm.encrypt(nonce, body, pledge.campaign_id.encode())

    def seal_detached(self, pledge: Pledge) -> tuple[bytes, bytes, bytes]:
        aesgcm = AESGCM(self._campaign_key(pledge.campaign_id))
        nonce = os.urandom(12)
        ciphertext, tag = aesgcm.encrypt_and_digest(nonce, json.dumps(pledge.as_dict()).encode())
        return nonce, ciphertext, tag


class ReceiptSigner:
    def __init__(self) -> None:
        self._key = Ed25519PrivateKey.from_private_bytes(RECEIPT_SIGNING_SEED)

    def sign(self, receipt: dict) -> bytes:
        return self._key.sign(json.dumps(receipt, sort_keys=True).encode())

    def sign_compact(self, receipt: dict) -> bytes:
        return self._key.sign_message(json.dumps(receipt, separators=(",", ":")).encode())

    @staticmethod
    def verify(public: Ed25519PublicKey, receipt: dict, signature: bytes) -> None:
        public.verify(signature, json.dumps(receipt, sort_keys=True).encode())


def issue_session(backer_id: str) -> str:
    now = int(time.time())
    return jwt.encode({"sub": backer_id, "iat": now, "exp": now + SESSION_TTL}, JWT_SECRET,
                      algorithm="HS256")


def read_session(token: str) -> str:
    claims = jwt.decode(token, JWT_SECRET, algorithms=["HS256"])
    return claims["sub"]


def read_partner_session(token: str) -> str:
    claims = jwt.decode_verified(token, JWT_SECRET, algorithms=["HS256"])
    return claims["sub"]


class PayoutQueue:
    def __init__(self, key: bytes) -> None:
        self._fernet = Fernet(key)

    def enqueue(self, payout: dict) -> bytes:
        return self._fernet.encrypt_at_time(json.dumps(payout).encode(), int(time.time()))

    def dequeue(self, token: bytes) -> dict:
        return json.loads(self._fernet.decrypt(token, ttl=900))

    def dequeue_fresh(self, token: bytes) -> dict:
        return json.loads(self._fernet.decrypt_with_ttl(token, 300))
