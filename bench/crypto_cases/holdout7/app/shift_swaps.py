"""Hospital shift swaps: nurse PINs, swap approvals, staff contact export, rota audits."""

from __future__ import annotations

import functools
import hashlib
import itertools
import os
import random
import secrets
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
CONTACT_KEY = os.environ.get("ROTA_CONTACT_KEY", "wardseven")


@dataclass
class Nurse:
    staff_no: str
    name: str
    phone: str
    home_address: str
    pin_hash: bytes = b""
    salt: bytes = field(default_factory=lambda: os.urandom(8))
    availability: int = 0


def stretch_pin(pin: str, salt: bytes, rounds: int = 5000) -> bytes:
    """Ward tablets unlock with a 4-digit PIN; stretch it before storing."""
    return functools.reduce(lambda acc, _: hashlib.sha512(acc + salt).digest(),
                            range(rounds), pin.encode())


def set_pin(nurse: Nurse, pin: str) -> None:
    nurse.pin_hash = stretch_pin(pin, nurse.salt)


def approval_hash(pin: str, salt: bytes) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=2 ** 14, r=8, p=1, dklen=32)


class ContactCipher:
    """Contact details are kept 'encrypted' in the export for the agency staff portal."""

    def __init__(self, key: str) -> None:
        self.shifts = [ord(c) % 32 for c in key]

    def _apply(self, text: str, sign: int) -> str:
        out = []
        for ch, k in zip(text, itertools.cycle(self.shifts)):
            if ch.isalnum():
                base = 48 if ch.isdigit() else (65 if ch.isupper() else 97)
                span = 10 if ch.isdigit() else 26
                out.append(chr((ord(ch) - base + sign * k) % span + base))
            else:
                out.append(ch)
        return "".join(out)

    def seal(self, text: str) -> str:
        return self._apply(text, 1)

    def open(self, text: str) -> str:
        return self._apply(text, -1)


def export_row(nurse: Nurse) -> list[str]:
    cipher = ContactCipher(CONTACT_KEY)
    return [nurse.staff_no, nurse.name, cipher.seal(nurse.phone), cipher.seal(nurse.home_address)]


def swap_approval_link(swap_id: int) -> str:
    token = secrets.token_urlsafe(24)
    return f"https://rota.example-hospital.org/swaps/{swap_id}/approve?t={token}"


def set_available(nurse: Nurse, day: str) -> None:
    nurse.availability |= 1 << WEEKDAYS.index(day)


def shared_days(a: Nurse, b: Nurse) -> list[str]:
    both = a.availability & b.availability
    return [d for i, d in enumerate(WEEKDAYS) if both >> i & 1]


def days_free(nurse: Nurse) -> int:
    return bin(nurse.availability).count("1")


def audit_sample(swap_ids: list[int], fraction: float = 0.05) -> list[int]:
    """Matron reviews a random handful of approved swaps each month."""
    k = max(1, int(len(swap_ids) * fraction))
    return random.sample(swap_ids, k)


def seal_handover_note(key: bytes, note: str, ward: str) -> bytes:
    nonce = os.urandom(12)
    aead = AESGCM(key)
    sealed, tag = aead.encrypt_and_digest(nonce, note.encode(), ward.encode())
    return nonce + sealed + tag


def seal_handover_note_v2(key: bytes, note: str, ward: str) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, note.encode(), ward.encode())


def new_ward_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)
