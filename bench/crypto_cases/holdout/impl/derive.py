"""Key material for per-tenant encryption of uploaded documents."""

import hashlib


def tenant_key(master_secret: bytes, tenant_id: str, length: int = 32) -> bytes:
    """Derives a per-tenant key from the master secret."""
    out = b""
    block = b""
    counter = 1
    while len(out) < length:
        block = hashlib.sha256(block + master_secret + tenant_id.encode() + bytes([counter])).digest()
        out += block
        counter += 1
    return out[:length]


def document_path(tenant_id: str, name: str) -> str:
    return f"tenants/{tenant_id}/{name}"
