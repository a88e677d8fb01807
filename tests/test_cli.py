"""`vigilint scan`, `rules`, `rule` and `--version`: outputs, exit codes and bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from vigilint import __version__
from vigilint.cli import main

VULN = "import yaml\n\n\ndef load(data):\n    return yaml.load(data)\n"
CLEAN = "import yaml\n\n\ndef load(data):\n    return yaml.safe_load(data)\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "vuln.py").write_text(VULN)
    (tmp_path / "app" / "clean.py").write_text(CLEAN)
    return tmp_path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_text_output_shows_code_and_caret(project, capsys):
    code, out, _ = run(capsys, "scan", str(project))
    assert code == 1
    assert "app/vuln.py:5:12: VG-PY-DESER-001 [P0]" in out
    assert "5 |     return yaml.load(data)" in out
    caret_line = next(line for line in out.splitlines() if "^" in line)
    assert caret_line.index("^") == out.splitlines()[out.splitlines().index(
        "5 |     return yaml.load(data)")].index("yaml")
    assert "CWE-502" in out and "OWASP A08:2021" in out and "fix within 4 hours" in out
    assert "Found 1 finding (P0: 1)" in out and "Scanned 2 files" in out


def test_clean_tree_exits_zero(tmp_path, capsys):
    (tmp_path / "ok.py").write_text(CLEAN)
    code, out, _ = run(capsys, "scan", str(tmp_path))
    assert code == 0
    assert "Found 0 findings" in out


def test_fail_on_threshold(project, tmp_path, capsys):
    p2 = tmp_path / "p2.py"
    # The suppression finding (VG-GEN-SUPPRESS-001) is P2: below the default P1 threshold.
    p2.write_text("import yaml\nyaml.load(x)  # vigilint: ignore[VG-PY-DESER-001] -- fp\n")
    assert run(capsys, "scan", str(p2), "--fail-on", "P0")[0] == 1
    (tmp_path / "only_p2.py").write_text("x = 1  # vigilint: ignore[VG-PY-DESER-001]\n")
    assert run(capsys, "scan", str(tmp_path / "only_p2.py"))[0] == 0
    assert run(capsys, "scan", str(tmp_path / "only_p2.py"), "--fail-on", "P2")[0] == 1


def test_json_output(project, capsys):
    code, out, _ = run(capsys, "scan", str(project), "--format", "json")
    assert code == 1
    doc = json.loads(out)
    assert doc["summary"]["findings"] == 1 and doc["summary"]["files"] == 2
    finding = doc["findings"][0]
    assert finding["rule"] == "VG-PY-DESER-001"
    assert finding["path"] == "app/vuln.py" and finding["line"] == 5
    assert finding["owasp"] == ["A08:2021", "A08:2025"]
    assert finding["priority"] == "P0" and finding["sla"]["fix"] == "4 hours"
    assert finding["fix"]["safe"] is True
    assert len(finding["fingerprint"]) == 24


def test_output_file(project, tmp_path, capsys):
    target = tmp_path / "report.sarif"
    code, out, _ = run(capsys, "scan", str(project), "--format", "sarif", "--output", str(target))
    assert code == 1 and out == ""
    assert json.loads(target.read_text())["version"] == "2.1.0"


def test_suppressed_findings_do_not_fail(tmp_path, capsys):
    (tmp_path / "a.py").write_text(
        "import yaml\n# vigilint: ignore[VG-PY-DESER-001] -- manifest is produced by our build\n"
        "yaml.load(x)\n")
    code, out, _ = run(capsys, "scan", str(tmp_path), "--format", "json")
    doc = json.loads(out)
    assert code == 0
    assert doc["summary"]["suppressed"] == 1 and doc["summary"]["findings"] == 0
    assert doc["findings"][0]["suppression"]["justification"] == \
        "manifest is produced by our build"


def test_missing_path_is_usage_error(capsys, tmp_path):
    code, out, err = run(capsys, "scan", str(tmp_path / "nope"))
    assert code == 2 and out == ""
    assert err.strip() == f"vigilint: {tmp_path / 'nope'}: no such file or directory"


def test_bad_input_files_keep_the_scan_going(tmp_path, capsys):
    (tmp_path / "bin.dat2").write_bytes(b"\x00\x01\x02yaml.load(x)")
    (tmp_path / "latin.py").write_bytes(b"# caf\xe9\nimport yaml\nyaml.load(x)\n")
    (tmp_path / "broken.py").write_text("import yaml\ndef f(:\n    yaml.load(x)\n")
    (tmp_path / "big.py").write_text("import yaml\nyaml.load(x)\n" + "#" * 3000)
    (tmp_path / "empty").mkdir()
    (tmp_path / "loop").mkdir()
    (tmp_path / "loop" / "self").symlink_to(tmp_path / "loop")
    code, out, err = run(capsys, "scan", str(tmp_path), "--format", "json",
                         "--max-file-size", "2KB")
    doc = json.loads(out)
    lines = {(f["path"], f["line"]) for f in doc["findings"]}
    assert ("latin.py", 3) in lines  # decoded with replacement, still analysed
    assert ("broken.py", 3) in lines  # syntax error: tree-sitter recovers
    assert not any(p == "big.py" for p, _ in lines)
    assert "latin.py: not valid UTF-8; decoded with replacement characters" in err
    assert "big.py:" in err and "over the size limit" in err
    assert "symlink loop" in err
    assert "skipped 1 binary file" in err
    assert "Traceback" not in err
    assert code == 1


def test_binary_file_given_explicitly(tmp_path, capsys):
    target = tmp_path / "blob"
    target.write_bytes(b"\x00\x00\x01")
    code, _, err = run(capsys, "scan", str(target))
    assert code == 2 and "blob: binary file; skipped" in err
    assert "no file was analysed: every file found was skipped" in err
    assert run(capsys, "scan", str(target), "--allow-empty")[0] == 0


def test_empty_directory(tmp_path, capsys):
    code, out, err = run(capsys, "scan", str(tmp_path))
    assert code == 2 and "Scanned 0 files" in out
    assert f"no file was analysed: {tmp_path} holds no files to scan" in err
    assert "--allow-empty" in err
    assert run(capsys, "scan", str(tmp_path), "--allow-empty")[0] == 0


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads unreadable files")
def test_unreadable_file(tmp_path, capsys):
    target = tmp_path / "secret.py"
    target.write_text(VULN)
    target.chmod(0)
    code, _, err = run(capsys, "scan", str(tmp_path))
    assert "secret.py: can't read it" in err and code == 0


def test_skips_vendor_folders(tmp_path, capsys):
    for folder in ("node_modules/pkg", ".venv/lib", ".git/hooks", "build"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "x.py").write_text(VULN)
    (tmp_path / "main.py").write_text(VULN)
    _, out, _ = run(capsys, "scan", str(tmp_path), "--format", "json")
    assert [f["path"] for f in json.loads(out)["findings"]] == ["main.py"]


def test_config_excludes_and_disabled_rules(tmp_path, capsys):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.vigilint]\nexclude = ["generated"]\n'
        'disabled_rules = ["vg-py-deser-001 -- the loader only reads our signed manifests"]\n')
    (tmp_path / "generated").mkdir()
    (tmp_path / "generated" / "g.py").write_text(VULN)
    (tmp_path / "a.py").write_text(VULN)
    code, out, err = run(capsys, "scan", str(tmp_path), "--format", "json")
    assert json.loads(out)["findings"] == [] and code == 0 and err == ""


def test_invalid_config_names_the_key_and_scan_goes_on(tmp_path, capsys):
    (tmp_path / ".vigilint.toml").write_text('max_file_size = "lots"\ncolour = "red"\n')
    (tmp_path / "a.py").write_text(VULN)
    code, _, err = run(capsys, "scan", str(tmp_path))
    assert code == 1
    assert "key `max_file_size`" in err and "unknown key `colour`" in err
    assert "Traceback" not in err


def test_config_that_disables_secrets_is_refused(tmp_path, capsys):
    (tmp_path / ".vigilint.toml").write_text("secrets = false\n")
    (tmp_path / "a.py").write_text(VULN)
    code, _, err = run(capsys, "scan", str(tmp_path))
    assert "refused `secrets`" in err and code == 1


def test_rules_and_rule(capsys):
    code, out, _ = run(capsys, "rules")
    assert code == 0 and "VG-PY-DESER-001" in out
    code, out, _ = run(capsys, "rule", "vg-py-deser-001")
    assert code == 0 and "## What it does" in out and "CWE-502" in out
    code, _, err = run(capsys, "rule", "VG-NOPE-001")
    assert code == 2 and "no rule 'VG-NOPE-001'" in err
    code, out, _ = run(capsys, "rules", "--format", "json", "--category", "deserialization")
    assert {r["category"] for r in json.loads(out)} == {"deserialization"}


def test_version_and_usage_errors_via_subprocess(tmp_path):
    version = subprocess.run([sys.executable, "-m", "vigilint", "--version"],
                             capture_output=True, text=True, check=False)
    assert version.returncode == 0 and version.stdout.strip() == f"vigilint {__version__}"
    bad = subprocess.run([sys.executable, "-m", "vigilint", "scan", "--format", "xml"],
                         capture_output=True, text=True, check=False)
    assert bad.returncode == 2 and "invalid choice" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_process_pool_gives_same_findings_as_serial(tmp_path, capsys):
    for i in range(40):
        (tmp_path / f"m{i:02}.py").write_text(VULN if i % 3 == 0 else CLEAN)
    _, serial, _ = run(capsys, "scan", str(tmp_path), "--format", "json", "--jobs", "1")
    _, pooled, _ = run(capsys, "scan", str(tmp_path), "--format", "json", "--jobs", "2")
    strip = lambda doc: [(f["path"], f["line"], f["fingerprint"]) for f in doc["findings"]]  # noqa: E731
    assert strip(json.loads(serial)) == strip(json.loads(pooled))
    assert len(strip(json.loads(serial))) == 14
