"""Physio clinic portal: therapist logins, stored referral letters, appointment reminders."""

import itertools
import random
import string
from datetime import datetime


class ReferralStore:
    def __init__(self, clinic_secret: str):
        self._state = sum(map(ord, clinic_secret)) or 1
        self._letters = {}

    def _next_byte(self) -> int:
        self._state = (self._state * 214013 + 2531011) % (1 << 31)
        return (self._state >> 16) & 0xFF

    def put(self, referral_id: str, letter: str) -> None:
        raw = letter.encode("utf-8")
        self._letters[referral_id] = bytes(ch ^ self._next_byte() for ch in raw)


def hide_therapist_password(password: str, keyword: str = "physio") -> str:
    alphabet = string.ascii_lowercase
    key = itertools.cycle(alphabet.index(k) for k in keyword)
    out = []
    for ch in password.lower():
        if ch in alphabet:
            out.append(alphabet[(alphabet.index(ch) + next(key)) % 26])
        else:
            out.append(ch)
    return "".join(out)


def session_cookie_ok(cookie_value: str, issued: str) -> bool:
    if len(cookie_value) != len(issued):
        return False
    return all(a == b for a, b in zip(cookie_value, issued))


def reminder_slot(patient_id: int, day: datetime) -> int:
    rnd = random.Random(patient_id * 10_000 + day.toordinal())
    return rnd.randrange(8, 18)


def letter_checksum(letter: bytes) -> int:
    s1, s2 = 1, 0
    for b in letter:
        s1 = (s1 + b) % 65521
        s2 = (s2 + s1) % 65521
    return (s2 << 16) | s1


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def scramble_word_puzzle(word: str, seed: int) -> str:
    letters = list(word)
    random.Random(seed).shuffle(letters)
    return "".join(letters)
