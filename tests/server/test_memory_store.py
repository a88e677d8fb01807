"""The in-memory provenance fallback re-anchors ranges by content (pure)."""

from __future__ import annotations

from vigilint.server.memory_store import MemoryStore


def test_ranges_follow_their_lines() -> None:
    store = MemoryStore()
    lines = ["import os", "", "def f():", "    return os.getcwd()", ""]
    store.record("a.py", 3, 4, lines[2:4], "copilot", model="m")
    assert [(r.start_line, r.end_line, r.status) for r in store.ranges("a.py", lines)] == \
        [(3, 4, "exact")]
    moved = ["# header", "# more", *lines]
    assert [(r.start_line, r.end_line, r.status) for r in store.ranges("a.py", moved)] == \
        [(5, 6, "re-anchored")]
    edited = ["import os", "", "def f():", "    return 1", ""]
    assert [(r.start_line, r.end_line, r.status) for r in store.ranges("a.py", edited)] == \
        [(3, 3, "inferred")]
    assert store.ranges("a.py", ["x = 1"]) == []
    assert store.ranges("b.py", lines) == []
