"""`vigilint provenance record|blame|export|import|notes`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from provhelpers import APP, git

from vigilint.cli import main
from vigilint.provenance import agent_trace
from vigilint.provenance.store import open_store


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def recorded(workspace: Path, capsys, monkeypatch) -> Path:
    monkeypatch.chdir(workspace)
    code, out, err = run(capsys, "provenance", "record", "app.py", "--lines", "4-5", "--tool",
                         "claude-code", "--model", "anthropic/claude-sonnet-4",
                         "--prompt-hash", "sha256:abc")
    assert code == 0, err
    assert out == ("Recorded app.py lines 4-5 as written by claude-code "
                   "(anthropic/claude-sonnet-4).\n")
    return workspace


def test_blame_json_follows_the_code(recorded: Path, capsys) -> None:
    (recorded / "app.py").write_text("import os\nimport sys\n" + APP)
    code, out, _ = run(capsys, "provenance", "blame", "app.py", "--format", "json")
    assert code == 0
    (entry,) = json.loads(out)
    assert {k: entry[k] for k in ("start_line", "end_line", "tool", "model", "status")} == {
        "start_line": 6, "end_line": 7, "tool": "claude-code",
        "model": "anthropic/claude-sonnet-4", "status": "re-anchored"}
    assert entry["accepted_at"].endswith("+00:00")


def test_blame_text_and_lost_records(recorded: Path, capsys) -> None:
    code, out, _ = run(capsys, "provenance", "blame", "app.py")
    assert code == 0
    assert out.splitlines()[0] == "app.py: 2 of 5 lines AI-written"
    assert "claude-code (anthropic/claude-sonnet-4)" in out and out.rstrip().endswith("exact")
    (recorded / "app.py").write_text("import yaml\n\n\ndef parse(t):\n    return yaml.safe_load(t)\n")
    _, out, _ = run(capsys, "provenance", "blame", "app.py")
    assert "lost: lines 4-5 from claude-code" in out and "changed beyond recognition" in out
    _, out, err = run(capsys, "provenance", "blame", "app.py", "--format", "json")
    assert json.loads(out) == [] and "lost their lines" in err
    _, out, _ = run(capsys, "provenance", "blame", "app.py", "--format", "json",
                    "--include-lost")
    assert json.loads(out)[0]["status"] == "lost"


def test_blame_without_a_database(workspace: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(workspace)
    code, out, _ = run(capsys, "provenance", "blame", "app.py")
    assert (code, out) == (0, "app.py: no AI-written lines recorded.\n")
    assert not (workspace / ".vigilint").exists()


@pytest.mark.parametrize(("argv", "message"), [
    (["--lines", "9-12"], "has 5 lines"),
    (["--lines", "5-4"], "1 <= A <= B"),
    (["--lines", "four"], "expected A-B"),
])
def test_record_refuses_bad_ranges(workspace: Path, capsys, monkeypatch, argv, message) -> None:
    monkeypatch.chdir(workspace)
    code, _, err = run(capsys, "provenance", "record", "app.py", "--tool", "copilot", *argv)
    assert code == 2 and message in err and "Traceback" not in err


def test_record_refuses_paths_outside_the_workspace(workspace: Path, tmp_path: Path, capsys,
                                                    monkeypatch) -> None:
    outside = tmp_path / "outside.py"
    outside.write_text(APP)
    monkeypatch.chdir(workspace)
    code, _, err = run(capsys, "provenance", "record", str(outside), "--lines", "1-2",
                       "--tool", "copilot", "--workspace", str(workspace))
    assert code == 2 and "outside the workspace" in err


def test_agent_trace_round_trip(recorded: Path, tmp_path: Path, capsys) -> None:
    code, out, _ = run(capsys, "provenance", "export")
    assert code == 0
    (record,) = agent_trace.parse(out)
    assert record["version"] == "0.1"
    assert record["tool"] == {"name": "claude-code"}
    (file,) = record["files"]
    assert file["path"] == "app.py"
    (conversation,) = file["conversations"]
    assert conversation["contributor"] == {"type": "ai",
                                           "model_id": "anthropic/claude-sonnet-4"}
    assert conversation["ranges"][0]["start_line"] == 4
    assert conversation["ranges"][0]["content_hash"].startswith("sha256:")
    assert record["metadata"]["dev.vigilint"]["prompt_hash"] == "sha256:abc"
    assert "yaml.load" not in out  # hashes, never the code or the prompt

    other = tmp_path / "clone"
    other.mkdir()
    (other / "pyproject.toml").write_text("")
    (other / "app.py").write_text("# moved down\n" + APP)
    trace = tmp_path / "trace.jsonl"
    trace.write_text(out)
    code, out, _ = run(capsys, "provenance", "import", str(trace), "--workspace", str(other))
    assert (code, out) == (0, "Imported 1 range.\n")
    code, out, _ = run(capsys, "provenance", "import", str(trace), "--workspace", str(other))
    assert out == "Imported 0 ranges (1 already stored).\n"
    with open_store(other) as store:
        (r,) = store.ranges("app.py", (other / "app.py").read_text().splitlines())
        (stored,) = store.records()
    assert (r.start_line, r.end_line, r.status, r.tool, r.model) == (
        5, 6, "re-anchored", "claude-code", "anthropic/claude-sonnet-4")
    assert stored.prompt_hash == "sha256:abc"


def test_import_foreign_agent_trace_hashes_the_current_lines(workspace: Path, capsys) -> None:
    foreign = {
        "version": "0.1.0", "id": "550e8400-e29b-41d4-a716-446655440000",
        "timestamp": "2026-01-25T10:00:00Z", "tool": {"name": "cursor", "version": "2.4.0"},
        "files": [{"path": "app.py", "conversations": [
            {"contributor": {"type": "ai", "model_id": "openai/gpt-4o"},
             "ranges": [{"start_line": 4, "end_line": 5}]},
            {"contributor": {"type": "human"}, "ranges": [{"start_line": 1, "end_line": 1}]},
        ]}],
    }
    source = workspace / "trace.json"
    source.write_text(json.dumps(foreign))
    code, out, err = run(capsys, "provenance", "import", str(source), "--workspace",
                         str(workspace))
    assert code == 0 and out == "Imported 1 range; skipped 1.\n"
    assert "contributor is human" in err
    with open_store(workspace) as store:
        (r,) = store.ranges("app.py", APP.splitlines())
    assert (r.start_line, r.end_line, r.tool, r.model, r.status) == (
        4, 5, "cursor", "openai/gpt-4o", "exact")


def test_import_rejects_what_is_not_agent_trace(workspace: Path, capsys) -> None:
    bad = workspace / "bad.json"
    bad.write_text('{"hello": "world"}')
    code, _, err = run(capsys, "provenance", "import", str(bad), "--workspace", str(workspace))
    assert code == 2 and "not Agent Trace" in err
    bad.write_text("{not json\n")
    code, _, err = run(capsys, "provenance", "import", str(bad), "--workspace", str(workspace))
    assert code == 2 and "line 1 is not JSON" in err


def test_git_notes_carry_the_records(repo: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(repo)
    git(repo, "add", "app.py", "pyproject.toml")
    git(repo, "commit", "-q", "-m", "add loader")
    assert run(capsys, "provenance", "record", "app.py", "--lines", "4-5", "--tool",
               "copilot")[0] == 0
    code, out, _ = run(capsys, "provenance", "notes")
    head = git(repo, "rev-parse", "HEAD").strip()
    assert code == 0 and out == (f"Attached 1 provenance record to {head[:12]} "
                                 "(refs/notes/vigilint).\n")
    note = git(repo, "notes", "--ref", "vigilint", "show", "HEAD")
    (record,) = agent_trace.parse(note)
    assert record["vcs"] == {"type": "git", "revision": head}
    assert record["files"][0]["path"] == "app.py"
    assert record["metadata"]["dev.vigilint"]["author"] == {"name": "Ada Dev",
                                                            "email": "ada@example.com"}
    code, out, _ = run(capsys, "provenance", "notes", "--show")
    assert agent_trace.parse(out) == [record]
    # a commit that touched no AI-written file gets no note
    (repo / "README.md").write_text("demo\n")
    git(repo, "add", "README.md")
    git(repo, "commit", "-q", "-m", "docs")
    code, out, _ = run(capsys, "provenance", "notes")
    assert "no note written" in out


def test_git_notes_outside_a_repository(workspace: Path, capsys, monkeypatch) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    monkeypatch.chdir(workspace)
    code, _, err = run(capsys, "provenance", "notes")
    assert code == 2 and "git rev-parse failed" in err


# The structure Agent Trace v0.1 requires (written from the spec's field list).
_RANGE = {"type": "object", "required": ["start_line", "end_line"],
          "properties": {"start_line": {"type": "integer", "minimum": 1},
                         "end_line": {"type": "integer", "minimum": 1},
                         "content_hash": {"type": "string"}}}
_CONTRIBUTOR = {"type": "object", "required": ["type"],
                "properties": {"type": {"enum": ["human", "ai", "mixed", "unknown"]},
                               "model_id": {"type": "string", "maxLength": 250}}}
TRACE_SCHEMA = {
    "type": "object", "required": ["version", "id", "timestamp", "files"],
    "properties": {
        "version": {"type": "string", "pattern": "^[0-9]+\\.[0-9]+$"},
        "id": {"type": "string", "format": "uuid"},
        "timestamp": {"type": "string", "format": "date-time"},
        "vcs": {"type": "object", "required": ["type", "revision"],
                "properties": {"type": {"enum": ["git", "jj", "hg", "svn"]}}},
        "tool": {"type": "object", "properties": {"name": {"type": "string"}}},
        "files": {"type": "array", "items": {
            "type": "object", "required": ["path", "conversations"],
            "properties": {"path": {"type": "string"}, "conversations": {
                "type": "array", "items": {
                    "type": "object", "required": ["ranges"],
                    "properties": {"contributor": _CONTRIBUTOR,
                                   "ranges": {"type": "array", "items": _RANGE}}}}}}},
        "metadata": {"type": "object"},
    },
}


def test_export_matches_the_agent_trace_structure(repo: Path, capsys, monkeypatch) -> None:
    import jsonschema

    monkeypatch.chdir(repo)
    git(repo, "add", "app.py")
    git(repo, "commit", "-q", "-m", "init")
    run(capsys, "provenance", "record", "app.py", "--lines", "4-5", "--tool", "cursor",
        "--model", "openai/gpt-4o")
    _, out, _ = run(capsys, "provenance", "export")
    (record,) = agent_trace.parse(out)
    jsonschema.validate(record, TRACE_SCHEMA, format_checker=jsonschema.FormatChecker())
    assert record["vcs"]["revision"] == git(repo, "rev-parse", "HEAD").strip()
