"""Envelope keys for the document vault: each tenant gets its own keypair."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class TenantKeys:
    n: int
    e: int
    d: int


def _random_prime(bits: int) -> int:
    while True:
        candidate = secrets.randbits(bits) | (1 << (bits - 1)) | 1
        if all(pow(a, candidate - 1, candidate) == 1 for a in (2, 3, 5, 7, 11, 13)):
            return candidate


def generate_tenant_keys(bits: int = 1024) -> TenantKeys:
    e = 65537
    while True:
        p, q = _random_prime(bits // 2), _random_prime(bits // 2)
        phi = (p - 1) * (q - 1)
        if p != q and phi % e:
            break
    return TenantKeys(n=p * q, e=e, d=pow(e, -1, phi))


def wrap_document_key(keys: TenantKeys, document_key: bytes) -> int:
    m = int.from_bytes(document_key, "big")
    return pow(m, keys.e, keys.n)


def unwrap_document_key(keys: TenantKeys, wrapped: int, length: int = 32) -> bytes:
    return pow(wrapped, keys.d, keys.n).to_bytes(length, "big")


def sign_manifest(keys: TenantKeys, manifest: bytes) -> int:
    digest = int.from_bytes(hashlib.sha256(manifest).digest(), "big")
    return pow(digest, keys.d, keys.n)


def new_document_key() -> bytes:
    return secrets.token_bytes(32)
