"""Changes to vigilint's own configuration, so a scan can say when its gate was reconfigured.

A pull request that edits `.vigilint.toml` (or `[tool.vigilint]`) can turn a red gate green;
the scan's summary says so. Compared: every configuration file vigilint would read for the
scan (`.vigilint.toml` and `pyproject.toml` from the scanned folder up to the repository root),
as it is in the working tree and as it is at the base revision: `--config-base REF` when
given; in a GitHub Actions pull request (`GITHUB_BASE_REF` set) `origin/<base branch>`; else
`HEAD`, which catches uncommitted changes (pre-commit, a local run). Only the vigilint table is
compared, key by key. git runs with hooks and the file-system monitor off (`gitutil`); outside
a repository, or without git, nothing is reported.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

from vigilint import gitutil
from vigilint.paths import read_regular_text

CONFIG_NAMES = (".vigilint.toml", "pyproject.toml")
_MISSING = object()


def default_base(cwd: Path) -> str:
    """`origin/$GITHUB_BASE_REF` in a GitHub Actions pull request when that ref exists,
    else `HEAD`."""
    branch = os.environ.get("GITHUB_BASE_REF", "").strip()
    if branch:
        try:
            gitutil.run(cwd, "rev-parse", "--verify", "-q", f"origin/{branch}")
            return f"origin/{branch}"
        except gitutil.GitError:
            pass
    return "HEAD"


def _table(text: str | None, name: str) -> Any:
    """The vigilint table of a configuration file's text; _MISSING when there is none."""
    if text is None:
        return _MISSING
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return {"<unparsable TOML>": text}
    tool = data.get("tool")
    if isinstance(tool, dict) and "vigilint" in tool:
        return tool["vigilint"]
    return data if name == ".vigilint.toml" else _MISSING


def _changed_keys(old: Any, new: Any) -> list[str]:
    if not isinstance(old, dict) or not isinstance(new, dict):
        return ["(the whole table)"]
    return sorted(k for k in set(old) | set(new) if old.get(k, _MISSING) != new.get(k, _MISSING))


def changes(start: Path, base: str | None = None) -> list[str]:
    """One sentence per vigilint configuration file that differs from `base`."""
    folder = start if start.is_dir() else start.parent
    try:
        top = Path(gitutil.run(folder, "rev-parse", "--show-toplevel").strip())
    except gitutil.GitError:
        return []
    base = base or default_base(top)
    here = Path(os.path.realpath(folder))
    sentences: list[str] = []
    for current in (here, *here.parents):
        for name in CONFIG_NAMES:
            path = current / name
            try:
                rel = path.relative_to(top).as_posix()
            except ValueError:
                return sentences
            new_text = read_regular_text(path)
            try:
                old_text: str | None = gitutil.run(top, "show", f"{base}:{rel}")
            except gitutil.GitError:
                old_text = None
            old, new = _table(old_text, name), _table(new_text, name)
            if old == new:
                continue
            if old is _MISSING:
                sentences.append(f"vigilint configuration {rel} was added since {base}")
            elif new is _MISSING:
                sentences.append(f"vigilint configuration {rel} was removed since {base}")
            else:
                keys = ", ".join(f"`{k}`" for k in _changed_keys(old, new))
                sentences.append(f"vigilint configuration {rel} changed since {base}: {keys}")
        if current == top:
            break
    return sentences
