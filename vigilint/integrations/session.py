"""The prompt verdict of an agent session, kept between hook processes.

GitHub Copilot CLI reads no answer from its prompt hook (`userPromptSubmitted`): only
`preToolUse` can stop anything. So the prompt hook stores its verdict here and every tool call
of the session is denied while the session's latest prompt is blocked or unchecked.

One small JSON file per (workspace, session) under `$VIGILINT_STATE_DIR`, else
`$XDG_STATE_HOME/vigilint/sessions`, else `~/.local/state/vigilint/sessions` (folders 0700,
files 0600, written atomically). Names are hashes: neither the path nor the session id shows.
A prompt hook writes `checking` before it checks, so a hook that is killed half-way leaves a
state that denies; an input that could not be read at all marks the whole workspace unread.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

UNREAD = "_unread"
ALLOWING = frozenset({"allow", "warn", "open"})


@dataclass(frozen=True)
class SessionState:
    verdict: str           # allow | warn | open (unchecked, let through) | block | checking
    reason: str
    at: float


def state_root() -> Path:
    explicit = os.environ.get("VIGILINT_STATE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "vigilint" / "sessions"


def _digest(text: str, size: int) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:size]


def _folder(workspace: Path) -> Path:
    return state_root() / _digest(os.path.abspath(workspace), 20)


def _write(path: Path, data: dict[str, object]) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def record(workspace: Path, session: str, verdict: str, reason: str = "") -> None:
    _write(_folder(workspace) / f"{_digest(session, 32)}.json",
           {"verdict": verdict, "reason": reason, "at": time.time()})


def mark_unread(workspace: Path) -> None:
    """An event of this workspace could not be read: deny until the next readable prompt."""
    _write(_folder(workspace) / f"{UNREAD}.json", {"at": time.time()})


def lookup(workspace: Path, session: str) -> SessionState | None:
    """The session's latest state, or None when its prompt hook never recorded one. A state
    older than an unreadable event of the workspace counts as unchecked."""
    folder = _folder(workspace)
    path = folder / f"{_digest(session, 32)}.json"
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    state = SessionState(str(data["verdict"]), str(data.get("reason", "")), float(data["at"]))
    unread = folder / f"{UNREAD}.json"
    if unread.exists():
        at = float(json.loads(unread.read_text(encoding="utf-8"))["at"])
        if at >= state.at:
            return SessionState("block", "a hook event of this workspace could not be read "
                                         "after this session's last prompt was checked", at)
    return state
