"""The SQLite provenance store: recording, shifting, re-anchoring, safety, concurrency."""

from __future__ import annotations

import multiprocessing
import sqlite3
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from provhelpers import AI_CODE, APP, T0

from vigilint.provenance.api import ProvenanceStore, annotate
from vigilint.provenance.store import (
    SCHEMA_VERSION,
    MemoryStore,
    SqliteStore,
    StoreError,
    hash_prompt,
    open_store,
)
from vigilint.workspace import OutsideWorkspaceError, find_workspace

LINES = APP.splitlines()  # lines 4-5 are the AI-written function


def record_ai(store: SqliteStore, path: str = "app.py") -> None:
    store.record(path, 4, 5, LINES[3:5], "claude-code", "anthropic/claude-sonnet-4",
                 accepted_at=T0)


def spans(store: SqliteStore, lines: list[str], path: str = "app.py") -> list[tuple]:
    return [(r.start_line, r.end_line, r.status) for r in store.ranges(path, lines)]


def test_open_store_creates_the_database_with_wal_and_a_gitignore(workspace: Path) -> None:
    with open_store(workspace) as store:
        assert isinstance(store, ProvenanceStore)
        mode = store.query("PRAGMA journal_mode")[0][0]
        version = store.query("PRAGMA user_version")[0][0]
    assert mode == "wal"
    assert version == SCHEMA_VERSION
    assert (workspace / ".vigilint" / "vigilint.db").is_file()
    assert (workspace / ".vigilint" / ".gitignore").read_text().splitlines()[-1] == "*"


def test_workspace_is_the_nearest_marked_folder(workspace: Path) -> None:
    nested = workspace / "src" / "pkg"
    nested.mkdir(parents=True)
    assert find_workspace(nested / "mod.py") == workspace


def test_a_marker_in_the_filesystem_root_does_not_claim_every_project(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root_marker = Path(tmp_path.anchor) / ".vigilint"
    real_exists = Path.exists
    monkeypatch.setattr(Path, "exists",
                        lambda self: self == root_marker or real_exists(self))
    unmarked = tmp_path / "plain" / "pkg"
    unmarked.mkdir(parents=True)
    assert find_workspace(unmarked) is None
    assert find_workspace(Path(tmp_path.anchor)) == Path(tmp_path.anchor)
    (tmp_path / "plain" / ".git").mkdir()
    assert find_workspace(unmarked) == tmp_path / "plain"


def test_lookups_do_not_create_a_database(workspace: Path) -> None:
    with pytest.raises(StoreError, match="no vigilint database"):
        open_store(workspace, create=False)
    assert not (workspace / ".vigilint").exists()


def test_record_and_ranges_exact(workspace: Path) -> None:
    with open_store(workspace) as store:
        record_ai(store)
        ranges = store.ranges("app.py", LINES)
    assert [(r.start_line, r.end_line, r.status, r.tool, r.model) for r in ranges] == [
        (4, 5, "exact", "claude-code", "anthropic/claude-sonnet-4")]
    assert ranges[0].accepted_at == T0


def test_absolute_paths_are_stored_relative_and_outside_paths_refused(
        workspace: Path, tmp_path: Path) -> None:
    with open_store(workspace) as store:
        store.record(str(workspace / "app.py"), 4, 5, LINES[3:5], "copilot")
        assert [r.path for r in store.records()] == ["app.py"]
        outside = tmp_path / "elsewhere.py"
        outside.write_text(AI_CODE)
        with pytest.raises(OutsideWorkspaceError, match="outside the workspace"):
            store.record(str(outside), 1, 2, AI_CODE.splitlines(), "copilot")
        with pytest.raises(OutsideWorkspaceError):
            store.record("../elsewhere.py", 1, 2, AI_CODE.splitlines(), "copilot")
        assert store.ranges(str(outside), AI_CODE.splitlines()) == []


def test_bad_ranges_are_refused_with_a_sentence(workspace: Path) -> None:
    with open_store(workspace) as store:
        with pytest.raises(ValueError, match="2 lines but 1 were given"):
            store.record("app.py", 4, 5, LINES[3:4], "copilot")
        with pytest.raises(ValueError, match="not a range"):
            store.record("app.py", 5, 4, [], "copilot")
        with pytest.raises(ValueError, match="tool"):
            store.record("app.py", 4, 5, LINES[3:5], " ")


def test_reanchors_after_lines_inserted_above(workspace: Path) -> None:
    with open_store(workspace) as store:
        record_ai(store)
        moved = ["import os", "import sys", *LINES]
        assert spans(store, moved) == [(6, 7, "re-anchored")]


def test_reanchors_when_code_moves_and_whitespace_changes(workspace: Path) -> None:
    with open_store(workspace) as store:
        record_ai(store)
        moved = ["import yaml", "", "", "class Loader:", "    def load(data):",
                 "        return yaml.load(data)", "", "x = 1"]
        assert spans(store, moved) == [(5, 6, "re-anchored")]
        # re-indented in place: whitespace does not count, the range is still exact
        assert spans(store, [*LINES[:3], "  def load(data):", "\treturn yaml.load( data)"
                             .replace("( ", "(")]) == [(4, 5, "exact")]


def test_edits_elsewhere_keep_the_exact_range(workspace: Path) -> None:
    with open_store(workspace) as store:
        record_ai(store)
        edited = ["import yaml  # parser", *LINES[1:], "", "def other():", "    return 1"]
        assert spans(store, edited) == [(4, 5, "exact")]


def test_a_line_changed_inside_loses_only_that_line(workspace: Path) -> None:
    lines = ["import yaml", "", "def load(data):", "    text = data.strip()",
             "    return yaml.load(text)", "", "x = 1"]
    with open_store(workspace) as store:
        store.record("app.py", 3, 5, lines[2:5], "cursor")
        edited = list(lines)
        edited[4] = "    return yaml.safe_load(text)"
        assert spans(store, edited) == [(3, 4, "re-anchored")]


def test_lines_changed_beyond_recognition_are_lost_and_blame_says_so(workspace: Path) -> None:
    with open_store(workspace) as store:
        record_ai(store)
        rewritten = ["import yaml", "", "", "def parse(text):",
                     "    return yaml.safe_load(text or '{}')"]
        assert store.ranges("app.py", rewritten) == []
        blamed = store.blame("app.py", rewritten)
    assert [(r.start_line, r.end_line, r.status) for r in blamed] == [(4, 5, "lost")]


def test_shift_follows_edits_made_in_the_editor(workspace: Path) -> None:
    with open_store(workspace) as store:
        record_ai(store)
        # three lines inserted at line 2 (above the range)
        assert store.shift("app.py", 2, 0, 3) == 1
        now = [LINES[0], "a = 1", "b = 2", "c = 3", *LINES[1:]]
        assert spans(store, now) == [(7, 8, "exact")]
        # the three lines removed again
        store.shift("app.py", 2, 3, 0)
        assert spans(store, LINES) == [(4, 5, "exact")]
        # an edit below the range moves nothing
        assert store.shift("app.py", 9, 0, 2) == 0


def test_duplicate_code_anchors_at_the_recorded_place(workspace: Path) -> None:
    doubled = [*LINES, "", "", *LINES[3:5]]
    with open_store(workspace) as store:
        store.record("app.py", 8, 9, doubled[7:9], "copilot")
        assert spans(store, doubled) == [(8, 9, "exact")]


def test_annotate_joins_findings_inside_ai_ranges(workspace: Path) -> None:
    from vigilint.analyzers.engine import Engine

    findings = Engine().analyze("app.py", APP).findings
    assert [f.rule for f in findings] == ["VG-PY-DESER-001"]
    with open_store(workspace) as store:
        record_ai(store)
        joined = annotate(findings, store.ranges("app.py", LINES))
    assert joined[0].provenance is not None
    assert (joined[0].provenance.tool, joined[0].provenance.model) == (
        "claude-code", "anthropic/claude-sonnet-4")


def test_prompt_text_is_stored_only_when_opted_in(workspace: Path) -> None:
    prompt = "write a loader for the config file"
    with open_store(workspace) as store:
        store.record("app.py", 4, 5, LINES[3:5], "copilot", prompt_text=prompt)
    with open_store(workspace, store_prompt_text=True) as store:
        store.record("app.py", 4, 5, LINES[3:5], "copilot", prompt_text=prompt)
        first, second = store.records("app.py")
    assert first.prompt_hash == second.prompt_hash == hash_prompt(prompt)
    assert first.prompt_text is None
    assert second.prompt_text == prompt
    raw = (workspace / ".vigilint" / "vigilint.db").read_bytes()
    assert raw.count(prompt.encode()) <= 1  # only the opted-in copy (WAL may hold it instead)


def test_accepted_lines_are_stored_as_hashes_not_text(workspace: Path) -> None:
    with open_store(workspace) as store:
        record_ai(store)
        rows = store.query("SELECT * FROM provenance")
    assert "yaml.load" not in repr([tuple(r) for r in rows])


def test_author_comes_from_git_config(repo: Path) -> None:
    with open_store(repo) as store:
        record_ai(store)
        (record,) = store.records()
    assert (record.author_name, record.author_email) == ("Ada Dev", "ada@example.com")


def test_memory_store_has_the_same_behavior() -> None:
    store = MemoryStore()
    assert isinstance(store, ProvenanceStore)
    store.record("app.py", 4, 5, LINES[3:5], "copilot")
    assert spans(store, ["", *LINES]) == [(5, 6, "re-anchored")]


def test_future_accepted_at_is_kept_and_not_negative(workspace: Path) -> None:
    with open_store(workspace) as store:
        r = store.record("app.py", 4, 5, LINES[3:5], "copilot",
                         accepted_at=T0 + timedelta(days=3), now=T0)
    assert r.accepted_at == T0 + timedelta(days=3)


# -- damaged, newer and locked databases ---------------------------------------------------
def test_corrupt_database_gives_a_sentence(workspace: Path) -> None:
    folder = workspace / ".vigilint"
    folder.mkdir()
    (folder / "vigilint.db").write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(StoreError) as info:
        open_store(workspace)
    message = str(info.value)
    assert "damaged" in message and "move it aside" in message
    assert "Traceback" not in message


def test_newer_schema_is_refused(workspace: Path) -> None:
    open_store(workspace).close()
    db = sqlite3.connect(workspace / ".vigilint" / "vigilint.db")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    db.close()
    with pytest.raises(StoreError, match="newer vigilint"):
        open_store(workspace)


def test_migration_from_an_empty_database(workspace: Path) -> None:
    folder = workspace / ".vigilint"
    folder.mkdir()
    sqlite3.connect(folder / "vigilint.db").close()  # version 0, no tables
    with open_store(workspace) as store:
        record_ai(store)
        assert store.query("PRAGMA user_version")[0][0] == SCHEMA_VERSION


def test_a_locked_database_gives_a_sentence_after_the_timeout(workspace: Path) -> None:
    open_store(workspace).close()
    holder = sqlite3.connect(workspace / ".vigilint" / "vigilint.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        store = open_store(workspace, timeout=0.05)
        with pytest.raises(StoreError, match="locked by another process"):
            record_ai(store)
        store.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()


# -- concurrent writers ----------------------------------------------------------------------
def test_two_threads_write_at_once(workspace: Path) -> None:
    open_store(workspace).close()
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def writer(tool: str) -> None:
        try:
            with open_store(workspace) as store:  # each thread its own connection
                barrier.wait()
                for i in range(40):
                    store.record("app.py", 4, 5, LINES[3:5], tool, model=str(i))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(t,)) for t in ("copilot", "cursor")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with open_store(workspace) as store:
        tools = [r.tool for r in store.records()]
    assert tools.count("copilot") == tools.count("cursor") == 40


def _process_writer(workspace: str, tool: str, count: int) -> None:
    with open_store(Path(workspace)) as store:
        for i in range(count):
            store.record("app.py", 4, 5, LINES[3:5], tool, model=str(i))


def test_two_processes_write_at_once(workspace: Path) -> None:
    open_store(workspace).close()
    context = multiprocessing.get_context("spawn")
    procs = [context.Process(target=_process_writer, args=(str(workspace), tool, 30))
             for tool in ("copilot", "claude-code")]
    for p in procs:
        p.start()
    with open_store(workspace) as store:  # and this process writes meanwhile
        for i in range(30):
            store.record("app.py", 4, 5, LINES[3:5], "cursor", model=str(i))
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    with open_store(workspace) as store:
        tools = [r.tool for r in store.records()]
    assert sorted(set(tools)) == ["claude-code", "copilot", "cursor"]
    assert len(tools) == 90


def test_lines_inserted_inside_split_the_range(workspace: Path) -> None:
    block = ["def load(path):", "    with open(path) as handle:",
             "        text = handle.read()", "    return yaml.load(text)"]
    with open_store(workspace) as store:
        store.record("app.py", 3, 6, block, "copilot")
        edited = ["import yaml", "", *block[:2], "        # human: size check",
                  "        check_size(handle)", *block[2:]]
        assert spans(store, edited) == [(3, 4, "re-anchored"), (7, 8, "re-anchored")]


def test_heuristic_records_say_inferred(workspace: Path) -> None:
    with open_store(workspace) as store:
        made = store.record("app.py", 4, 5, LINES[3:5], "unknown", inferred=True)
        assert made.status == "inferred"
        (r,) = store.ranges("app.py", LINES)
        assert (r.status, r.inferred) == ("inferred", True)
        (moved,) = store.ranges("app.py", ["", *LINES])
        assert moved.status == "re-anchored" and moved.inferred
