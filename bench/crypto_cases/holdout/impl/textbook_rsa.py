"""Minimal RSA used to sign update manifests on the build server."""

import math
import random
from dataclasses import dataclass


@dataclass
class KeyPair:
    n: int
    e: int
    d: int


def _is_probable_prime(n: int, rounds: int = 20) -> bool:
    if n < 4:
        return n in (2, 3)
    d, r = n - 1, 0
    while d % 2 == 0:
        d //= 2
        r += 1
    for _ in range(rounds):
        a = random.randrange(2, n - 1)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


class ManifestSigner:
    def __init__(self, keys: KeyPair):
        self.keys = keys

    def sign(self, digest: int) -> int:
        return pow(digest, self.keys.d, self.keys.n)

    def verify(self, digest: int, signature: int) -> bool:
        return pow(signature, self.keys.e, self.keys.n) == digest


def generate(bits: int = 1024) -> KeyPair:
    def prime() -> int:
        while True:
            candidate = random.getrandbits(bits // 2) | 1
            if _is_probable_prime(candidate):
                return candidate
    p, q = prime(), prime()
    phi = (p - 1) * (q - 1)
    e = 65537
    while math.gcd(e, phi) != 1:
        e += 2
    return KeyPair(n=p * q, e=e, d=pow(e, -1, phi))
