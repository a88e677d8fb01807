"""`vigilint ledger sync|status|export` and `vigilint provenance recent` end to end, on a git
repository, into SQLite and PostgreSQL ledgers; no secret reaches either database."""

from __future__ import annotations

import binascii
import json
import random
from pathlib import Path

import pytest
from provhelpers import APP, git

from vigilint.analyzers.secrets.catalog import base62
from vigilint.cli import main
from vigilint.provenance.backends import open_database
from vigilint.provenance.ledger import Ledger
from vigilint.provenance.store import open_store

LINES = APP.splitlines()
NOW = "2026-11-02T10:00:00Z"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(repo: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("GITHUB_SHA", "GITHUB_REF_NAME", "GITHUB_HEAD_REF", "GITHUB_REPOSITORY",
                 "CI_COMMIT_SHA", "CI_COMMIT_BRANCH", "CI_COMMIT_REF_NAME", "CI_PROJECT_PATH",
                 "VIGILINT_LEDGER_URL", "VIGILINT_TEAM", "VIGILINT_BRANCH", "VIGILINT_REPOSITORY",
                 "BRANCH_NAME", "GIT_BRANCH", "GIT_COMMIT"):
        monkeypatch.delenv(name, raising=False)
    git(repo, "remote", "add", "origin", "https://ci-bot:tok3n-XYZ@example.com/acme/shop.git")
    with open_store(repo) as store:
        store.record("app.py", 4, 5, LINES[3:5], "claude-code", "anthropic/claude-sonnet-4")
    git(repo, "checkout", "-q", "-b", "main")
    git(repo, "add", "app.py", "pyproject.toml")
    git(repo, "commit", "-q", "-m", "init")
    monkeypatch.chdir(repo)
    return repo


def sync(capsys, url: str, *extra: str) -> dict:
    code, out, err = run(capsys, "ledger", "sync", "--url", url, "--team", "payments",
                         "--format", "json", *extra)
    assert code == 0, err
    return json.loads(out)


def test_sync_records_context_provenance_and_fixes(project: Path, ledger_url: str,
                                                   capsys) -> None:
    first = sync(capsys, ledger_url)
    head = git(project, "rev-parse", "HEAD").strip()
    assert (first["repository"], first["branch"], first["commit"], first["team"]) == (
        "example.com/acme/shop", "main", head, "payments")
    assert (first["new"], first["ai_ranges"]) == (1, 1)
    with Ledger(open_database(ledger_url, None)) as ledger:
        (entry,) = ledger.entries()
        assert (entry.path, entry.rule, entry.ai_tool) == ("app.py", "VG-PY-DESER-001",
                                                           "claude-code")
        (code,) = ledger.ai_code()
        assert (code.path, code.start_line, code.end_line, code.tool) == (
            "app.py", 4, 5, "claude-code")
        assert "tok3n" not in json.dumps(ledger.db.query("SELECT * FROM scans"), default=str)

    code, out, _ = run(capsys, "provenance", "recent", "--days", "30", "--url", ledger_url)
    watch = json.loads(out)
    assert watch["summary"] == {"ranges": 1, "with_findings": 1, "findings": 1}
    (item,) = watch["items"]
    assert (item["path"], item["tool"], item["findings"][0]["rule"]) == (
        "app.py", "claude-code", "VG-PY-DESER-001")
    code, out, _ = run(capsys, "provenance", "recent", "--days", "30", "--url", ledger_url,
                       "--now", "2099-01-01T00:00:00Z")
    assert json.loads(out)["items"] == []  # long past the 30 days

    (project / "app.py").write_text(APP.replace("yaml.load", "yaml.safe_load"))
    again = sync(capsys, ledger_url)
    assert (again["new"], again["fixed"]) == (0, 1)
    code, out, _ = run(capsys, "ledger", "status", "--url", ledger_url, "--format", "json")
    assert json.loads(out)["repositories"] == [{"repository": "example.com/acme/shop",
                                                "team": "payments", "findings": 1, "open": 0}]


def test_only_followed_branches_are_recorded(project: Path, ledger_url: str, capsys) -> None:
    code, _, err = run(capsys, "ledger", "sync", "--url", ledger_url, "--branch", "feature/x")
    assert code == 0 and "nothing recorded" in err and "feature/x" in err
    with Ledger(open_database(ledger_url, None)) as ledger:
        assert ledger.entries() == []
    (project / "pyproject.toml").write_text(
        "[tool.vigilint.ledger]\nbranches = ['main', 'release']\nteam = 'core'\n")
    assert sync(capsys, ledger_url, "--branch", "release")["new"] == 1


def test_sync_from_a_json_report(project: Path, ledger_url: str, capsys) -> None:
    code, _, _ = run(capsys, "scan", "--format", "json", "--output", "report.json", ".")
    assert code == 1
    result = sync(capsys, ledger_url, "--from", "report.json")
    assert result["new"] == 1
    code, _, err = run(capsys, "ledger", "sync", "--url", ledger_url, "--from", "app.py")
    assert code == 2 and "not JSON" in err


def test_unreachable_team_ledger_is_an_error_not_a_silent_skip(project: Path, capsys) -> None:
    code, _, err = run(capsys, "ledger", "sync", "--url",
                       "postgresql://ci:hunter2-pass@127.0.0.1:1/x?connect_timeout=2")
    assert code == 2 and "can't connect" in err and "hunter2-pass" not in err
    assert "Traceback" not in err


def canaries() -> dict[str, str]:
    rng = random.Random(2026)
    body = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                   for _ in range(30))
    return {"github": "gh" + "p_" + body + base62(binascii.crc32(body.encode())),
            "stripe": "sk" + "_live_" + "".join(rng.choice("abcdefghijklmnop0123456789")
                                                for _ in range(28))}


def test_no_raw_secret_reaches_the_ledger(project: Path, ledger_url: str, capsys) -> None:
    values = canaries()
    (project / "settings.py").write_text(
        "import yaml\n"
        f'GITHUB_TOKEN = "{values["github"]}"\n'
        f'cfg = yaml.load(open("c"), key="{values["stripe"]}")\n'
        f'# vigilint: ignore[VG-PY-DESER-001] -- old key {values["stripe"]} is revoked now\n'
        "other = yaml.load(open('d'))\n", encoding="utf-8")
    result = sync(capsys, ledger_url)
    assert result["new"] >= 3
    with Ledger(open_database(ledger_url, None)) as ledger:
        dump = json.dumps([ledger.db.query(f"SELECT * FROM {t}") for t in
                           ("findings", "finding_episodes", "ai_code", "scans")], default=str)
    assert "revoked now" in dump  # the justification is kept, its secret masked
    for name, value in values.items():
        leaked = [value[i:i + 8] for i in range(len(value) - 7) if value[i:i + 8] in dump]
        assert not leaked, f"{name} leaked into the ledger: {leaked[:3]}"


def test_the_url_comes_from_the_environment_or_the_settings(
        project: Path, ledger_url: str, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VIGILINT_LEDGER_URL", ledger_url)
    code, out, _ = run(capsys, "ledger", "sync", "--format", "json")
    assert code == 0 and json.loads(out)["new"] == 1
    monkeypatch.delenv("VIGILINT_LEDGER_URL")
    (project / "pyproject.toml").write_text(f"[tool.vigilint.ledger]\nurl = '{ledger_url}'\n"
                                            "team = 'checkout'\n")
    code, out, _ = run(capsys, "ledger", "status", "--format", "json")
    assert json.loads(out)["repositories"][0]["open"] == 1
    code, out, _ = run(capsys, "sla", "report", "--month", "2026-11", "--format", "json",
                       "--now", "2026-12-01T00:00:00Z")
    assert code == 0 and json.loads(out)["month"] == "2026-11"


def test_scans_keep_the_workspace_ledger_with_repository_and_branch(project: Path,
                                                                    capsys) -> None:
    code, _, _ = run(capsys, "scan", "app.py")
    assert code == 1
    with open_store(project) as store:
        (entry,) = Ledger(open_database(f"sqlite:///{project / '.vigilint' / 'vigilint.db'}",
                                        None)).entries()
        assert store.paths() == ["app.py"]
    assert (entry.repository, entry.branch) == ("example.com/acme/shop", "main")
    git(project, "checkout", "-q", "-b", "feature/x")
    code, out, err = run(capsys, "ledger", "sync", "--format", "json")  # the workspace's ledger
    assert code == 0 and "nothing recorded" not in err  # a developer's view: any branch
    assert (json.loads(out)["seen"], json.loads(out)["branch"]) == (1, "feature/x")
