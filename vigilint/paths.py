"""File-system questions that never raise: a symlink loop, a folder that can't be read or a
file that vanished answers "no" (or the plain absolute path) instead of an exception that would
abort a scan."""

from __future__ import annotations

import os
from pathlib import Path


def real(path: str | Path) -> str:
    """The real path (symlinks resolved as far as they go)."""
    try:
        return os.path.realpath(path)
    except (OSError, RuntimeError, ValueError):
        return os.path.abspath(path)


def is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:
        return False
