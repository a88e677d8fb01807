"""Daily word puzzle: the player decodes a shifted quote."""

import random
import string
from datetime import date

QUOTES = [
    "the quick brown fox jumps over the lazy dog",
    "practice makes perfect",
    "fortune favours the bold",
]


def caesar_shift(text: str, shift: int) -> str:
    shifted = []
    for ch in text:
        if ch in string.ascii_lowercase:
            shifted.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        else:
            shifted.append(ch)
    return "".join(shifted)


def todays_puzzle(today: date | None = None) -> tuple[str, int]:
    today = today or date.today()
    rng = random.Random(today.toordinal())
    quote = rng.choice(QUOTES)
    shift = rng.randint(1, 25)
    return caesar_shift(quote, shift), shift


def check_answer(guess: str, puzzle: str, shift: int) -> bool:
    return caesar_shift(puzzle, -shift) == guess.strip().lower()
