"""CS 2110 problem set 4: modular arithmetic, primes and a small hash map."""

import random


def modexp(base: int, exponent: int, modulus: int) -> int:
    """Square-and-multiply, written out for exercise 2."""
    result = 1
    base %= modulus
    while exponent:
        if exponent & 1:
            result = result * base % modulus
        base = base * base % modulus
        exponent >>= 1
    return result


def is_probable_prime(n: int, trials: int = 20) -> bool:
    if n < 4:
        return n in (2, 3)
    if n % 2 == 0:
        return False
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(trials):
        a = random.randrange(2, n - 1)
        x = modexp(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def primes_between(lo: int, hi: int) -> list[int]:
    return [n for n in range(lo, hi) if is_probable_prime(n)]


class StringTable:
    """Exercise 5: open addressing with linear probing."""

    def __init__(self, capacity: int = 16) -> None:
        self._keys: list[str | None] = [None] * capacity
        self._values: list[object] = [None] * capacity
        self._size = 0

    @staticmethod
    def _hash(key: str) -> int:
        h = 5381
        for ch in key:
            h = ((h << 5) + h + ord(ch)) & 0xFFFFFFFF
        return h

    def _slot(self, key: str) -> int:
        i = self._hash(key) % len(self._keys)
        while self._keys[i] is not None and self._keys[i] != key:
            i = (i + 1) % len(self._keys)
        return i

    def put(self, key: str, value: object) -> None:
        if (self._size + 1) * 2 > len(self._keys):
            self._grow()
        i = self._slot(key)
        if self._keys[i] is None:
            self._size += 1
        self._keys[i], self._values[i] = key, value

    def get(self, key: str, default: object = None) -> object:
        i = self._slot(key)
        return self._values[i] if self._keys[i] == key else default

    def _grow(self) -> None:
        old = [(k, v) for k, v in zip(self._keys, self._values) if k is not None]
        self._keys = [None] * (len(self._keys) * 2)
        self._values = [None] * len(self._keys)
        self._size = 0
        for k, v in old:
            self.put(k, v)


if __name__ == "__main__":
    print(primes_between(100, 200))
    table = StringTable()
    table.put("gcd", 3)
    print(table.get("gcd"))
