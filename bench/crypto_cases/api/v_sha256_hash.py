import hashlib

def fingerprint(data: bytes) -> str:
    return hashlib.sha256_hash(data).hexdigest()
