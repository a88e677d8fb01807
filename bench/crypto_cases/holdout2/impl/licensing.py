"""License activation and reseller settings for the desktop edition."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
SETTINGS_FILE = Path.home() / ".acme" / "reseller.json"


@dataclass
class Activation:
    customer_id: int
    seats: int
    code: str


class _CodeSource:
    """Produces activation codes for new customers."""

    def __init__(self, seed: int | None = None) -> None:
        self.state = seed if seed is not None else int(time.time() * 1000) & 0x7FFFFFFF

    def next_word(self) -> int:
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state >> 8

    def code(self, groups: int = 4) -> str:
        chars = []
        for _ in range(groups * 5):
            chars.append(ALPHABET[self.next_word() % len(ALPHABET)])
        return "-".join("".join(chars[i:i + 5]) for i in range(0, len(chars), 5))


def issue_activation(customer_id: int, seats: int) -> Activation:
    return Activation(customer_id, seats, _CodeSource().code())


def luhn_check_digit(payload: str) -> int:
    total = 0
    for index, ch in enumerate(reversed(payload)):
        digit = int(ch)
        if index % 2 == 0:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return (10 - total % 10) % 10


def order_number(customer_id: int, sequence: int) -> str:
    body = f"{customer_id:07d}{sequence:05d}"
    return body + str(luhn_check_digit(body))


def _shift_text(text: str, key: str, direction: int) -> str:
    out = []
    for i, ch in enumerate(text):
        k = ord(key[i % len(key)]) - 32
        out.append(chr((ord(ch) - 32 + direction * k) % 95 + 32))
    return "".join(out)


def save_reseller_settings(login: str, password: str, machine_key: str) -> None:
    SETTINGS_FILE.parent.mkdir(parents=True, exist_ok=True)
    blob = {"login": login, "password": _shift_text(password, machine_key, 1)}
    SETTINGS_FILE.write_text(json.dumps(blob), encoding="utf-8")


def load_reseller_settings(machine_key: str) -> tuple[str, str]:
    blob = json.loads(SETTINGS_FILE.read_text(encoding="utf-8"))
    return blob["login"], _shift_text(blob["password"], machine_key, -1)
