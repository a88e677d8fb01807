"""Regression tests for the scan-side bypasses and crashes of the fail-open and hardening
issues: terminal escapes in file names, symlinks out of the root, loops, unreadable folders,
vanished files, a configuration that empties the scan, and configuration changes in a diff."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from vigilint import scan as scan_module
from vigilint.cli import main

VULN = "import yaml\n\n\ndef load(data):\n    return yaml.load(data)\n"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_escape_sequences_in_file_names_are_escaped_in_text_output(tmp_path, capsys):
    evil = "\x1b[2J\x1b[31mevil\nsrc-fake.py:1:1: VG-FAKE [P0] forged\u202e.py"
    (tmp_path / evil).write_text(VULN)
    (tmp_path / ("bad\x1b]0;title\x07.py")).write_bytes(b"# caf\xe9\n")
    (tmp_path / "link\x1b[1m.py").symlink_to(tmp_path / "missing")
    code, out, err = run(capsys, "scan", str(tmp_path))
    assert code == 1
    for stream in (out, err):
        assert "\x1b" not in stream and "\x07" not in stream and "\u202e" not in stream
    assert "\\x1b[2J" in out and "\\u202e" in out
    assert not any(line.startswith("src-fake.py") for line in out.splitlines())
    assert "\\x1b]0;title\\x07.py: not valid UTF-8" in err
    assert "link\\x1b[1m.py: broken symlink" in err
    # JSON keeps the name as data
    _, raw, _ = run(capsys, "scan", str(tmp_path), "--format", "json")
    assert evil in {f["path"] for f in json.loads(raw)["findings"]}


def test_a_symlink_out_of_the_root_is_skipped_unless_followed(tmp_path, capsys):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.py").write_text(VULN)
    (outside / "pkg").mkdir()
    (outside / "pkg" / "mod.py").write_text(VULN)
    root = tmp_path / "project"
    root.mkdir()
    (root / "ok.py").write_text("x = 1\n")
    (root / "x.py").symlink_to(outside / "secret.py")
    (root / "vendored").symlink_to(outside / "pkg")
    code, out, err = run(capsys, "scan", str(root), "--format", "json")
    assert code == 0 and json.loads(out)["findings"] == []
    assert "x.py: symlink to" in err and "outside the scanned folder; skipped" in err
    assert "vendored: symlink to" in err and "--follow-symlinks" in err
    code, out, _ = run(capsys, "scan", str(root), "--format", "json", "--follow-symlinks")
    assert code == 1 and len(json.loads(out)["findings"]) == 2


def test_a_symlink_to_a_scanned_folder_is_not_a_loop_nor_scanned_twice(tmp_path, capsys):
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "vuln.py").write_text(VULN)
    (tmp_path / "alias").symlink_to(tmp_path / "app")        # before `app` in scan order
    (tmp_path / "zz").mkdir()
    (tmp_path / "zz" / "again").symlink_to(tmp_path / "app")
    (tmp_path / "app" / "self").symlink_to(tmp_path / "app")  # a real loop
    code, out, err = run(capsys, "scan", str(tmp_path), "--format", "json")
    assert [f["path"] for f in json.loads(out)["findings"]] == ["app/vuln.py"]
    assert err.count("symlink loop") == 1 and "app/self: symlink loop; skipped" in err
    assert "alias" not in err and "again" not in err
    assert code == 1


def test_symlink_loops_between_files_do_not_abort_the_scan(tmp_path, capsys):
    (tmp_path / "a.py").symlink_to(tmp_path / "b.py")
    (tmp_path / "b.py").symlink_to(tmp_path / "a.py")
    (tmp_path / "real.py").write_text(VULN)
    code, out, err = run(capsys, "scan", str(tmp_path), "--format", "json")
    assert code == 1 and "internal error" not in err and "Traceback" not in err
    assert [f["path"] for f in json.loads(out)["findings"]] == ["real.py"]
    assert "a.py: broken symlink; skipped" in err
    code, _, err = run(capsys, "scan", str(tmp_path / "a.py"))
    assert code == 2 and "internal error" not in err and "Traceback" not in err


def test_an_unreadable_folder_is_reported_and_the_scan_goes_on(tmp_path, capsys, monkeypatch):
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "v.py").write_text(VULN)
    (tmp_path / "open.py").write_text(VULN)
    real_scandir = os.scandir

    def scandir(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(scan_module.os, "scandir", scandir)
    code, out, err = run(capsys, "scan", str(tmp_path), "--format", "json", "--jobs", "1")
    assert code == 1 and [f["path"] for f in json.loads(out)["findings"]] == ["open.py"]
    assert "locked: can't read folder (Permission denied); skipped" in err


@pytest.mark.skipif(shutil.which("setpriv") is None or not hasattr(os, "geteuid")
                    or os.geteuid() != 0, reason="needs root and setpriv to drop the right "
                                                 "to read any folder")
def test_an_unreadable_folder_for_real(tmp_path):
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "v.py").write_text(VULN)
    (tmp_path / "open.py").write_text(VULN)
    (tmp_path / "locked").chmod(0)
    try:
        done = subprocess.run(
            ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", sys.executable,
             "-m", "vigilint", "scan", str(tmp_path), "--format", "json"],
            capture_output=True, text=True, timeout=120, check=False)
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert "Traceback" not in done.stderr and "internal error" not in done.stderr
    assert "locked: can't read folder (Permission denied); skipped" in done.stderr
    assert [f["path"] for f in json.loads(done.stdout)["findings"]] == ["open.py"]


def test_a_file_that_vanishes_during_the_scan_is_reported(tmp_path, capsys, monkeypatch):
    (tmp_path / "gone.py").write_text(VULN)
    (tmp_path / "stays.py").write_text(VULN)
    real_discover = scan_module.discover

    def discover(*args, **kwargs):
        found = list(real_discover(*args, **kwargs))
        (tmp_path / "gone.py").unlink()
        yield from found

    monkeypatch.setattr(scan_module, "discover", discover)
    code, out, err = run(capsys, "scan", str(tmp_path), "--format", "json", "--jobs", "1")
    assert code == 1 and [f["path"] for f in json.loads(out)["findings"]] == ["stays.py"]
    assert "gone.py: can't read it (No such file or directory); skipped" in err


@pytest.mark.parametrize("config", ['exclude = ["*"]', 'include = ["nomatch"]',
                                    "max_file_size = 1"])
def test_a_configuration_that_empties_the_scan_exits_2(tmp_path, capsys, config):
    (tmp_path / ".vigilint.toml").write_text(config + "\n")
    (tmp_path / "a.py").write_text(VULN)
    code, _out, err = run(capsys, "scan", str(tmp_path))
    assert code == 2
    assert "no file was analysed" in err and str(tmp_path / ".vigilint.toml") in err
    assert "--allow-empty" in err
    assert run(capsys, "scan", str(tmp_path), "--allow-empty")[0] == 0


def test_a_configuration_that_leaves_far_fewer_files_exits_2(tmp_path, capsys):
    (tmp_path / ".vigilint.toml").write_text('exclude = ["src"]\n')
    (tmp_path / "src" / "deep").mkdir(parents=True)
    for n in range(30):
        (tmp_path / "src" / "deep" / f"m{n}.py").write_text(VULN)
    (tmp_path / "setup.py").write_text("x = 1\n")
    code, _, err = run(capsys, "scan", str(tmp_path))
    assert code == 2 and "only 2 of 32 files were analysed" in err
    (tmp_path / ".vigilint.toml").write_text('exclude = ["deep"]\n')
    for n in range(10):
        (tmp_path / f"top{n}.py").write_text("x = 1\n")
    assert run(capsys, "scan", str(tmp_path))[0] == 0  # 12 of 42 analysed: not "far fewer"


def test_disabled_rules_are_shown_with_their_justification(tmp_path, capsys):
    (tmp_path / ".vigilint.toml").write_text(
        'disabled_rules = ["VG-PY-DESER-001 -- our loader only reads signed build manifests"]\n')
    (tmp_path / "a.py").write_text(VULN)
    code, out, _ = run(capsys, "scan", str(tmp_path))
    assert code == 0
    assert ("rule VG-PY-DESER-001 disabled by configuration: our loader only reads signed "
            "build manifests") in out
    _, sarif, _ = run(capsys, "scan", str(tmp_path), "--format", "sarif")
    [override] = json.loads(sarif)["runs"][0]["invocations"][0]["ruleConfigurationOverrides"]
    assert override["descriptor"]["id"] == "VG-PY-DESER-001"
    assert override["configuration"]["enabled"] is False
    assert override["properties"]["justification"].startswith("our loader")
    _, raw, _ = run(capsys, "scan", str(tmp_path), "--format", "json")
    assert json.loads(raw)["disabled_rules"][0]["rule"] == "VG-PY-DESER-001"


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.com",
                    "-c", "commit.gpgsign=false", *args], cwd=cwd, check=True,
                   capture_output=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_configuration_changes_in_a_diff_are_reported(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("GITHUB_BASE_REF", raising=False)
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "app.py").write_text(VULN)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "base")
    _, out, err = run(capsys, "scan", str(tmp_path))
    assert "configuration" not in out + err
    git(tmp_path, "checkout", "-qb", "pr")
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n[tool.vigilint]\nfail_on = "P0"\nexclude = ["docs"]\n')
    _, out, err = run(capsys, "scan", str(tmp_path))
    assert "vigilint configuration pyproject.toml was added since HEAD" in out
    git(tmp_path, "commit", "-qam", "quietly relax the gate")
    _, out, _ = run(capsys, "scan", str(tmp_path))
    assert "configuration" not in out  # committed: HEAD has it
    _code, out, err = run(capsys, "scan", str(tmp_path), "--config-base", "main")
    assert "vigilint configuration pyproject.toml was added since main" in out
    assert "was added since main" in err
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n[tool.vigilint]\nfail_on = "P1"\nexclude = ["docs"]\n')
    _, sarif, _ = run(capsys, "scan", str(tmp_path), "--format", "sarif")
    notes = [n["message"]["text"] for n in
             json.loads(sarif)["runs"][0]["invocations"][0]["toolExecutionNotifications"]]
    assert "vigilint configuration pyproject.toml changed since HEAD: `fail_on`" in notes


def test_an_oversize_prompt_gets_a_verdict_not_a_usage_error(tmp_path, capsys):
    """The bypass: `vigilint prompt` exited 2 (usage error) with no verdict on a big prompt.
    Now a prompt over the one limit (the hooks' too) is blocked unchecked (exit 3)."""
    from vigilint.prompts.reading import MAX_PROMPT_CHARS

    big = tmp_path / "big.prompt.md"
    big.write_text("Write a login handler. " * (MAX_PROMPT_CHARS // 20))
    code, out, _ = run(capsys, "prompt", str(big), "--format", "json")
    verdict = json.loads(out)
    assert code == 3 and verdict["verdict"] == "block"
    assert verdict["unread"] and verdict["unread"][0]["reason"] == "size-limit"
    assert verdict["findings"][0]["id"] == "VG-PROMPT-UNCHECKED"


def test_prompt_check_past_its_deadline_gets_a_block_verdict(capsys, monkeypatch):
    import io
    import sys

    slow = ("Build a file upload handler that stores files under the name the user gives. "
            "Validate the path (OWASP A01:2021), reject traversal, cap the size. ") * 2000
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(slow.encode())))
    code, out, _ = run(capsys, "prompt", "-", "--format", "json", "--timeout", "0.2")
    verdict = json.loads(out)
    assert code == 3 and verdict["findings"][0]["id"] == "VG-PROMPT-UNCHECKED"
    assert "took longer than 0.2 s" in verdict["findings"][0]["message"]


def test_usage_errors_escape_control_characters_in_paths(tmp_path, capsys):
    code, out, err = run(capsys, "scan", str(tmp_path / "no\x1b[2Jsuch"))
    assert code == 2 and out == ""
    assert "\x1b" not in err and "no\\x1b[2Jsuch: no such file or directory" in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifos_named_like_manifests_and_configs_do_not_hang_the_scan(tmp_path):
    """Found by the soak run: a FIFO named `setup.cfg` blocked the first-party name reader."""
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    for name in ("setup.cfg", "pyproject.toml", "requirements.txt", "package.json",
                 ".vigilint.toml", "go.mod"):
        os.mkfifo(tmp_path / name)
    (tmp_path / "app.py").write_text(VULN)
    done = subprocess.run([sys.executable, "-m", "vigilint", "scan", str(tmp_path), "--format",
                           "json"], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 1, done.stderr
    assert [f["path"] for f in json.loads(done.stdout)["findings"]] == ["app.py"]
