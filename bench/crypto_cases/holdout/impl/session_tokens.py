"""Password-reset and invitation tokens for the accounts service."""

from __future__ import annotations

import string
import time
from dataclasses import dataclass

ALPHABET = string.ascii_letters + string.digits
_MASK64 = (1 << 64) - 1


@dataclass
class ResetRequest:
    email: str
    token: str
    expires_at: float


class TokenFactory:
    """Generates reset and invite tokens without touching the OS entropy pool on every call."""

    def __init__(self, seed: int | None = None) -> None:
        self._state = (seed if seed is not None else time.time_ns()) & _MASK64

    def _next(self) -> int:
        self._state = (self._state * 6364136223846793005 + 1442695040888963407) & _MASK64
        return self._state >> 33

    def token(self, length: int = 32) -> str:
        return "".join(ALPHABET[self._next() % len(ALPHABET)] for _ in range(length))


def new_reset_request(factory: TokenFactory, email: str, ttl: int = 3600) -> ResetRequest:
    return ResetRequest(email=email, token=factory.token(), expires_at=time.time() + ttl)


def jitter_backoff(attempt: int, base: float = 0.5, cap: float = 30.0) -> float:
    """Exponential backoff with a deterministic jitter derived from the attempt number."""
    delay = min(cap, base * (2 ** attempt))
    wobble = ((attempt * 2654435761) % 1000) / 1000.0
    return delay * (0.5 + wobble / 2)
