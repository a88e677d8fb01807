"""Large documents degrade by design (pure, in-process): over `max_file_size` only secret
detection runs, with no syntax tree built (not for the analysis, not for hover: the tree of a
20 MB file took over a gigabyte); positions of a large text come from a block index, without
a list of its lines."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

from lsprotocol import types

from vigilint.analyzers.engine import Engine
from vigilint.config import Settings
from vigilint.server.analysis import Analyzer, Snapshot, run_analysis
from vigilint.server.documents import Document
from vigilint.server.positions import LARGE_TEXT, LineIndex

SECRET = "ghp_Q7vLm2Xr9TzW4nBpK8sD3fH6jY1cE5gA0uRo"


def _big_text() -> str:
    body = "".join(f"def f{i}(x):\n    return yaml.load(x) + {i}\n" for i in range(500))
    return "import yaml\n" + body * 120 + f'TOKEN = "{SECRET}"\n'


def test_over_max_file_size_only_secrets_run_without_a_tree() -> None:
    text = _big_text()
    settings = Settings(max_file_size=1_000_000)
    snap = Snapshot("file:///w/big.py", "big.py", text, 1, "python", None, False)
    result = run_analysis(lambda: Engine(settings=settings), settings, snap, lambda path, lines: [])
    assert result.reduced and result.reduced_for == "size" and result.tree is None
    assert {f.category for f in result.findings} == {"secret"}
    assert any(d.code == "reduced-mode" and "only secret detection" in d.message
               for d in result.diagnostics)
    secret = next(d for d in result.diagnostics if d.code != "reduced-mode")
    assert secret.range.start.line == text.count("\n") - 1
    assert SECRET not in secret.message


def test_hover_does_not_parse_a_reduced_document() -> None:
    doc = Document(uri="file:///w/big.py", text=_big_text(), version=1)
    snap = Snapshot(doc.uri, "big.py", doc.text, 1, "python", None, False)
    settings = Settings(max_file_size=1_000_000)
    result = run_analysis(lambda: Engine(settings=settings), settings, snap, lambda path, lines: [])
    server = SimpleNamespace(engine=Engine())
    analyzer = Analyzer(server)  # type: ignore[arg-type]
    try:
        assert asyncio.run(analyzer.tree_for(doc, result)) is None
    finally:
        analyzer.shutdown()


def test_a_large_text_is_indexed_by_blocks() -> None:
    text = "x = 1\r\n" * (LARGE_TEXT // 7 + 10) + "😀 end"
    index = LineIndex(text)
    assert "lines" not in index.__dict__  # no list of a million line strings
    last = text.count("\n")
    assert index.position(len(text)) == types.Position(line=last, character=6)
    assert index.offset(types.Position(line=last, character=2)) == len(text) - 4
    assert index.line_text(3) == "x = 1"
