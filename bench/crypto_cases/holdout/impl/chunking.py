"""Content-defined chunking for the backup deduplicator (rolling hash)."""

BASE = 257
MOD = (1 << 61) - 1


def rolling_chunks(data: bytes, window: int = 48, mask: int = 0x1FFF) -> list[bytes]:
    chunks, start, h = [], 0, 0
    power = pow(BASE, window - 1, MOD)
    for i, b in enumerate(data):
        if i - start >= window:
            h = (h - data[i - window] * power) % MOD
        h = (h * BASE + b) % MOD
        if (h & mask) == 0 and i - start >= window:
            chunks.append(data[start:i + 1])
            start, h = i + 1, 0
    if start < len(data):
        chunks.append(data[start:])
    return chunks
