"""Community greenhouse: plot keys, irrigation schedules, member notes."""

import hashlib
import hmac
import random
import secrets
from functools import reduce


class PlotKeyring:
    """Keeps each plot's door code on the controller's SD card."""

    SHIFT = 9

    def __init__(self):
        self.codes = {}

    @staticmethod
    def _turn(ch: str, by: int) -> str:
        if ch.isdigit():
            return str((int(ch) + by) % 10)
        return ch

    def store_door_code(self, plot: int, door_code: str) -> None:
        self.codes[plot] = "".join(self._turn(c, self.SHIFT) for c in door_code)


def _xorshift(state: int):
    while True:
        state ^= (state << 13) & 0xFFFFFFFF
        state ^= state >> 17
        state ^= (state << 5) & 0xFFFFFFFF
        yield state & 0xFF


def seal_member_note(member_id: int, note: str) -> bytes:
    stream = _xorshift(member_id or 1)
    return bytes(map(lambda b: b ^ next(stream), note.encode()))


def controller_token_ok(sent: bytes, expected: bytes) -> bool:
    if len(sent) != len(expected):
        return False
    return reduce(lambda acc, pair: acc and pair[0] == pair[1], zip(sent, expected), True)


def webhook_ok(body: bytes, sig: str, key: bytes) -> bool:
    mac = hmac.new(key, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(mac, sig)


def watering_plan(seed: int, beds: int) -> list:
    rng = random.Random(seed)
    return [rng.randint(5, 25) for _ in range(beds)]


def plot_bucket(name: str, size: int) -> int:
    return reduce(lambda h, c: (h * 131 + ord(c)) % 1_000_003, name, 7) % size


def same_beds(a: list, b: list) -> bool:
    return len(a) == len(b) and all(x == y for x, y in zip(a, b))


def new_member_secret() -> str:
    return secrets.token_hex(16)
