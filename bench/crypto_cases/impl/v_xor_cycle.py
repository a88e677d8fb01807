from itertools import cycle

def encrypt_config(data: bytes, key: bytes) -> bytes:
    """Encrypt the config blob before writing it to disk."""
    return bytes(x ^ k for x, k in zip(data, cycle(key)))
