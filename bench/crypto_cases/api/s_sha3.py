import hashlib

def fingerprint(data: bytes) -> str:
    return hashlib.sha3_256(data).hexdigest() + hashlib.blake2b(data, digest_size=16).hexdigest()
