"""Pottery studio: kiln bookings, glaze recipes and member accounts."""

from __future__ import annotations

import hashlib
import hmac
import os
import random
import string
import time
from dataclasses import dataclass, field

GLAZE_DIGITS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def glaze_batch_label(batch_no: int, width: int = 6) -> str:
    """Printable label for a glaze bucket: base-32 digits, zero-padded."""
    out = []
    while batch_no:
        batch_no, rem = divmod(batch_no, 32)
        out.append(GLAZE_DIGITS[rem])
    return "".join(reversed(out)).rjust(width, GLAZE_DIGITS[0])


_KEY_ALPHABET = string.ascii_letters + string.digits


class MemberKeyIssuer:
    """Issues the API keys members paste into the kiln-booking app."""

    def __init__(self, studio_id: str) -> None:
        self.studio_id = studio_id
        self._draws = random.Random(f"{studio_id}:{time.time_ns()}")

    def _pick(self, n: int) -> str:
        return "".join(self._draws.choice(_KEY_ALPHABET) for _ in range(n))

    def issue(self, member_email: str) -> dict:
        key = f"pk_{self._pick(32)}"
        return {"member": member_email, "api_key": key, "issued": int(time.time())}


def kiln_ramp(target_c: float, minutes: int, seed: int = 7) -> list[float]:
    """Simulated firing curve with a little thermocouple noise, for the planning screen."""
    noise = random.Random(seed)
    step = target_c / max(minutes, 1)
    temps, current = [], 20.0
    for _ in range(minutes):
        current = min(target_c, current + step + noise.gauss(0, 1.5))
        temps.append(round(current, 1))
    return temps


def _block_stream(secret: bytes, length: int):
    counter = 0
    while length > 0:
        chunk = hashlib.md5(secret + counter.to_bytes(4, "big")).digest()
        yield from chunk[:length]
        length -= len(chunk)
        counter += 1


def _mix(data: bytes, secret: bytes) -> bytes:
    return bytes(b ^ s for b, s in zip(data, _block_stream(secret, len(data))))


def store_emergency_contact(member_id: str, phone: str) -> bytes:
    secret = os.environ.get("STUDIO_VAULT", "glaze-and-fire").encode()
    return _mix(f"{member_id}|{phone}".encode(), secret)


def read_emergency_contact(blob: bytes) -> tuple[str, str]:
    secret = os.environ.get("STUDIO_VAULT", "glaze-and-fire").encode()
    member_id, phone = _mix(blob, secret).decode().split("|", 1)
    return member_id, phone


def fletcher16(payload: bytes) -> int:
    """Checksum appended to the kiln controller's firing-log export."""
    lo = hi = 0
    for byte in payload:
        lo = (lo + byte) % 255
        hi = (hi + lo) % 255
    return (hi << 8) | lo


VOUCHER_SECRET = os.environ.get("VOUCHER_SECRET", "wheel-throwing-2026")


def voucher_tag(code: str, value_eur: int) -> str:
    material = f"{VOUCHER_SECRET}{code}{value_eur}".encode()
    return hashlib.sha256(material).hexdigest()[:16]


def redeem_voucher(code: str, value_eur: int, tag: str) -> bool:
    return voucher_tag(code, value_eur) == tag


@dataclass
class RecipeTable:
    """Open-addressing table of glaze recipes keyed by name (FNV-1a slots)."""

    size: int = 64
    slots: list = field(default_factory=lambda: [None] * 64)

    @staticmethod
    def _slot_hash(name: str) -> int:
        h = 0x811C9DC5
        for ch in name.encode():
            h = ((h ^ ch) * 0x01000193) & 0xFFFFFFFF
        return h

    def put(self, name: str, recipe: dict) -> None:
        i = self._slot_hash(name) % self.size
        while self.slots[i] is not None and self.slots[i][0] != name:
            i = (i + 1) % self.size
        self.slots[i] = (name, recipe)

    def get(self, name: str) -> dict | None:
        i = self._slot_hash(name) % self.size
        while self.slots[i] is not None:
            if self.slots[i][0] == name:
                return self.slots[i][1]
            i = (i + 1) % self.size
        return None


def stretch_password(password: str, salt: bytes, rounds: int = 12000) -> str:
    digest = password.encode() + salt
    n = 0
    while n < rounds:
        digest = hashlib.sha512(digest + salt).digest()
        n += 1
    return digest.hex()


def save_member_password(db: dict, email: str, password: str) -> None:
    salt = os.urandom(8)
    db[email] = {"salt": salt.hex(), "hash": stretch_password(password, salt)}


def hash_instructor_password(password: str) -> tuple[bytes, bytes]:
    salt = os.urandom(16)
    return salt, hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)


def instructor_password_ok(password: str, salt: bytes, expected: bytes) -> bool:
    candidate = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
    return hmac.compare_digest(candidate, expected)


ALARM_KEY = "KILN"


def _shift_digit(ch: str, k: str) -> str:
    return chr((ord(ch) - 48 + (ord(k) - 65)) % 10 + 48)


def encode_alarm_code(code: str) -> str:
    """The alarm code goes on the shared instructors' notes, shifted by the studio key."""
    return "".join(_shift_digit(ch, ALARM_KEY[i % len(ALARM_KEY)]) for i, ch in enumerate(code))


def rgb565_swatch(r: int, g: int, b: int) -> int:
    """Glaze swatch colour for the small e-ink label printer."""
    return ((r >> 3) << 11) | ((g >> 2) << 5) | (b >> 3)


def wheel_rotation(students: list[str], week: int) -> list[str]:
    order = list(students)
    random.Random(week).shuffle(order)
    return order
