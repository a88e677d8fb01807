"""`vigilint scan --fix / --unsafe-fixes / --diff`: verified fixes applied with atomic writes,
a summary of what changed, a diff that never shows a raw secret, sentences for bad options."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from test_cli import run

SECRET = "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc"  # a made-up value of a vendor's format
APP = f"""import requests
import yaml

PAYMENTS_KEY = "{SECRET}"


def fetch(url):
    return requests.get(url, verify=False)


def load(path):
    with open(path) as handle:
        return yaml.load(handle)
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "app.py").write_text(APP)
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'demo'\n")
    return tmp_path


def test_diff_shows_the_safe_fixes_writes_nothing_and_redacts(project, capsys):
    code, out, err = run(capsys, "scan", str(project), "--diff", "--no-cache")
    assert (project / "app.py").read_text() == APP
    assert "-    return requests.get(url, verify=False)\n" in out
    assert "+    return requests.get(url, timeout=10)\n" in out
    assert "+        return yaml.safe_load(handle)\n" in out
    assert "os.environ" not in out  # the secret fix is unsafe
    assert "would change the files (nothing written)" in err
    assert code == 1  # the findings are still there


def test_unsafe_diff_replaces_the_secret_without_showing_it(project, capsys):
    _, out, err = run(capsys, "scan", str(project), "--diff", "--unsafe-fixes", "--no-cache")
    assert '+PAYMENTS_KEY = os.environ["PAYMENTS_KEY"]\n' in out
    assert "-PAYMENTS_KEY = " in out  # the removed line is shown, masked
    for text in (out, err):
        assert SECRET not in text and SECRET[8:20] not in text


def test_fix_applies_safe_fixes_atomically_and_reports_what_is_left(project, capsys):
    (project / "app.py").chmod(0o640)
    code, out, err = run(capsys, "scan", str(project), "--fix", "--no-cache", "--format",
                         "json")
    text = (project / "app.py").read_text()
    assert "requests.get(url, timeout=10)" in text and "yaml.safe_load(handle)" in text
    assert SECRET in text  # unsafe fixes need --unsafe-fixes
    assert stat.S_IMODE(os.stat(project / "app.py").st_mode) == 0o640
    assert not [p for p in project.iterdir() if p.name.startswith(".app.py")]
    assert "applied 3 fixes in 1 file" in err
    assert "fixed app.py: VG-PY-DEF-002: Remove `verify=False`" in err
    assert "unsafe fix not applied" in err
    rules = {f["rule"] for f in json.loads(out)["findings"]}
    assert "VG-PY-DEF-002" not in rules and "VG-PY-DESER-001" not in rules
    assert code == 1  # the secret is still there
    assert SECRET not in out + err


def test_unsafe_fixes_apply_the_secret_fix(project, capsys):
    run(capsys, "scan", str(project), "--fix", "--unsafe-fixes", "--no-cache")
    text = (project / "app.py").read_text()
    assert SECRET not in text
    assert text.startswith("import os\nimport requests\n")
    assert 'PAYMENTS_KEY = os.environ["PAYMENTS_KEY"]' in text
    code, _, _ = run(capsys, "scan", str(project), "--no-cache", "--fail-on", "P4")
    assert code == 0


@pytest.mark.parametrize(("argv", "message"), [
    (("--fix", "--diff"), "pass one of the two"),
    (("--unsafe-fixes",), "--unsafe-fixes works with --fix or --diff"),
    (("--diff", "--format", "sarif"), "--diff prints a diff instead of the report"),
])
def test_fix_option_errors_are_sentences(project, capsys, argv, message):
    code, _, err = run(capsys, "scan", str(project), *argv)
    assert code == 2 and message in err and "Traceback" not in err


def test_a_file_that_is_not_utf8_is_left_alone(tmp_path, capsys):
    data = b"import requests\n# caf\xe9\nrequests.get(u, verify=False)\n"
    (tmp_path / "legacy.py").write_bytes(data)
    _, _, err = run(capsys, "scan", str(tmp_path), "--fix", "--no-cache")
    assert (tmp_path / "legacy.py").read_bytes() == data
    assert "legacy.py: not valid UTF-8; not fixed" in err
