"""Escape-room mini game: cipher riddles and a seeded dungeon layout."""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field

RIDDLES = [
    ("The password to the vault is hidden in plain sight", 3),
    ("Follow the river north until the bridge", 7),
]


def caesar(text: str, shift: int) -> str:
    out = []
    for ch in text:
        if ch in string.ascii_lowercase:
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif ch in string.ascii_uppercase:
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def next_riddle(level: int) -> tuple[str, str]:
    clue, shift = RIDDLES[level % len(RIDDLES)]
    return caesar(clue, shift), clue


def check_answer(guess: str, answer: str) -> bool:
    return guess.strip().lower() == answer.lower()


@dataclass
class Room:
    x: int
    y: int
    kind: str
    doors: list[str] = field(default_factory=list)


class DungeonGenerator:
    def __init__(self, seed: int) -> None:
        self._state = seed & 0xFFFFFFFF or 0x1234567

    def _next(self) -> int:
        x = self._state
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        self._state = x
        return x

    def rooms(self, width: int, height: int) -> list[Room]:
        kinds = ["hall", "vault", "library", "trap"]
        layout = []
        for y in range(height):
            for x in range(width):
                if self._next() % 3:
                    layout.append(Room(x, y, kinds[self._next() % len(kinds)]))
        return layout


def shuffled_hints(hints: list[str], seed: int) -> list[str]:
    rng = random.Random(seed)
    copy = list(hints)
    rng.shuffle(copy)
    return copy
