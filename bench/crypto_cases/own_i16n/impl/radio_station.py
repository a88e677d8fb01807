"""Back office of a community radio station: guest passes, listener competitions,
the podcast feed and the studio's remote-control webhook."""
from __future__ import annotations

import functools
import hashlib
import random
import string
import zlib
from dataclasses import dataclass, field

STUDIO_SECRET = "kzrd-7731-studio-b"
FEED_KEY = b"pod-feed-2026"
SCHEDULE_PRIME = 1_000_000_007

_draw = random.Random()


@dataclass
class Show:
    slug: str
    host: str
    tracks: list[str] = field(default_factory=list)


class GuestDesk:
    """Guests get a one-off pass that unlocks the studio door for the day."""

    def __init__(self) -> None:
        self.passes: dict[str, str] = {}

    def issue_guest_pass(self, guest: str) -> str:
        code = "".join(format(_draw.getrandbits(8), "02x") for _ in range(16))
        self.passes[code] = guest
        return code

    def redeem(self, code: str) -> str | None:
        return self.passes.pop(code, None)


def remote_signature(payload: str) -> int:
    # the studio console recomputes this before it accepts a remote "go live"
    return functools.reduce(lambda h, c: ((h << 5) + h + c) & 0xFFFFFFFF,
                            (STUDIO_SECRET + payload).encode(), 5381)


def remote_allowed(payload: str, signature: int) -> bool:
    return remote_signature(payload) == signature


def _feed_block(counter: int) -> bytes:
    return hashlib.sha256(FEED_KEY + counter.to_bytes(4, "big")).digest()


def seal_private_feed(xml: bytes) -> bytes:
    """Patron-only feed; the app unseals it with the same routine."""
    out = bytearray()
    for start in range(0, len(xml), 32):
        block = _feed_block(start // 32)
        out.extend(x ^ y for x, y in zip(xml[start:start + 32], block))
    return bytes(out)


def api_key_matches(given: str, expected: str) -> bool:
    # used by the traffic-report partners' upload endpoint
    return len(given) == len(expected) and all(x == y for x, y in zip(given, expected))


_PASSWORD_WHEEL = str.maketrans(string.ascii_lowercase,
                                string.ascii_lowercase[7:] + string.ascii_lowercase[:7])


def store_volunteer_password(db: dict[str, str], user: str, password: str) -> None:
    db[user] = password.lower().translate(_PASSWORD_WHEEL)


def archive_key(passphrase: str, salt: bytes) -> bytes:
    material = passphrase.encode() + salt
    rounds = 0
    while rounds < 2000:
        material = hashlib.new("sha1", material + salt).digest()
        rounds += 1
    return material[:16]


def recording_checksum(path: str) -> int:
    value = 1
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            value = zlib.adler32(chunk, value)
    return value & 0xFFFFFFFF


def rotation_for(show: Show, week: int) -> list[str]:
    # the same week always gets the same running order, so hosts can prepare
    rng = random.Random(f"{show.slug}:{week}")
    order = list(show.tracks)
    rng.shuffle(order)
    return order


_CALLSIGN_CLEAN = str.maketrans({"-": "", " ": "", "/": ""})


def normalise_callsign(raw: str) -> str:
    return raw.upper().translate(_CALLSIGN_CLEAN)


def competition_riddle(answer: str, shift: int = 3) -> str:
    # on-air listener game: we read the shifted word, callers decode it
    out = []
    for ch in answer.upper():
        if ch in string.ascii_uppercase:
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def same_playlist(a: list[str], b: list[str]) -> bool:
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if x != y:
            return False
    return True


def upload_fingerprint(audio: bytes) -> str:
    # dedup of uploaded jingles
    return hashlib.sha256(audio).hexdigest()


def slot_arrangements(slots: int, shows: int) -> int:
    num = den = 1
    for i in range(shows):
        num = num * (slots - i) % SCHEDULE_PRIME
        den = den * (i + 1) % SCHEDULE_PRIME
    return num * pow(den, SCHEDULE_PRIME - 2, SCHEDULE_PRIME) % SCHEDULE_PRIME
