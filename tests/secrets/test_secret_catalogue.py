"""The planted catalogue (`catalogue.py`): every secret is reported in every file type, and no
output channel shows any 8-character fragment of one: `vigilint scan` in text, JSON and SARIF
(stdout, stderr, `--output`), `--write-baseline` and a baselined run, and the SQLite findings
ledger the scan keeps. The writers redact on their own too: a finding built by hand with a raw
secret in it (not by the engine) comes out masked from each of them."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from catalogue import FILES, FIXED_KEY, Project, fixed_key, plant

from vigilint.analyzers.engine import Engine
from vigilint.analyzers.secrets.redaction import MASK
from vigilint.model import Edit, Finding, Fix, RelatedLocation, Suppression
from vigilint.provenance.ledger import record_scan
from vigilint.provenance.store import open_store
from vigilint.report import json_report, sarif, text


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    return plant(tmp_path_factory.mktemp("catalogue") / "proj")


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    config = tmp_path_factory.mktemp("config")
    fixed_key(config)
    env = dict(os.environ, XDG_CONFIG_HOME=str(config))
    env.pop("VIGILINT_HMAC_KEY", None)
    return env


def _run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vigilint", *args], capture_output=True,
                          text=True, env=env, cwd=cwd, timeout=300, check=False)


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_planted_secret_is_reported(project: Project, name: str) -> None:
    """Each planted value's line carries a secret finding, in every file type."""
    source = (project.root / name).read_text(encoding="utf-8")
    analysis = Engine().analyze(name, source)
    flagged = {line for f in analysis.findings if f.category == "secret"
               for line in range(f.line, f.end_line + 1)}
    lines = source.split("\n")
    missed = []
    for planted in project.planted:
        probe = min(planted.fragments(), default=None)
        where = [i + 1 for i, line in enumerate(lines) if probe and probe in line]
        if where and not flagged.intersection(where):
            missed.append(planted.label)
    assert not missed, f"{name}: not reported: {missed}"
    assert not project.leaks("\n".join(f.snippet + f.message for f in analysis.findings))


def test_no_output_channel_shows_a_fragment(project: Project, env: dict[str, str],
                                            tmp_path: Path) -> None:
    root = project.root
    outputs: list[tuple[str, str]] = []
    for fmt in ("text", "json"):
        result = _run(["scan", str(root), "--format", fmt], env, tmp_path)
        assert result.returncode == 1, result.stderr
        outputs += [(f"{fmt} stdout", result.stdout), (f"{fmt} stderr", result.stderr)]
    report, baseline = tmp_path / "report.sarif", tmp_path / "baseline.json"
    result = _run(["scan", str(root), "--format", "sarif", "--output", str(report),
                   "--write-baseline", str(baseline)], env, tmp_path)
    outputs += [("sarif file", report.read_text(encoding="utf-8")),
                ("baseline", baseline.read_text(encoding="utf-8")),
                ("sarif stdout", result.stdout), ("sarif stderr", result.stderr)]
    result = _run(["scan", str(root), "--baseline", str(baseline), "--format", "json"],
                  env, tmp_path)
    outputs += [("baselined stdout", result.stdout), ("baselined stderr", result.stderr)]
    assert json.loads(result.stdout)["summary"]["findings"] == 0
    database = root / ".vigilint" / "vigilint.db"
    with sqlite3.connect(database) as db:
        outputs.append(("ledger", "\n".join(db.iterdump())))
    for label, shown in outputs:
        assert not project.leaks(shown), f"{label}: {project.leaks(shown)[:5]}"
    # the scan saw them all: every secret finding carries its HMAC, none its value
    doc = json.loads(outputs[2][1])
    secret = [f for f in doc["findings"] if f["category"] == "secret"]
    assert len(secret) > 1000 and all(f["secret_hash"] for f in secret)
    assert MASK in "\n".join(f["snippet"] for f in secret)
    # the scans read the key from the config dir and left it as it was (its creation, private,
    # is test_secret_canary's and test_secret_filters')
    key_file = Path(env["XDG_CONFIG_HOME"]) / "vigilint" / "secret.key"
    assert key_file.read_text(encoding="ascii").strip() == FIXED_KEY


# -- the writers redact what they are given --------------------------------------------------
KEY_ID = "AKIA" + "R7TQ2MZK5WXP3LND"
SECRET_ACCESS_KEY = "Zb3/qL9vXw2+Tn8KcR4mYp7HsD1fGj6aEu0iOk5Q"
PASSWORD = "Vq7-Lm2Rr9TzW4"


def _raw_finding(path: str) -> Finding:
    """A finding as no engine would build it: raw secrets in snippet, message, fix, related
    location and justification."""
    return Finding(
        rule="VG-PY-DESER-001", name="x", category="deserialization", cwe=(502,),
        owasp=("A08:2021",), likelihood="likely", impact="high", priority="P1",
        confidence="high", path=path, line=1, column=1, end_line=1, end_column=10,
        message=f"`connect(password={PASSWORD!r})` is unsafe",
        snippet=f'client = init("{KEY_ID}", "{SECRET_ACCESS_KEY}", password="{PASSWORD}")',
        fix=Fix(title="Use the safe loader", edits=(Edit(
            line=1, column=1, end_line=1, end_column=10,
            new_text=f'init("{KEY_ID}", "{SECRET_ACCESS_KEY}")'),)),
        suppression=Suppression(justification=f"the key {SECRET_ACCESS_KEY} is revoked "
                                "already", line=1),
        related=(RelatedLocation(path=path, line=2, column=1, end_line=2, end_column=9,
                                 message=f'source: token = "{SECRET_ACCESS_KEY}"'),),
        fingerprint="f" * 16)


def _clean(shown: str) -> None:
    for value in (KEY_ID[4:], SECRET_ACCESS_KEY, PASSWORD):
        pieces = {value[i:i + 8] for i in range(len(value) - 7)}
        assert not [p for p in pieces if p in shown], shown


def test_every_writer_redacts_a_raw_finding(tmp_path: Path) -> None:
    finding = _raw_finding("app.py")
    rules = tuple(r for r in Engine().rules if r.id == finding.rule)
    _clean(text.render([finding], 1, 0.1))
    _clean(json_report.render([finding], str(tmp_path), 1, 0.1,
                              [f"rule X failed: ValueError: {SECRET_ACCESS_KEY}"]))
    _clean(sarif.render([finding], rules, tmp_path,
                        [f"rule X failed: ValueError: {SECRET_ACCESS_KEY}"]))
    assert "fixes" not in json.dumps(sarif.build([finding], rules, tmp_path))
    (tmp_path / ".git").mkdir()
    with open_store(tmp_path, create=True) as store:
        record_scan(store, [("app.py", finding)], ["app.py"])
    with sqlite3.connect(tmp_path / ".vigilint" / "vigilint.db") as db:
        _clean("\n".join(db.iterdump()))
