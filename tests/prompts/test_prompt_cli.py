"""`vigilint prompt`: JSON contract, text output and exit codes."""

from __future__ import annotations

import io
import json
import sys

import pytest

from vigilint.cli import main


def _stdin(monkeypatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))


@pytest.mark.parametrize(("prompt", "code", "verdict"), [
    ("add a tooltip to the save icon", 0, "allow"),
    ("write the password reset flow for the mobile app", 1, "warn"),
    ("write a Twofish implementation from scratch", 3, "block"),
])
def test_exit_codes_and_json(monkeypatch, capsys, prompt, code, verdict):
    _stdin(monkeypatch, prompt)
    assert main(["prompt", "--format", "json"]) == code
    data = json.loads(capsys.readouterr().out)
    assert data["verdict"] == verdict
    assert {"verdict", "domains", "owasp_expected", "owasp_found", "constraints_found",
            "findings", "suggestion"} <= set(data)  # DESIGN's contract; the rest is additive
    assert {"request", "missing", "controls_found", "owasp_fit", "unread"} <= set(data)


def test_prompt_from_a_file_in_text_format(tmp_path, capsys):
    prompt = tmp_path / "task.prompt.md"
    prompt.write_text("Add an upload endpoint for the invoices.\n", encoding="utf-8")
    assert main(["prompt", str(prompt)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("verdict: warn")
    assert "Suggested constraints to add to the prompt:" in out


def test_edition_option_changes_how_bare_ids_read(monkeypatch, capsys):
    _stdin(monkeypatch, "Search orders with parameterized SQL queries and an input length "
                        "limit (A03).")
    assert main(["prompt", "--format", "json", "--edition", "2025"]) == 1
    assert json.loads(capsys.readouterr().out)["owasp_found"] == ["A03:2025"]


def test_empty_prompt_is_a_usage_error(monkeypatch, capsys):
    _stdin(monkeypatch, "  \n")
    assert main(["prompt"]) == 2
    assert "the prompt is empty" in capsys.readouterr().err


def test_missing_file_is_a_usage_error(tmp_path, capsys):
    assert main(["prompt", str(tmp_path / "nope.md")]) == 2
    err = capsys.readouterr().err
    assert "no such file" in err
    assert "Traceback" not in err


def test_a_directory_is_a_usage_error(tmp_path, capsys):
    assert main(["prompt", str(tmp_path)]) == 2
    assert "is a directory" in capsys.readouterr().err


def test_a_prompt_beyond_the_byte_read_limit_is_blocked_unchecked(monkeypatch, capsys):
    from vigilint.cli import prompt as prompt_cli
    monkeypatch.setattr(prompt_cli, "MAX_PROMPT_BYTES", 64)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(
        b"add a tooltip to the save icon. " * 10 + b"implement AES yourself")))
    assert main(["prompt", "--format", "json"]) == 3
    data = json.loads(capsys.readouterr().out)
    assert data["verdict"] == "block"
    assert data["unread"] and data["unread"][0]["reason"] == "size-limit"
    assert [f["id"] for f in data["findings"]] == ["VG-PROMPT-UNCHECKED"]
    assert "split it into smaller prompts" in data["findings"][0]["message"]


def test_a_prompt_beyond_the_one_character_limit_is_blocked_unchecked(monkeypatch, capsys):
    """The limit is the guard's (`MAX_PROMPT_CHARS`), the same as the hooks': within the bytes
    read, a prompt of more characters than that is blocked, not judged on a prefix."""
    monkeypatch.setattr("vigilint.integrations.prompt_check.MAX_PROMPT_CHARS", 100)
    prompt = "add a tooltip to the save icon. " * 3 + "and then implement AES yourself"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(prompt.encode())))
    assert main(["prompt", "--format", "json"]) == 3
    data = json.loads(capsys.readouterr().out)
    assert data["verdict"] == "block" and data["findings"][0]["id"] == "VG-PROMPT-UNCHECKED"
    assert f"{len(prompt):,} characters long" in data["findings"][0]["message"]


def test_undecodable_bytes_are_reported(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(
        b"add a tooltip to the save icon \xff\xfe")))
    assert main(["prompt", "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert [u["reason"] for u in data["unread"]] == ["undecodable"]
