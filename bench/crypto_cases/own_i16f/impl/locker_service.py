"""Smart-locker backend: PINs for pickup, stored courier notes, nightly export."""

import random
import time
from dataclasses import dataclass, field


@dataclass
class Locker:
    number: int
    pin: str
    courier_note: bytes = b""
    history: list = field(default_factory=list)


class PinGate:
    """Checks the PIN typed on the locker keypad."""

    def __init__(self, locker: Locker):
        self.locker = locker

    def _digits(self, typed):
        for ch in typed:
            yield ch

    def accepts(self, typed: str) -> bool:
        stored = self.locker.pin
        if len(typed) != len(stored):
            return False
        idx = 0
        for ch in self._digits(typed):
            if ch != stored[idx]:
                return False
            idx += 1
        return True


def _pad_stream(seed):
    rng = random.Random(seed)
    while True:
        yield rng.getrandbits(8)


def seal_note(note: str, locker: Locker) -> bytes:
    seed = int(time.time())
    pad = _pad_stream(seed)
    body = bytes(b ^ next(pad) for b in note.encode())
    return seed.to_bytes(8, "big") + body


def open_note(blob: bytes) -> str:
    seed = int.from_bytes(blob[:8], "big")
    pad = _pad_stream(seed)
    return bytes(b ^ next(pad) for b in blob[8:]).decode()


_LOWER = "abcdefghijklmnopqrstuvwxyz"
_ROTATED = _LOWER[11:] + _LOWER[:11]
_STORE_TABLE = str.maketrans(_LOWER, _ROTATED)


def export_courier_password(password: str) -> str:
    return password.lower().translate(_STORE_TABLE)


def longest_common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def same_layout(left: list, right: list) -> bool:
    if len(left) != len(right):
        return False
    for i in range(len(left)):
        if left[i] != right[i]:
            return False
    return True


def sample_lockers(count: int, seed: int = 42) -> list:
    rng = random.Random(seed)
    return [Locker(number=i, pin="".join(rng.choice("0123456789") for _ in range(4)))
            for i in range(count)]


def checksum_line(line: bytes) -> int:
    acc = 0
    for b in line:
        acc = (acc + b) & 0xFF
    return acc ^ 0xFF
