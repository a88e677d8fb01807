"""Where provenance state lives: the workspace folder and its `.vigilint/` directory.

The workspace is the nearest folder, from a path upwards, holding `.git`, `.vigilint` or
`pyproject.toml`. Paths are stored relative to it (POSIX separators) so the database survives
moving the checkout; a path outside the workspace is refused.
"""

from __future__ import annotations

import os
from pathlib import Path

STATE_DIR = ".vigilint"
DB_NAME = "vigilint.db"
_MARKERS = (".git", STATE_DIR, "pyproject.toml")


class OutsideWorkspaceError(ValueError):
    """A path that is not inside the workspace."""


def find_workspace(start: Path) -> Path | None:
    """The nearest folder at or above `start` that holds `.git`, `.vigilint` or
    `pyproject.toml`; None when there is none. The filesystem root counts only when `start`
    is the root itself: a stray `/.vigilint` (a tool once run with `/` as its working folder)
    must not make `/` the workspace of every project below it, mixing their caches and
    provenance in one database."""
    here = Path(os.path.abspath(start))
    if here.is_file() or (not here.exists() and here.suffix):
        here = here.parent
    for folder in (here, *here.parents):
        if folder != here and folder == folder.parent:
            break  # the filesystem root, reached from below
        if any((folder / marker).exists() for marker in _MARKERS):
            return folder
    return None


def workspace_for(start: Path) -> Path:
    """`find_workspace`, falling back to `start`'s folder."""
    found = find_workspace(start)
    if found is not None:
        return found
    here = Path(os.path.abspath(start))
    return here if here.is_dir() else here.parent


def relative_path(workspace: Path, path: str | Path) -> str:
    """`path` relative to the workspace, POSIX style. Relative paths are taken as relative to
    the workspace already. Raises OutsideWorkspaceError for paths that leave it."""
    candidate = Path(path)
    root = Path(os.path.realpath(workspace))
    absolute = candidate if candidate.is_absolute() else root / candidate
    resolved = Path(os.path.realpath(absolute))
    try:
        return resolved.relative_to(root).as_posix()
    except ValueError:
        raise OutsideWorkspaceError(
            f"{path} is outside the workspace {workspace}; provenance is kept only for files "
            "inside it") from None


def state_dir(workspace: Path) -> Path:
    """`<workspace>/.vigilint`, created with a `.gitignore` of `*` so its contents stay out
    of version control."""
    folder = workspace / STATE_DIR
    folder.mkdir(exist_ok=True)
    ignore = folder / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# vigilint state: local, never committed\n*\n", encoding="utf-8")
    return folder


def db_path(workspace: Path) -> Path:
    return workspace / STATE_DIR / DB_NAME
