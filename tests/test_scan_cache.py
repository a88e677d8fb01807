"""The scan's cross-file summaries and its persistent cache (vigilint.scan_project,
vigilint.scan_cache), end to end through `vigilint scan` and `vigilint.scan.scan`."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from vigilint.cli import main
from vigilint.config import Settings
from vigilint.scan import scan
from vigilint.scan_cache import CACHE_DIR, DATABASE

FIXTURES = Path(__file__).parent / "fixtures" / "rules"

HELPER = '''import sqlite3


def run_query(sql, params=()):
    """Run one statement on the application database."""
    conn = sqlite3.connect("app.db")
    try:
        cursor = conn.cursor()
        cursor.execute(sql, params)
        return cursor.fetchall()
    finally:
        conn.close()
'''

SAFE_HELPER = '''import sqlite3


def run_query(sql, params=()):
    conn = sqlite3.connect("app.db")
    return conn.execute("SELECT name FROM users WHERE id = ?", params).fetchall()
'''

VIEWS = '''from flask import Flask, jsonify, request

from shop.db import run_query

app = Flask(__name__)


@app.get("/users")
def users():
    name = request.args.get("name", "")
    rows = run_query("SELECT id, name FROM users WHERE name = '" + name + "'")
    return jsonify(rows)


@app.get("/orders")
def orders():
    user = request.args.get("user", "")
    return jsonify(run_query("SELECT id FROM orders WHERE user = ?", (user,)))


def report():
    return run_query("SELECT count(*) FROM users")
'''


def project(tmp_path: Path, helper: str = HELPER) -> Path:
    root = tmp_path / "proj"
    (root / "shop").mkdir(parents=True)
    (root / "shop" / "__init__.py").write_text("", encoding="utf-8")
    (root / "shop" / "db.py").write_text(helper, encoding="utf-8")
    (root / "shop" / "views.py").write_text(VIEWS, encoding="utf-8")
    return root


def scan_json(capsys, *argv: str) -> tuple[int, list[dict]]:
    code = main(["scan", *argv, "--format", "json", "--fail-on", "P4"])
    out = capsys.readouterr().out
    return code, json.loads(out)["findings"]


def sql_lines(findings: list[dict], path: str) -> list[int]:
    return sorted(f["line"] for f in findings if f["path"] == path and f["rule"] == "VG-PY-INJ-001")


# -- cross-file summaries ------------------------------------------------------------------

@pytest.mark.parametrize("cached", [False, True])
def test_a_helper_module_wrapping_execute_is_a_sink_for_request_data_in_another_file(
        tmp_path, capsys, cached):
    root = project(tmp_path)
    flags = [] if cached else ["--no-cache"]
    code, findings = scan_json(capsys, str(root), *flags)
    assert code == 1
    # reported once, at the call site in the caller's file, with the source and the inner sink
    assert sql_lines(findings, "shop/views.py") == [11]
    hit = next(f for f in findings if f["path"] == "shop/views.py")
    assert hit["likelihood"] == "very-likely"
    assert "request.args" in hit["message"]
    related = {(r["path"], r["line"]) for r in hit["related"]}
    assert ("shop/db.py", 9) in related
    # the bound call (line 17) and the constant query (line 21) are no findings
    assert 17 not in sql_lines(findings, "shop/views.py")


def test_the_caller_is_no_finding_when_the_helper_does_not_build_sql_from_its_argument(
        tmp_path, capsys):
    root = project(tmp_path, SAFE_HELPER)
    _, findings = scan_json(capsys, str(root), "--no-cache")
    assert sql_lines(findings, "shop/views.py") == []


def test_scanning_the_caller_alone_sees_no_helper(tmp_path, capsys):
    root = project(tmp_path)
    _, findings = scan_json(capsys, str(root / "shop" / "views.py"), "--no-cache")
    assert sql_lines(findings, "views.py") == []


# -- the cache ------------------------------------------------------------------------------

def cache_file(root: Path) -> Path:
    return root / CACHE_DIR / DATABASE


def test_no_cache_leaves_no_cache_and_the_default_writes_one(tmp_path, capsys):
    root = project(tmp_path)
    scan_json(capsys, str(root), "--no-cache")
    assert not (root / ".vigilint").exists()
    scan_json(capsys, str(root))
    assert cache_file(root).is_file()
    assert (root / CACHE_DIR / ".gitignore").read_text() == "*\n"


def test_a_warm_scan_serves_every_file_from_the_cache(tmp_path, monkeypatch):
    root = project(tmp_path)
    first = scan([root], Settings(), jobs=1, cache=True)
    from vigilint.analyzers import engine

    def no_analysis(*args, **kwargs):
        raise AssertionError("an unchanged file was analysed again")

    monkeypatch.setattr(engine.Engine, "analyze", no_analysis)
    second = scan([root], Settings(), jobs=1, cache=True)
    assert second.findings == first.findings
    assert second.files_scanned == first.files_scanned == 3


def test_a_changed_helper_invalidates_its_callers(tmp_path):
    root = project(tmp_path)
    before = scan([root], Settings(), jobs=1, cache=True)
    assert [f.line for f in before.findings
            if f.path == "shop/views.py" and f.rule == "VG-PY-INJ-001"] == [11]
    (root / "shop" / "db.py").write_text(SAFE_HELPER, encoding="utf-8")
    after = scan([root], Settings(), jobs=1, cache=True)
    assert [f for f in after.findings
            if f.path == "shop/views.py" and f.rule == "VG-PY-INJ-001"] == []
    assert after.findings == scan([root], Settings(), jobs=1).findings


def test_changed_settings_or_text_are_analyzed_again(tmp_path):
    root = project(tmp_path)
    scan([root], Settings(), jobs=1, cache=True)
    disabled = scan([root], Settings(disabled_rules=["VG-PY-INJ-001"]), jobs=1, cache=True)
    assert not [f for f in disabled.findings if f.rule == "VG-PY-INJ-001"]
    views = root / "shop" / "views.py"
    views.write_text(VIEWS.replace("name + \"'\"", "name.upper() + \"'\""), encoding="utf-8")
    again = scan([root], Settings(), jobs=1, cache=True)
    assert again.findings == scan([root], Settings(), jobs=1).findings


def test_cached_and_uncached_scans_give_identical_findings_on_every_fixture(tmp_path):
    root = tmp_path / "fixtures"
    shutil.copytree(FIXTURES, root)
    uncached = scan([root], Settings(), jobs=1)
    first = scan([root], Settings(), jobs=2, cache=True)  # misses, through the worker pool
    second = scan([root], Settings(), jobs=1, cache=True)  # hits
    assert uncached.files_scanned == first.files_scanned == second.files_scanned > 500
    assert len(uncached.findings) > 1000
    for name, result in (("first cached", first), ("second cached", second)):
        by_file: dict[str, list] = {}
        for finding in result.findings:
            by_file.setdefault(finding.path, []).append(finding)
        expected: dict[str, list] = {}
        for finding in uncached.findings:
            expected.setdefault(finding.path, []).append(finding)
        differing = [p for p in set(by_file) | set(expected) if by_file.get(p) != expected.get(p)]
        assert not differing, f"{name}: {sorted(differing)[:10]}"
    assert sorted(second.notices) == sorted(uncached.notices)


PLANTED = "AKIAQ5M2X7RT4WZP9KLB"
PLANTED_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYQ3x9Lk2vTz"


def test_the_cache_holds_no_fragment_of_a_planted_secret(tmp_path):
    root = tmp_path / "proj"
    root.mkdir()
    (root / "settings.py").write_text(
        f'AWS_ACCESS_KEY_ID = "{PLANTED}"\nAWS_SECRET_ACCESS_KEY = "{PLANTED_SECRET}"\n'
        f'DEBUG_MESSAGE = "key {PLANTED_SECRET} loaded"  # noqa\n', encoding="utf-8")
    result = scan([root], Settings(), jobs=1, cache=True)
    assert any(f.category == "secret" for f in result.findings)
    data = b"".join(p.read_bytes() for p in (root / ".vigilint").rglob("*") if p.is_file())
    for secret in (PLANTED, PLANTED_SECRET):
        fragments = {secret[i:i + 8] for i in range(len(secret) - 7)}
        leaked = [f for f in fragments if f.encode() in data]
        assert not leaked, leaked
    hit = scan([root], Settings(), jobs=1, cache=True)
    assert hit.findings == result.findings


def garble(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:100] + b"\xff" * 300 + data[400:len(data) // 2])


@pytest.mark.parametrize("damage", ["truncated", "garbled", "not-a-database", "empty"])
def test_a_damaged_cache_is_rebuilt_never_a_crash_or_a_wrong_result(tmp_path, capsys, damage):
    root = project(tmp_path)
    code, expected = scan_json(capsys, str(root), "--no-cache")
    scan_json(capsys, str(root))
    database = cache_file(root)
    if damage == "truncated":
        database.write_bytes(database.read_bytes()[:1500])
    elif damage == "garbled":
        garble(database)
    elif damage == "not-a-database":
        database.write_text("hello, this is not SQLite\n" * 50)
    else:
        database.write_bytes(b"")
    again_code, again = scan_json(capsys, str(root))
    assert (again_code, again) == (code, expected)
    third_code, third = scan_json(capsys, str(root))
    assert (third_code, third) == (code, expected)
    with sqlite3.connect(database) as db:  # rebuilt: a readable database again
        assert db.execute("SELECT count(*) FROM results").fetchone()[0] == 3


def test_a_stored_row_that_does_not_read_back_is_a_miss(tmp_path):
    root = project(tmp_path)
    expected = scan([root], Settings(), jobs=1, cache=True).findings
    with sqlite3.connect(cache_file(root)) as db:
        db.execute("UPDATE results SET payload = '{\"findings\": [{\"rule\": 1}]}' "
                   "WHERE path = 'shop/views.py'")
        db.execute("UPDATE results SET payload = 'not json' WHERE path = 'shop/db.py'")
    assert scan([root], Settings(), jobs=1, cache=True).findings == expected


def test_an_unwritable_cache_folder_leaves_the_scan_uncached(tmp_path, capsys):
    root = project(tmp_path)
    (root / ".vigilint").write_text("a file where the cache folder would go")
    code, findings = scan_json(capsys, str(root))
    assert code == 1 and sql_lines(findings, "shop/views.py") == [11]


CONCURRENT = """
import sys
from pathlib import Path
from vigilint.config import Settings
from vigilint.scan import scan
root = Path(sys.argv[1])
for _ in range(int(sys.argv[2])):
    result = scan([root], Settings(), jobs=1, cache=True)
    print(len(result.findings), flush=True)
"""


def test_concurrent_scans_share_the_cache_without_corrupting_it(tmp_path):
    root = project(tmp_path)
    for index in range(30):
        (root / "shop" / f"mod{index}.py").write_text(
            f"import os\n\n\ndef run{index}(cmd):\n    os.system(cmd)\n", encoding="utf-8")
    expected = len(scan([root], Settings(), jobs=1).findings)
    runners = [subprocess.Popen([sys.executable, "-c", CONCURRENT, str(root), "4"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for _ in range(3)]
    for runner in runners:
        out, err = runner.communicate(timeout=300)
        assert runner.returncode == 0, err
        assert out.split() == [str(expected)] * 4
    with sqlite3.connect(cache_file(root)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("SELECT count(*) FROM results").fetchone()[0] == 33


def test_every_dataflow_language_is_read_for_the_project_index():
    from vigilint.analyzers.dataflow.flow import adapter_languages
    from vigilint.scan_project import CODE_LANGUAGES

    assert adapter_languages() <= CODE_LANGUAGES


def test_a_script_found_by_its_shebang_uses_the_helper_and_is_invalidated_with_it(tmp_path):
    root = project(tmp_path)
    script = root / "manage"
    script.write_text("#!/usr/bin/env python3\nimport sys\n\nfrom shop.db import run_query\n\n"
                      "print(run_query(\"SELECT * FROM t WHERE a = '\" + sys.argv[1] + \"'\"))\n",
                      encoding="utf-8")
    first = scan([root], Settings(), jobs=1, cache=True)
    assert [f.line for f in first.findings if f.path == "manage" and f.rule == "VG-PY-INJ-001"] \
        == [6]
    (root / "shop" / "db.py").write_text(SAFE_HELPER, encoding="utf-8")
    after = scan([root], Settings(), jobs=1, cache=True)
    assert [f for f in after.findings if f.path == "manage" and f.rule == "VG-PY-INJ-001"] == []


def test_a_single_file_scan_keeps_its_cache_in_the_workspace_not_beside_the_file(tmp_path,
                                                                                capsys):
    root = project(tmp_path)
    (root / "pyproject.toml").write_text('[project]\nname = "shop"\n', encoding="utf-8")
    scan_json(capsys, str(root / "shop" / "views.py"))
    assert cache_file(root).is_file()
    assert not (root / "shop" / ".vigilint").exists()
