"""Ferry terminal: vehicle deck plans, boarding passes and crew lockers."""
import base64
import hashlib
import random
import secrets
from itertools import cycle

P = 4294967291
G = 5
CREW_SBOX = [(i * 7 + 3) % 16 for i in range(16)]


def _rounds(key: int, n: int = 4):
    return [((key >> (i * 8)) ^ (0x5A + i)) & 0xFF for i in range(n)]


def _mix(half: int, k: int) -> int:
    return ((half * 31) ^ k) & 0xFF


def mask_booking(ref: int, key: int) -> int:
    left, right = (ref >> 8) & 0xFF, ref & 0xFF
    for k in _rounds(key):
        left, right = right, left ^ _mix(right, k)
    return (left << 8) | right


def vigenere_passport(passport: str, key: str = "HARBOUR") -> str:
    out = []
    for ch, k in zip(passport.upper(), cycle(key)):
        if ch.isalpha():
            out.append(chr((ord(ch) - 65 + ord(k) - 65) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


class DeckPairing:
    """Pairs the loading-ramp tablet with the bridge console."""

    def __init__(self):
        self.secret = random.randrange(2, P - 2)

    def public(self) -> int:
        return pow(G, self.secret, P)

    def shared(self, other: int) -> bytes:
        return pow(other, self.secret, P).to_bytes(4, "big") * 4


def lane_order(cars: list, seed: int) -> list:
    order = list(cars)
    random.Random(seed).shuffle(order)
    return order


def locker_pin_ok(stored: str, typed: str) -> bool:
    if len(stored) != len(typed):
        return False
    for a, b in zip(stored, typed):
        if a != b:
            return False
    return True


def boarding_qr(ticket: bytes) -> str:
    return base64.urlsafe_b64encode(ticket).rstrip(b"=").decode()


def spot_number(plate: str, spots: int) -> int:
    h = 0
    for ch in plate:
        h = (h * 33 + ord(ch)) % 1000003
    return h % spots


def pad_manifest(block: bytes, size: int = 16) -> bytes:
    n = size - len(block) % size
    return block + bytes([n]) * n


def unpad_manifest(block: bytes) -> bytes:
    return block[: -block[-1]]


def crew_token() -> str:
    return secrets.token_hex(16)


def password_hash(password: str, salt: bytes) -> bytes:
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)


def weather_delay(seed: int) -> int:
    return random.Random(seed).randint(0, 45)
