"""Attach provenance to commits as git notes (`refs/notes/vigilint`), so it travels with the
history: `git push origin refs/notes/vigilint` shares it, `git fetch origin
refs/notes/vigilint:refs/notes/vigilint` brings it back, and `vigilint provenance import`
reads a note (it is Agent Trace JSON Lines) into another checkout's store.

A commit's note holds the records of the files that commit changed, re-anchored to the working
tree at the time of writing, with `vcs.revision` set to the commit.
"""

from __future__ import annotations

from pathlib import Path

from vigilint import gitutil
from vigilint.provenance.agent_trace import dumps, export_records
from vigilint.provenance.store import SqliteStore

NOTES_REF = "vigilint"


def changed_files(workspace: Path, commit: str) -> list[str]:
    """Paths (relative to the repository root) that `commit` changed."""
    out = gitutil.run(workspace, "diff-tree", "--root", "--no-commit-id", "--name-only", "-r",
                      "--no-renames", commit)
    return [line for line in out.splitlines() if line.strip()]


def attach(store: SqliteStore, commit: str = "HEAD") -> tuple[str, int]:
    """Write the note for `commit`; returns (full commit id, number of records). A commit
    with no AI-written lines in its files gets no note (0)."""
    if store.workspace is None:
        raise gitutil.GitError("git notes need a workspace folder")
    workspace = store.workspace
    revision = gitutil.run(workspace, "rev-parse", "--verify", f"{commit}^{{commit}}").strip()
    top = Path(gitutil.run(workspace, "rev-parse", "--show-toplevel").strip())
    known = set(store.paths())
    wanted = []
    for repo_path in changed_files(workspace, revision):
        try:
            rel = store.relative(top / repo_path)
        except ValueError:
            continue
        if rel in known:
            wanted.append(rel)
    records, _ = export_records(store, wanted, revision=revision)
    if not records:
        return revision, 0
    gitutil.run(workspace, "notes", "--ref", NOTES_REF, "add", "-f", "-m", dumps(records),
                revision)
    return revision, len(records)


def read(workspace: Path, commit: str = "HEAD") -> str | None:
    """The note on `commit`, or None when it has none."""
    try:
        return gitutil.run(workspace, "notes", "--ref", NOTES_REF, "show", commit)
    except gitutil.GitError:
        return None
