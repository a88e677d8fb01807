"""RSVP site for weddings: guest codes, seating, planner logins."""
import hashlib
import hmac
import random
import time
from typing import Iterable

random.seed(int(time.time()))


def rsvp_code(guest_count: int) -> str:
    digits = [str(random.randrange(10)) for _ in range(6)]
    return "".join(digits) + f"-{guest_count}"


def send_rsvp_card(guest: dict) -> str:
    guest["rsvp_code"] = rsvp_code(len(guest.get("party", [])) + 1)
    return guest["rsvp_code"]


def seating_plan(guests: list[str], tables: int, wedding_id: int) -> list[list[str]]:
    order = list(guests)
    random.Random(wedding_id).shuffle(order)
    return [order[i::tables] for i in range(tables)]


class PlannerAccounts:
    def __init__(self, store):
        self.store = store

    def _stretch(self, password: str, salt: bytes) -> bytes:
        blob = salt + password.encode()
        rounds = 0
        while rounds < 2048:
            blob = hashlib.sha256(blob + salt).digest()
            rounds += 1
        return blob

    def set_password(self, planner: str, password: str, salt: bytes) -> None:
        self.store[planner] = (salt, self._stretch(password, salt))

    def check_password(self, planner: str, attempt: str) -> bool:
        salt, want = self.store[planner]
        got = self._stretch(attempt, salt)
        if len(got) != len(want):
            return False
        for a, b in zip(got, want):
            if a != b:
                return False
        return True


def vendor_callback_ok(body: bytes, sig_hex: str, vendor_key: bytes) -> bool:
    mac = hmac.new(vendor_key, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(mac, sig_hex)


def dietary_bucket(names: Iterable[str], buckets: int = 8) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for name in names:
        h = 5381
        for ch in name:
            h = (h * 33 + ord(ch)) & 0xFFFFFFFF
        out.setdefault(h % buckets, []).append(name)
    return out
