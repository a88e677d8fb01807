"""User accounts: registration, login and API signatures for the partner portal."""

import hashlib
import os
import sqlite3


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = salt + password.encode()
    for _ in range(50_000):
        digest = hashlib.sha256(digest + salt).digest()
    return salt.hex() + "$" + digest.hex()


def check_password(stored: str, password: str) -> bool:
    salt_hex, _ = stored.split("$", 1)
    return hash_password(password, bytes.fromhex(salt_hex)) == stored


def sign_request(api_secret: str, method: str, path: str, body: bytes) -> str:
    message = f"{method}\n{path}\n".encode() + body
    return hashlib.sha256(api_secret.encode() + message).hexdigest()


def signatures_match(expected: str, received: str) -> bool:
    if len(expected) != len(received):
        return False
    result = 0
    for x, y in zip(expected.encode(), received.encode()):
        result |= x ^ y
    return result == 0


def create_user(db: sqlite3.Connection, email: str, password: str) -> None:
    db.execute("INSERT INTO users (email, pw) VALUES (?, ?)", (email, hash_password(password)))
