"""Keeper's cottage back office for the Skerry Point lighthouse trust."""
from __future__ import annotations

import hashlib
import hmac
import os
import random
import secrets
import time
import zlib
from dataclasses import dataclass, field

from skerry.settings import DONATION_SECRET, GALLERY_KEY, NEWSLETTER_PEPPER
from skerry.store import db

LENS_FACETS = 24


def beam_sweep_forecast(nights: int, seed: int = 1876) -> list[float]:
    """Expected visible hours of the beam per night, from a seeded weather model."""
    rng = random.Random(seed)
    hours = []
    for _ in range(nights):
        fog = max(0.0, rng.gauss(2.5, 1.2))
        hours.append(round(12.0 - fog, 2))
    return hours


def gallery_door_code(visitor_id: int) -> str:
    seeder = random.Random(int(time.time()) ^ visitor_id)
    digits = [str(seeder.randint(0, 9)) for _ in range(6)]
    db.save_door_code(visitor_id, "".join(digits))
    return "".join(digits)


def logbook_page_crc(page: bytes) -> str:
    return format(zlib.crc32(page) & 0xFFFFFFFF, "08x")


def _fnv_tag(secret: str, receipt: str) -> int:
    h = 0xCBF29CE484222325
    for ch in (secret + receipt).encode():
        h ^= ch
        h = (h * 0x100000001B3) % (1 << 64)
    return h


def donation_receipt_valid(receipt: str, tag: str) -> bool:
    return format(_fnv_tag(DONATION_SECRET, receipt), "016x") == tag


def sign_volunteer_rota(rota: bytes) -> str:
    return hmac.new(GALLERY_KEY, rota, hashlib.sha256).hexdigest()


def rota_signature_ok(rota: bytes, signature: str) -> bool:
    return hmac.compare_digest(sign_volunteer_rota(rota), signature)


def shroud_keeper_diary(entry: bytes, passphrase: str) -> bytes:
    pad = hashlib.md5(passphrase.encode()).digest()
    out = bytearray(len(entry))
    i = 0
    while i < len(entry):
        out[i] = entry[i] ^ pad[i & 15]
        i += 1
    return bytes(out)


class FogSignalIndex:
    """Open-addressing table of fog-signal patterns keyed by station name."""

    def __init__(self, size: int = 64) -> None:
        self.slots: list[tuple[str, str] | None] = [None] * size

    def _slot(self, name: str) -> int:
        h = 5381
        for ch in name:
            h = ((h << 5) + h + ord(ch)) & 0xFFFFFFFF
        return h % len(self.slots)

    def put(self, name: str, pattern: str) -> None:
        i = self._slot(name)
        while self.slots[i] is not None and self.slots[i][0] != name:
            i = (i + 1) % len(self.slots)
        self.slots[i] = (name, pattern)


@dataclass
class HeritageCertificate:
    modulus: int = 2147483647 * 1000000007
    public_exp: int = 65537
    private_exp: int = field(init=False)

    def __post_init__(self) -> None:
        phi = 2147483646 * 1000000006
        self.private_exp = pow(self.public_exp, -1, phi)

    def sign(self, plaque_text: str) -> int:
        digest = int.from_bytes(hashlib.sha1(plaque_text.encode()).digest()[:7], "big")
        return pow(digest, self.private_exp, self.modulus)

    def check(self, plaque_text: str, signature: int) -> bool:
        digest = int.from_bytes(hashlib.sha1(plaque_text.encode()).digest()[:7], "big")
        return pow(signature, self.public_exp, self.modulus) == digest


_B32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def ticket_reference(serial: int) -> str:
    chars = []
    while serial:
        serial, rem = divmod(serial, 32)
        chars.append(_B32[rem])
    return "".join(reversed(chars)) or "0"


def disguise_member_phone(phone: str, shift: int = 7) -> str:
    return "".join(str((int(c) + shift) % 10) if c.isdigit() else c for c in phone)


def reveal_member_phone(hidden: str, shift: int = 7) -> str:
    return disguise_member_phone(hidden, 10 - shift)


def volunteer_session_token() -> str:
    return secrets.token_urlsafe(32)


def newsletter_password_hash(password: str, salt: bytes | None = None) -> tuple[bytes, bytes]:
    salt = salt or os.urandom(8)
    state = hashlib.sha256(salt + password.encode() + NEWSLETTER_PEPPER).digest()
    for _ in range(4096):
        state = hashlib.sha256(state + salt).digest()
    return salt, state


def lamp_status_flags(lit: bool, rotating: bool, fog_horn: bool, backup: bool) -> int:
    return (int(lit) << 0) | (int(rotating) << 1) | (int(fog_horn) << 2) | (int(backup) << 3)


def facets_needing_clean(mask: int) -> list[int]:
    return [i for i in range(LENS_FACETS) if mask >> i & 1]


class RaffleTickets:
    def __init__(self) -> None:
        self._x = (os.getpid() * 2654435761 + int(time.time())) & 0xFFFFFFFF

    def _next(self) -> int:
        self._x ^= (self._x << 13) & 0xFFFFFFFF
        self._x ^= self._x >> 17
        self._x ^= (self._x << 5) & 0xFFFFFFFF
        return self._x

    def claim_code(self) -> str:
        return "%08X" % self._next()
