"""The workspace root: the only folder the MCP tools read from.

A path an agent gives is taken relative to the root (an absolute path must lie inside it). It
is refused when it leads outside the root, lexically (`..`, an absolute path elsewhere) or
through a symlink; it is then read through its resolved path, the one that was checked.
Symlinks met inside a scanned folder are checked by the scan itself (`scan(confine=root)`).
"""

from __future__ import annotations

import os
from pathlib import Path

MAX_SHOWN_PATH = 200  # characters of a given path quoted back in a refusal


class Refusal(Exception):
    """A request the tools will not carry out; the message is one sentence for the agent."""


def shown(given: str) -> str:
    """A path as quoted back to the agent: one line, not longer than `MAX_SHOWN_PATH`."""
    flat = given.replace("\n", " ").replace("\r", " ")
    if len(flat) > MAX_SHOWN_PATH:
        return flat[:MAX_SHOWN_PATH] + f"… ({len(flat):,} characters)"
    return flat


def _inside(path: str, root: str) -> bool:
    try:
        return os.path.commonpath([path, root]) == root
    except ValueError:  # another drive (Windows)
        return False


class Workspace:
    """The root folder, resolved once (a root given through a symlink is its target)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(os.path.realpath(root))

    def locate(self, given: str) -> Path:
        """The resolved path of `given`, which exists inside the root; else `Refusal`."""
        if not given.strip():
            raise Refusal("an empty path was given; name a file or folder inside the workspace")
        if "\0" in given:
            raise Refusal(f"`{shown(given)}` holds a NUL character; it is not a path")
        root = str(self.root)
        candidate = Path(given).expanduser() if given.startswith("~") else Path(given)
        if not candidate.is_absolute():
            candidate = self.root / candidate
        if not _inside(os.path.normpath(candidate), root):
            raise Refusal(f"`{shown(given)}` is outside the workspace root {root}; vigilint "
                          "reads only files inside it")
        real = os.path.realpath(candidate)
        if not _inside(real, root):
            raise Refusal(f"`{shown(given)}` leads outside the workspace root {root} through "
                          "a symlink; vigilint does not follow links out of the workspace")
        if not os.path.lexists(real):
            raise Refusal(f"`{shown(given)}`: no such file or folder in the workspace {root}")
        return Path(real)

    def relative(self, path: Path) -> str:
        """`path` relative to the root ("." for the root itself)."""
        try:
            return path.relative_to(self.root).as_posix() or "."
        except ValueError:
            return path.as_posix()
