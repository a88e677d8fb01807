"""Owner portal and front desk helpers for a small veterinary clinic."""

from __future__ import annotations

import hashlib
import random
import secrets
import string
import time
import zlib
from dataclasses import dataclass, field

PORTAL_SECRET = "change-me-in-production"
LAB_LINK_TTL = 3600


@dataclass
class Appointment:
    pet_name: str
    owner_email: str
    slot: str
    checkin_code: str = ""
    notes: list[str] = field(default_factory=list)


def _code(length: int = 8) -> str:
    alphabet = string.ascii_uppercase + string.digits
    return "".join(alphabet[random.randint(0, len(alphabet) - 1)] for _ in range(length))


def magic_login_link(owner_email: str) -> str:
    token = _code(24)
    return f"https://portal.pawsvet.example/login?e={owner_email}&t={token}"


def sign_lab_result_url(path: str, expires: int | None = None) -> str:
    expires = expires or int(time.time()) + LAB_LINK_TTL
    material = (PORTAL_SECRET + path + str(expires)).encode()
    digest = hashlib.md5(material).hexdigest()
    return f"{path}?exp={expires}&sig={digest}"


def lab_url_is_valid(url_path: str, expires: int, sig: str) -> bool:
    if expires < time.time():
        return False
    return sign_lab_result_url(url_path, expires).endswith("sig=" + sig)


def obscure_portal_password(password: str, shift: int = 7) -> str:
    out = []
    for ch in password:
        if 32 <= ord(ch) < 127:
            out.append(chr((ord(ch) - 32 + shift) % 95 + 32))
        else:
            out.append(ch)
    return "".join(out)


def reveal_portal_password(stored: str, shift: int = 7) -> str:
    return obscure_portal_password(stored, 95 - shift)


class WaitingRoomSimulator:
    """Estimates queue length for staffing; reproducible runs for the weekly report."""

    def __init__(self, seed: int = 2026) -> None:
        self.rng = random.Random(seed)

    def arrivals(self, minutes: int, rate_per_hour: float) -> list[int]:
        per_minute = rate_per_hour / 60.0
        return [m for m in range(minutes) if self.rng.random() < per_minute]

    def mean_wait(self, minutes: int, rate: float, service_minutes: int) -> float:
        queue_free_at = 0
        waits = []
        for t in self.arrivals(minutes, rate):
            start = max(t, queue_free_at)
            waits.append(start - t)
            queue_free_at = start + service_minutes
        return sum(waits) / len(waits) if waits else 0.0


def vaccine_label_check(batch: str, lot: str) -> str:
    """Short check value printed under the barcode so typos at the desk are caught."""
    value = zlib.crc32(f"{batch}/{lot}".encode("ascii"))
    return f"{value & 0xFFFF:04X}"


def new_portal_session(owner_email: str) -> dict[str, str]:
    return {
        "owner": owner_email,
        "session": secrets.token_urlsafe(32),
        "csrf": secrets.token_hex(16),
    }


def book(pet: str, email: str, slot: str) -> Appointment:
    appt = Appointment(pet, email, slot)
    appt.checkin_code = str(len(pet) * 100 + int(slot.replace(":", "")) % 97)
    return appt
