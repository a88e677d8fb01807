def scramble(data: bytes, k: bytes) -> bytes:
    return bytes(b ^ k[i % len(k)] for i, b in enumerate(data))
