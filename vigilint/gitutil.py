"""The few git facts provenance needs, read as data.

git runs with hooks and the file-system monitor switched off, so a repository's configuration
can't make vigilint execute anything; every failure (no git, not a repository) becomes None or
a `GitError` with a sentence.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

_SAFE = ("-c", "core.hooksPath=/dev/null", "-c", "core.fsmonitor=false")
TIMEOUT = 10


class GitError(RuntimeError):
    """git is missing or refused; the message is a sentence."""


def available() -> bool:
    import shutil  # here: it imports lzma and bz2, a start-up cost of every scan

    return shutil.which("git") is not None


def run(cwd: Path, *args: str, input_text: str | None = None) -> str:
    if not available():
        raise GitError("git is not installed (or not on PATH)")
    try:
        done = subprocess.run(["git", *_SAFE, *args], cwd=cwd, capture_output=True, text=True,
                              timeout=TIMEOUT, input=input_text, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise GitError(f"git {args[0]} failed: {exc}") from exc
    if done.returncode != 0:
        detail = (done.stderr.strip().splitlines() or ["no details"])[-1]
        raise GitError(f"git {args[0]} failed: {detail}")
    return done.stdout


def config_value(cwd: Path, key: str) -> str | None:
    try:
        value = run(cwd, "config", "--get", key).strip()
    except GitError:
        return None
    return value or None


def author(cwd: Path) -> tuple[str | None, str | None]:
    """(user.name, user.email) from git's configuration, each None when unset."""
    return config_value(cwd, "user.name"), config_value(cwd, "user.email")


def head(cwd: Path) -> str | None:
    try:
        return run(cwd, "rev-parse", "--verify", "-q", "HEAD").strip() or None
    except GitError:
        return None
