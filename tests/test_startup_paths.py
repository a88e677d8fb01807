"""Start-up shortcuts give what the full loading gives: the project index's import lines are
the adapters' own, each language's dataflow adapter is the module that registers it, and a
one-file Python scan imports no other language's interpreter."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

from vigilint.analyzers.dataflow import import_lines

flow_module = importlib.import_module("vigilint.analyzers.dataflow.flow")  # not the function

ROOT = Path(__file__).resolve().parents[1]


def test_the_import_lines_are_exactly_the_registered_adapters_patterns() -> None:
    registered = flow_module.import_patterns()  # imports every adapter
    assert set(registered) == set(import_lines.PATTERNS)
    assert len(import_lines.PATTERNS) == len(set(import_lines.PATTERNS))


def test_each_languages_adapter_module_is_the_one_that_registers_it() -> None:
    languages = flow_module.adapter_languages()  # imports every adapter
    assert set(flow_module.ADAPTER_MODULES) == set(languages)
    for language in languages:
        adapter = flow_module._ADAPTERS[language]
        assert adapter.__module__ == flow_module.ADAPTER_MODULES[language], language


def test_a_python_scan_imports_no_other_languages_dataflow(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(
        "import sqlite3\nfrom flask import request\n\n\ndef view(conn):\n"
        "    return conn.execute('SELECT * FROM t WHERE a = ' + request.args['a'])\n",
        encoding="utf-8")
    code = ("import json, sys\nfrom vigilint.cli import main\n"
            f"main(['scan', {str(tmp_path / 'app.py')!r}, '--format', 'json', '--output', "
            f"{str(tmp_path / 'out.json')!r}, '--no-cache', '-j', '1'])\n"
            "print(json.dumps(sorted(m for m in sys.modules if m.startswith('vigilint'))))")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          check=False, timeout=300, cwd=tmp_path)
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert "vigilint.analyzers.dataflow.python" in loaded
    others = {f"vigilint.analyzers.dataflow.{name}" for name in ("go", "java", "javascript")}
    assert not loaded & others, sorted(loaded & others)
    findings = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["findings"]
    assert any(f["category"] == "injection" for f in findings), findings


_HOOK_PROBE = """
import io, json, os, sys
del os.fork  # the check runs in this process (as where fork is missing), to see its imports
from vigilint.integrations.adapter import HookOptions
from vigilint.integrations.runner import run_hook
event = {"hook_event_name": "UserPromptSubmit", "session_id": "s", "cwd": sys.argv[1],
         "transcript_path": sys.argv[1] + "/t.jsonl", "prompt": sys.argv[2]}
out, err = io.BytesIO(), io.BytesIO()
code = run_hook("claude-code", HookOptions(), io.BytesIO(json.dumps(event).encode()), out, err)
heavy = sorted(m for m in sys.modules if m.split(".")[0] == "pydantic" or m == "vigilint.config"
               or m == "vigilint.model")
print(json.dumps([code, out.getvalue().decode(), err.getvalue().decode(), heavy]))
"""


def _hook(folder: Path, prompt: str) -> list[object]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", _HOOK_PROBE, str(folder), prompt], env=env,
                          capture_output=True, text=True, check=False, timeout=300, cwd=folder)
    result: list[object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_a_prompt_hook_answers_the_same_without_the_settings_model(tmp_path: Path) -> None:
    prompt = ("Write a Flask endpoint that lets a logged-in user upload a profile picture; "
              "my key is AKIAIOSFODNN7EXAMPLE")
    bare, configured = tmp_path / "bare", tmp_path / "configured"
    for folder in (bare, configured):
        (folder / ".git").mkdir(parents=True)
    (configured / ".vigilint.toml").write_text('fail_on = "P1"\n', encoding="utf-8")
    without, with_file = _hook(bare, prompt), _hook(configured, prompt)
    assert without[:3] == with_file[:3]
    assert without[3] == []  # neither pydantic nor the settings or findings model
    assert "vigilint.config" in with_file[3]
    assert "upload" in str(without[1]) and "AKIAIOSFODNN7EXAMPLE" not in str(without[1])
