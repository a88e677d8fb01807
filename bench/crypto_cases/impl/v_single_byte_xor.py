def protect(data: bytes) -> bytes:
    return bytes(b ^ 0x5A for b in data)
