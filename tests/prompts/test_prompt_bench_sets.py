"""bench/prompt_bench.py scores a fifth held-back set when its file exists and skips it cleanly
when it does not; the held-back prompts themselves never appear in the report."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("prompt_bench",
                                                  ROOT / "bench" / "prompt_bench.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("prompt_bench", module)
    spec.loader.exec_module(module)
    return module


def test_a_missing_fifth_set_is_skipped(tmp_path: Path) -> None:
    lines = _bench().fifth_section([], tmp_path / "labelled_holdout5.jsonl")
    assert any("Not scored" in line and "does not exist" in line for line in lines)


def test_an_empty_fifth_set_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "labelled_holdout5.jsonl"
    path.write_text("\n", encoding="utf-8")
    assert any("holds no prompts" in line for line in _bench().fifth_section([], path))


def test_a_fifth_set_is_scored_without_showing_its_prompts(tmp_path: Path) -> None:
    rows = [
        {"id": "h5-a", "kind": "crypto-impl", "verdict": "block",
         "prompt": "Write Threefish from scratch in Go for the backup tool"},
        {"id": "h5-b", "kind": "harmless", "verdict": "allow",
         "prompt": "Write a function that reverses a linked list"},
        {"id": "h5-c", "kind": "harmless", "verdict": "block",  # a wrong label: misclassified
         "prompt": "Sort the invoices by date, newest first"},
    ]
    path = tmp_path / "labelled_holdout5.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    times: list[float] = []
    text = "\n".join(_bench().fifth_section(times, path))
    assert "### holdout5 part (3 prompts: allow 1, warn 0, block 2)" in text
    assert "| accuracy | 0.667 (2/3) |" in text
    assert "| crypto-implementation requests blocked | 1.000 (1/1) |" in text
    assert "| h5-c | harmless/- | block | allow |" in text
    assert "invoices" not in text and "Threefish" not in text
    assert len(times) == 3
