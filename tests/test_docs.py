"""Rule docs pages are generated from the rule docstrings and must be current."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _generator():
    spec = importlib.util.spec_from_file_location("gen_rule_docs", ROOT / "scripts" / "gen_rule_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rule_docs_are_current():
    gen = _generator()
    stale = [p.name for p, text in gen.expected().items()
             if not p.exists() or p.read_text(encoding="utf-8") != text]
    assert not stale, f"run `python scripts/gen_rule_docs.py`: stale {stale[:5]}"
    extra = {p.name for p in gen.DOCS.glob("*.md")} - {p.name for p in gen.expected()}
    assert not extra, f"docs for removed rules: {sorted(extra)}"
