"""A Bloom filter for the crawler's seen-URL set."""

import math


def _fnv1a(data: bytes, seed: int = 0) -> int:
    h = 0x811C9DC5 ^ seed
    for b in data:
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


class BloomFilter:
    def __init__(self, capacity: int, error_rate: float = 0.01):
        self.size = max(8, int(-capacity * math.log(error_rate) / (math.log(2) ** 2)))
        self.hashes = max(1, int(self.size / capacity * math.log(2)))
        self.bits = bytearray((self.size + 7) // 8)

    def _positions(self, item: str):
        data = item.encode()
        h1, h2 = _fnv1a(data), _fnv1a(data, seed=0x5BD1E995)
        for i in range(self.hashes):
            yield (h1 + i * h2) % self.size

    def add(self, item: str) -> None:
        for pos in self._positions(item):
            self.bits[pos >> 3] |= 1 << (pos & 7)

    def __contains__(self, item: str) -> bool:
        return all(self.bits[pos >> 3] & (1 << (pos & 7)) for pos in self._positions(item))
