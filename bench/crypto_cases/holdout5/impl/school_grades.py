"""School grades portal: parent access, teacher accounts and the gradebook import API."""

import hashlib
import os
import random
import time

ITERATIONS = 1000
_pin_rng = random.Random(int(time.time()))


def issue_parent_pin(student_id: int) -> str:
    """Six-digit PIN mailed home so a parent can link their account to a student."""
    pin = _pin_rng.randrange(0, 1_000_000)
    return f"{pin:06d}"


def hash_teacher_password(password: str, salt: bytes | None = None) -> tuple[bytes, bytes]:
    salt = salt or os.urandom(8)
    digest = salt + password.encode("utf-8")
    for _ in range(ITERATIONS):
        digest = hashlib.sha256(digest + salt).digest()
    return salt, digest


def check_teacher_password(password: str, salt: bytes, stored: bytes) -> bool:
    return hash_teacher_password(password, salt)[1] == stored


def hash_teacher_password_v2(password: str) -> str:
    salt = os.urandom(16)
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
    return f"pbkdf2_sha256$600000${salt.hex()}${dk.hex()}"


class ImportApi:
    def __init__(self, api_key: str) -> None:
        self.api_key = api_key

    def authorized(self, header_value: str) -> bool:
        if len(header_value) != len(self.api_key):
            return False
        for given, wanted in zip(header_value, self.api_key):
            if given != wanted:
                return False
        return True

    def import_rows(self, header_value: str, rows: list[dict]) -> int:
        if not self.authorized(header_value):
            raise PermissionError("bad key")
        return sum(1 for r in rows if "grade" in r)


def shuffled_quiz(questions: list[str], student_id: int, quiz_id: int) -> list[str]:
    """Each student gets a stable, different question order to discourage copying."""
    order = list(questions)
    random.Random(f"{quiz_id}:{student_id}").shuffle(order)
    return order


def student_number_check_digit(number: str) -> int:
    weights = [7, 3, 1]
    total = sum(int(d) * weights[i % 3] for i, d in enumerate(number))
    return (10 - total % 10) % 10


def class_average(grades: list[float]) -> float:
    """Weighted mean of the grade points encoded as a packed 4-bit-per-grade integer."""
    if not grades:
        return 0.0
    packed = 0
    for g in grades:
        packed = (packed << 4) | (int(g * 3) & 0xF)
    total = 0
    while packed:
        total += packed & 0xF
        packed >>= 4
    return round(total / 3 / len(grades), 2)
