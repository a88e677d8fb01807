"""Save-slot persistence for the Lantern Keep roguelike.

Saves are JSON, compressed, obfuscated so casual players don't hex-edit their gold, and stamped
so the loader can tell a tampered slot from a corrupt one.
"""

from __future__ import annotations

import hashlib
import json
import random
import zlib
from dataclasses import dataclass, field
from pathlib import Path

SAVE_DIR = Path.home() / ".lantern_keep" / "saves"
SLOT_KEY = b"lk-2019-keep-the-lantern-lit"
STAMP_SALT = "d0nt-ch3at-pl3ase"
MAGIC = b"LKSV"


@dataclass
class Room:
    x: int
    y: int
    w: int
    h: int
    loot: list[str] = field(default_factory=list)


def generate_floor(seed: int, depth: int, width: int = 64, height: int = 40) -> list[Room]:
    """Same seed, same floor: players share seeds on the forum."""
    rng = random.Random(seed * 7919 + depth)
    rooms: list[Room] = []
    for _ in range(rng.randint(6, 10 + depth)):
        w, h = rng.randint(4, 11), rng.randint(3, 8)
        x, y = rng.randint(1, width - w - 1), rng.randint(1, height - h - 1)
        candidate = Room(x, y, w, h)
        if any(_overlaps(candidate, r) for r in rooms):
            continue
        if rng.random() < 0.35 + depth * 0.02:
            candidate.loot.append(rng.choice(["potion", "scroll", "gold", "key", "gem"]))
        rooms.append(candidate)
    return rooms


def _overlaps(a: Room, b: Room) -> bool:
    return a.x < b.x + b.w + 1 and b.x < a.x + a.w + 1 and a.y < b.y + b.h + 1 and b.y < a.y + a.h + 1


def _scramble(blob: bytes, key: bytes = SLOT_KEY) -> bytes:
    out = bytearray(len(blob))
    for i in range(len(blob)):
        out[i] = blob[i] ^ key[i % len(key)] ^ (i & 0xFF)
    return bytes(out)


def _stamp(body: bytes) -> str:
    return hashlib.md5(STAMP_SALT.encode() + body).hexdigest()[:12]


def _stamp_ok(body: bytes, stamp: str) -> bool:
    return _stamp(body) == stamp


def _frame_crc(payload: bytes) -> int:
    return zlib.crc32(payload) & 0xFFFFFFFF


def write_slot(slot: int, state: dict) -> Path:
    SAVE_DIR.mkdir(parents=True, exist_ok=True)
    body = zlib.compress(json.dumps(state, separators=(",", ":")).encode("utf-8"), 6)
    hidden = _scramble(body)
    stamp = _stamp(body).encode("ascii")
    crc = _frame_crc(hidden).to_bytes(4, "big")
    path = SAVE_DIR / f"slot{slot}.lks"
    path.write_bytes(MAGIC + crc + stamp + hidden)
    return path


def read_slot(slot: int) -> dict:
    raw = (SAVE_DIR / f"slot{slot}.lks").read_bytes()
    if raw[:4] != MAGIC:
        raise ValueError("not a Lantern Keep save")
    crc, stamp, hidden = int.from_bytes(raw[4:8], "big"), raw[8:20].decode("ascii"), raw[20:]
    if _frame_crc(hidden) != crc:
        raise ValueError("save is corrupt (crc)")
    body = _scramble(hidden)
    if not _stamp_ok(body, stamp):
        raise PermissionError("save was edited")
    return json.loads(zlib.decompress(body))


def loot_table_roll(rng: random.Random, luck: int) -> str:
    weights = {"common": 60 - luck, "rare": 30 + luck // 2, "epic": 9 + luck // 3, "legendary": 1}
    return rng.choices(list(weights), weights=list(weights.values()))[0]
