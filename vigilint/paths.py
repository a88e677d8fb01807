"""File-system questions that never raise: a symlink loop, a folder that can't be read or a
file that vanished answers "no" (or the plain absolute path) instead of an exception that would
abort a scan."""

from __future__ import annotations

import os
from pathlib import Path

# Folders never scanned: version control, environments, dependencies, build output, caches.
DEFAULT_EXCLUDES: tuple[str, ...] = (
    ".git", ".hg", ".svn", ".venv", "venv", ".tox", ".nox", "env", "__pycache__",
    "node_modules", "bower_components", "dist", "build", "target", "out", ".next", ".nuxt",
    ".mypy_cache", ".ruff_cache", ".pytest_cache", ".gradle", ".idea", ".vigilint",
    "site-packages", "vendor", ".terraform", "coverage", ".eggs",
)


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


def read_regular_text(path: Path) -> str | None:
    """The text of `path` when it is a regular file, else None: a FIFO, a device or a socket
    named like a configuration file or a manifest must not block the reader. The file is
    opened without blocking and checked after opening, so a swap between check and open does
    not matter either."""
    import stat

    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            return None
        return handle.read().decode("utf-8", errors="replace")
