"""Shared helpers for the provenance tests (a module, so tests can import it by name)."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

AI_CODE = "def load(data):\n    return yaml.load(data)\n"
APP = "import yaml\n\n\n" + AI_CODE
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class Clock:
    """A controllable clock: tests move it, nothing sleeps."""

    def __init__(self, start: datetime = T0) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                          text=True).stdout
