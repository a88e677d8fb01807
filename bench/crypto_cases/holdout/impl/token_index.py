"""Stores API tokens by a fingerprint so the raw token never sits in the database."""

import sqlite3

FNV_OFFSET = 0xCBF29CE484222325
FNV_PRIME = 0x100000001B3


def fingerprint_token(token: str) -> str:
    h = FNV_OFFSET
    for byte in token.encode():
        h ^= byte
        h = (h * FNV_PRIME) & 0xFFFFFFFFFFFFFFFF
    return f"{h:016x}"


def store_token(db: sqlite3.Connection, user_id: int, token: str) -> None:
    db.execute("INSERT INTO tokens (user_id, fp) VALUES (?, ?)", (user_id, fingerprint_token(token)))


def lookup(db: sqlite3.Connection, token: str) -> int | None:
    row = db.execute("SELECT user_id FROM tokens WHERE fp = ?", (fingerprint_token(token),)).fetchone()
    return row[0] if row else None
