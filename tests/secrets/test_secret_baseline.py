"""Baseline round trip through the command line: write, rescan, only new findings, errors."""

from __future__ import annotations

import json

import pytest

from vigilint.cli import main

SECRET = "Zq8mK2vL9pX4wR7tY1nB5cD3"


@pytest.fixture(autouse=True)
def _key(monkeypatch):
    monkeypatch.setenv("VIGILINT_HMAC_KEY", "baseline-tests")


def test_round_trip_reports_only_new_findings(tmp_path, capsys):
    project = tmp_path / "p"
    project.mkdir()
    app = project / "app.py"
    app.write_text(f'API_KEY = "{SECRET}"\nimport yaml\nyaml.load(data)\n')
    baseline = tmp_path / "baseline.json"
    assert main(["scan", str(project), "--write-baseline", str(baseline), "-q"]) == 1
    doc = json.loads(baseline.read_text())
    assert doc["version"] == 1 and doc["tool"] == "vigilint"
    assert {e["rule"] for e in doc["findings"]} >= {"VG-SEC-251", "VG-PY-DESER-001"}
    assert all(set(e) == {"rule", "path", "fingerprint"} for e in doc["findings"])
    assert SECRET not in baseline.read_text() and SECRET[:8] not in baseline.read_text()
    capsys.readouterr()
    # lines move: still known
    app.write_text(f'\n\n# moved\nAPI_KEY = "{SECRET}"\nimport yaml\nyaml.load(data)\n')
    assert main(["scan", str(project), "--baseline", str(baseline), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["findings"] == []
    # a new secret is reported, the known ones are not
    app.write_text(app.read_text() + 'TOKEN = "Wq2Lm8Zx4Rv9Tn3Kp7Bc5Hs1"\n')
    assert main(["scan", str(project), "--baseline", str(baseline), "--format", "json"]) == 1
    found = json.loads(capsys.readouterr().out)["findings"]
    assert [(f["rule"], f["line"]) for f in found] == [("VG-SEC-251", 7)]


@pytest.mark.parametrize("content", ["not json", "[]", '{"tool": "other", "findings": []}',
                                     '{"tool": "vigilint", "version": 9, "findings": []}',
                                     '{"tool": "vigilint", "version": 1, "findings": [{"rule": 1}]}'])
def test_bad_baseline_is_a_one_line_error(tmp_path, capsys, content):
    (tmp_path / "a.py").write_text("x = 1\n")
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    assert main(["scan", str(tmp_path / "a.py"), "--baseline", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("vigilint: ") and "\n" not in err and "Traceback" not in err


def test_missing_baseline_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "a.py").write_text("x = 1\n")
    assert main(["scan", str(tmp_path / "a.py"), "--baseline", str(tmp_path / "no.json")]) == 2
    assert "no such baseline file" in capsys.readouterr().err
