"""Prompt documents and prompt-like comments reach the engine as VG-PROMPT findings."""

from __future__ import annotations

import pytest

from vigilint.analyzers.engine import Engine
from vigilint.analyzers.fixes import apply_fixes
from vigilint.prompts.sources import comment_prompts


@pytest.fixture(scope="module")
def engine():
    return Engine()


def _prompt_findings(engine, path, text):
    return [f for f in engine.analyze(path, text).findings if f.rule.startswith("VG-PROMPT")]


@pytest.mark.parametrize("line", [
    "# TODO: write the signup view",
    "    # TODO(maria): implement the export job",
    "// AI: generate a reducer for the cart",
    "// copilot: add a route for the invoices",
    "# prompt: make a CLI that copies files",
    "// write a function that parses the header",
    "/* FIXME - add retry to the client */",
])
def test_prompt_like_comments_are_recognized(line):
    assert len(comment_prompts([line, "x = 1"])) == 1


@pytest.mark.parametrize("line", [
    "# TODO: the login page is slow",
    "# this writes a file",
    "x = 1  # AI: trailing comments are not prompts",
    "# vigilint: ignore[VG-PY-DESER-001] -- trusted build manifest",
    "print('# TODO: write login handler')",
])
def test_ordinary_comments_are_not_prompts(line):
    assert comment_prompts([line]) == []


def test_following_comment_lines_belong_to_the_prompt():
    lines = ["# TODO: write the import job", "# it reads the CSV the user uploads", "def f():",
             "# unrelated"]
    (prompt,) = comment_prompts(lines)
    assert prompt.text == "write the import job\nit reads the CSV the user uploads"
    assert (prompt.first_line, prompt.last_line) == (1, 2)


def test_a_comment_prompt_gets_a_finding_and_a_fix_inserting_comment_lines(engine):
    text = "def handler():\n    # TODO: write the file download by the name in the query string\n" \
           "    pass\n"
    findings = _prompt_findings(engine, "app/views.py", text)
    assert findings and findings[0].rule == "VG-PROMPT-012"
    assert findings[0].line == 2
    fixed = apply_fixes(text, [f.fix for f in findings if f.fix])
    assert "    # Security constraints:" in fixed
    assert fixed.endswith("    pass\n")
    assert not [f for f in _prompt_findings(engine, "app/views.py", fixed) if f.fix]


@pytest.mark.parametrize("path", [
    "prompts/add-login.prompt.md", ".github/copilot-instructions.md",
    ".github/instructions/backend.instructions.md", ".cursor/rules/api.mdc", "AGENTS.md",
    "CLAUDE.md", "services/api/AGENTS.md",
])
def test_prompt_documents_are_linted(engine, path):
    findings = _prompt_findings(engine, path, "Write the login endpoint for the admin app.\n")
    assert {f.rule for f in findings} >= {"VG-PROMPT-002"}


def test_other_markdown_is_not_a_prompt(engine):
    assert _prompt_findings(engine, "docs/guide.md",
                            "Write the login endpoint for the admin app.\n") == []


def test_document_block_finding_is_on_the_line_that_asks(engine):
    text = "# Task\n\nContext about the app.\nThen implement Serpent encryption by hand.\n"
    (finding,) = _prompt_findings(engine, "task.prompt.md", text)
    assert (finding.rule, finding.line, finding.category) == \
        ("VG-PROMPT-001", 4, "crypto-implementation")
    assert finding.fix is None


def test_document_fix_appends_the_constraint_block(engine):
    text = "Write the login endpoint for the admin app.\n"
    findings = _prompt_findings(engine, "AGENTS.md", text)
    fixes = [f.fix for f in findings if f.fix]
    assert len(fixes) == 1
    fixed = apply_fixes(text, fixes)
    assert fixed.startswith(text)
    assert "OWASP A07:2021" in fixed
    assert _prompt_findings(engine, "AGENTS.md", fixed) == []


def test_owasp_edition_setting_reaches_the_rules():
    from vigilint.config import Settings

    text = "Search orders with parameterized SQL queries and an input length limit (A03).\n"
    under_2025 = Engine(settings=Settings(owasp_edition="2025"))
    rules = {f.rule for f in _prompt_findings(under_2025, "CLAUDE.md", text)}
    assert "VG-PROMPT-003" in rules


def test_a_prompt_file_is_read_up_to_the_file_limit_and_the_rest_reported(engine, monkeypatch):
    """A prompt document is read up to `FILE_PROMPT_CHARS` (the editor checks it on every
    change); the rest is reported unread with a block, not skipped: a crypto request past the
    limit still blocks the file."""
    from vigilint.prompts import rules

    monkeypatch.setattr(rules, "FILE_PROMPT_CHARS", 2_000)
    text = ("Tidy up the README wording for the dashboard page.\n" * 60
            + "Then implement Serpent encryption by hand.\n")
    findings = _prompt_findings(engine, "task.prompt.md", text)
    assert "VG-PROMPT-004" in {f.rule for f in findings}
    assert any(f.rule in ("VG-PROMPT-001", "VG-PROMPT-004") and f.priority in ("P0", "P1")
               for f in findings)
    short = _prompt_findings(engine, "task.prompt.md", text[:1_500])
    assert "VG-PROMPT-004" not in {f.rule for f in short}
