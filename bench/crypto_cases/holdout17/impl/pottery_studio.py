"""Booking and kiln-room services for the Clayworks pottery studio."""
import hashlib
import hmac
import random
import secrets
from typing import Iterable

from clayworks.config import KILN_ROOM_KEY, LOCKER_KEYWORD, STUDIO_API_KEY
from clayworks.models import Member

GLAZE_COLOURS = ["celadon", "tenmoku", "shino", "ash", "cobalt", "rutile"]


def glaze_roulette(player_names: list[str]) -> dict[str, str]:
    """Friday-night game: everyone is dealt a surprise glaze."""
    return {name: random.choice(GLAZE_COLOURS) for name in player_names}


ROUND_KEYS = [0x3A7F, 0x91C2, 0x5E0B, 0xC4D9, 0x2B68, 0xF013]


def _round(half: int, key: int) -> int:
    half = ((half << 3) | (half >> 13)) & 0xFFFF
    return (half * 0x9E37 + key) & 0xFFFF


def seal_firing_slot(slot: int) -> int:
    left, right = slot >> 16, slot & 0xFFFF
    for key in ROUND_KEYS:
        left, right = right, left ^ _round(right, key)
    return (left << 16) | right


def open_firing_slot(sealed: int) -> int:
    left, right = sealed >> 16, sealed & 0xFFFF
    for key in reversed(ROUND_KEYS):
        left, right = right ^ _round(left, key), left
    return (left << 16) | right


def luhn_ok(member_number: str) -> bool:
    total = 0
    for pos, ch in enumerate(reversed(member_number)):
        d = int(ch)
        if pos % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def kiln_room_badge_ok(presented: str) -> bool:
    if len(presented) != len(KILN_ROOM_KEY):
        return False
    mismatch = 0
    for a, b in zip(presented, KILN_ROOM_KEY):
        mismatch |= ord(a) ^ ord(b)
    return mismatch == 0


class ClayBatchSeen:
    def __init__(self, bits: int = 4096) -> None:
        self.bits = bits
        self.array = bytearray(bits // 8)

    def _positions(self, batch: str) -> Iterable[int]:
        digest = hashlib.blake2b(batch.encode(), digest_size=16).digest()
        for i in range(4):
            yield int.from_bytes(digest[i * 4:i * 4 + 4], "little") % self.bits

    def add(self, batch: str) -> None:
        for p in self._positions(batch):
            self.array[p >> 3] |= 1 << (p & 7)

    def __contains__(self, batch: str) -> bool:
        return all(self.array[p >> 3] >> (p & 7) & 1 for p in self._positions(batch))


class WheelRoomPairing:
    PRIME = 0xFFFFFFFFFFFFFFC5
    BASE = 7

    def __init__(self) -> None:
        self.secret = random.getrandbits(48)
        self.public = pow(self.BASE, self.secret, self.PRIME)

    def shared_key(self, peer_public: int) -> bytes:
        shared = pow(peer_public, self.secret, self.PRIME)
        return shared.to_bytes(8, "big")


def member_avatar_colour(member: Member) -> str:
    digest = hashlib.md5(member.email.lower().encode()).hexdigest()
    return "#" + digest[:6]


def wheel_allocation(members: list[str], week: int) -> list[str]:
    order = list(members)
    random.Random(week).shuffle(order)
    return order


def _vig(text: str, keyword: str, sign: int) -> str:
    out, k = [], 0
    for ch in text:
        if ch.isalpha():
            shift = ord(keyword[k % len(keyword)].upper()) - 65
            out.append(chr((ord(ch.upper()) - 65 + sign * shift) % 26 + 65))
            k += 1
        else:
            out.append(ch)
    return "".join(out)


def locker_combination_note(note: str) -> str:
    return _vig(note, LOCKER_KEYWORD, 1)


def read_locker_combination_note(note: str) -> str:
    return _vig(note, LOCKER_KEYWORD, -1)


def glaze_recipe_etag(recipe_json: bytes) -> str:
    return hashlib.sha256(recipe_json).hexdigest()[:16]


def shelf_for_piece(piece_id: str, shelves: int = 12) -> int:
    acc = 0
    for ch in piece_id:
        acc = (acc * 31 + ord(ch)) & 0x7FFFFFFF
    return acc % shelves


def hash_member_password(password: str) -> tuple[bytes, bytes]:
    salt = secrets.token_bytes(16)
    key = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    return salt, key


def studio_api_key_ok(presented: str) -> bool:
    return hmac.compare_digest(presented.encode(), STUDIO_API_KEY.encode())


def sgraffito_pattern(seed: int, width: int = 16) -> list[str]:
    x = seed & 0xFFFFFFFF or 1
    rows = []
    for _ in range(width):
        x = (1103515245 * x + 12345) & 0x7FFFFFFF
        rows.append("".join("#" if x >> b & 1 else "." for b in range(width)))
    return rows
