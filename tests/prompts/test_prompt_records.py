"""The guard's verdict as plain records (`vigilint/prompts/records.py`): every verdict is what
pydantic would validate and dump for the same declarations, and `vigilint prompt` without a
settings file (no settings model imported) answers what it answers with one."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import TypeAdapter
from test_prompt_compiled import PROMPTS  # tests/prompts is on sys.path (rootdir import mode)

from vigilint.cli import main
from vigilint.cli.prompt import DEFAULT_EDITION
from vigilint.config import Settings
from vigilint.integrations.prompt_check import unchecked_verdict, verdict_within
from vigilint.prompts import PromptVerdict, check_prompt
from vigilint.prompts.guard import MissingConstraint, PromptFinding, RequestInfo, UnreadPart

EDITION_PROMPT = ("Search orders with parameterized SQL queries and an input length limit "
                  "(A03).")


@pytest.mark.parametrize("edition", ["2021", "2025"])
def test_verdicts_validate_and_dump_as_pydantic_would(edition: str) -> None:
    adapter = TypeAdapter(PromptVerdict)
    for prompt in [*PROMPTS, EDITION_PROMPT]:
        verdict = check_prompt(prompt, edition)
        dumped = verdict.model_dump()
        # pydantic checks every declared type (literals, lists, nested records) ...
        again = adapter.validate_python(dumped)
        assert again == verdict
        # ... and dumps the same, in Python and in JSON mode
        assert adapter.dump_python(verdict) == dumped
        assert adapter.dump_python(verdict, mode="json") == verdict.model_dump(mode="json")
        assert json.loads(adapter.dump_json(verdict)) == json.loads(json.dumps(dumped))
        assert PromptVerdict.model_validate(dumped) == verdict


def test_records_convert_values_as_pydantic_does() -> None:
    verdict = PromptVerdict.model_validate({
        "verdict": "warn", "domains": ("files",), "unknown_key": 1,
        "request": {"kind": "produce", "action": "write", "object": "upload",
                    "asks_for_code": True},
        "findings": [{"id": "VG-PROMPT-002", "message": "m", "severity": "warn",
                      "owasp": ("A01:2021",)}],
        "missing": [MissingConstraint(domain="files", concern="upload", title="t",
                                      controls=["a"], owasp=[], suggestion="s", source="x")],
        "unread": [{"start": 0, "end": 3, "reason": "binary"}]})
    assert verdict.domains == ["files"]
    assert isinstance(verdict.request, RequestInfo) and verdict.request.asks_for_code
    assert isinstance(verdict.findings[0], PromptFinding)
    assert verdict.findings[0].owasp == ["A01:2021"] and verdict.findings[0].concerns == []
    assert isinstance(verdict.unread[0], UnreadPart)
    assert verdict.model_dump() == TypeAdapter(PromptVerdict).dump_python(verdict)
    assert verdict.exit_code == 1
    given = ["x"]
    finding = PromptFinding(id="i", message="m", severity="warn", owasp=given)
    given.append("y")
    assert finding.owasp == ["x"]  # a list is copied, as pydantic copies it
    copied = finding.model_copy(update={"domain": "auth"})
    assert copied.domain == "auth" and finding.domain is None
    with pytest.raises(TypeError):
        PromptFinding(id="i", message="m")  # type: ignore[call-arg]


def test_an_unchecked_verdict_is_a_block() -> None:
    verdict = unchecked_verdict("a reason", 12)
    assert verdict.exit_code == 3
    assert verdict.model_dump()["unread"] == [{"start": 0, "end": 12, "reason": "size-limit"}]
    assert TypeAdapter(PromptVerdict).dump_python(verdict) == verdict.model_dump()


def test_a_checked_verdict_comes_back_from_the_child_unchanged() -> None:
    expected = check_prompt(PROMPTS[0])
    assert verdict_within(PROMPTS[0], None, 20.0) == expected


def test_the_default_edition_is_the_settings_default() -> None:
    assert Settings().owasp_edition == DEFAULT_EDITION


@pytest.mark.parametrize("edition", [None, "2025"])
def test_without_a_settings_file_the_answer_is_the_same_as_with_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], edition: str | None) -> None:
    bare, configured = tmp_path / "bare", tmp_path / "configured"
    for folder in (bare, configured):
        (folder / ".git").mkdir(parents=True)
        (folder / "task.md").write_text(EDITION_PROMPT + "\n" + PROMPTS[0], encoding="utf-8")
    (configured / ".vigilint.toml").write_text('fail_on = "P1"\n', encoding="utf-8")
    extra = ["--edition", edition] if edition else []
    outputs = []
    for folder in (bare, configured):
        code = main(["prompt", str(folder / "task.md"), "--format", "json", *extra])
        outputs.append((code, capsys.readouterr().out))
    assert outputs[0] == outputs[1]
    found = json.loads(outputs[0][1])["owasp_found"]
    assert found == [f"A03:{edition or '2021'}"]


def test_a_settings_file_sets_the_edition_and_its_problems_are_reported(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".vigilint.toml").write_text('owasp_edition = "2025"\nbogus = 1\n',
                                             encoding="utf-8")
    (tmp_path / "task.md").write_text(EDITION_PROMPT, encoding="utf-8")
    assert main(["prompt", str(tmp_path / "task.md"), "--format", "json"]) == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out)["owasp_found"] == ["A03:2025"]
    assert "bogus" in captured.err


def test_the_prompt_command_imports_neither_pydantic_nor_the_rules(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "task.md").write_text(PROMPTS[0], encoding="utf-8")
    probe = ("import sys, runpy\n"
             "sys.argv = ['vigilint', 'prompt', 'task.md', '-o', 'out.txt']\n"
             "try:\n    runpy.run_module('vigilint', run_name='__main__')\n"
             "except SystemExit:\n    pass\n"
             "bad = sorted(m for m in sys.modules if m.split('.')[0] == 'pydantic' or "
             "m.startswith(('vigilint.analyzers.rules', 'vigilint.model', 'vigilint.config.')) "
             "or m == 'vigilint.config')\n"
             "print(bad)\n")
    done = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True,
                          text=True, check=True, timeout=120)
    assert done.stdout.strip() == "[]", done.stdout + done.stderr
    assert (tmp_path / "out.txt").read_text(encoding="utf-8").startswith("verdict: warn")


def test_records_are_dataclasses() -> None:
    assert dataclasses.is_dataclass(PromptVerdict)
    assert [f.name for f in dataclasses.fields(PromptVerdict)][:7] == [
        "verdict", "domains", "owasp_expected", "owasp_found", "constraints_found", "findings",
        "suggestion"]
