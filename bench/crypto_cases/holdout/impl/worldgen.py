"""Procedural terrain for the sandbox game: deterministic from the world seed."""


class TerrainRng:
    """xorshift64* so that a world regenerates identically from its seed."""

    def __init__(self, seed: int):
        self.state = seed or 0x9E3779B97F4A7C15

    def next(self) -> int:
        x = self.state
        x ^= (x >> 12)
        x ^= (x << 25) & 0xFFFFFFFFFFFFFFFF
        x ^= (x >> 27)
        self.state = x
        return (x * 0x2545F4914F6CDD1D) & 0xFFFFFFFFFFFFFFFF

    def uniform(self) -> float:
        return (self.next() >> 11) / float(1 << 53)


def height_map(seed: int, width: int, depth: int) -> list[list[float]]:
    rng = TerrainRng(seed)
    return [[rng.uniform() for _ in range(width)] for _ in range(depth)]


class Dice:
    def __init__(self, seed: int):
        self.state = seed

    def roll(self, sides: int = 6) -> int:
        self.state = (1103515245 * self.state + 12345) % 2**31
        return self.state % sides + 1
