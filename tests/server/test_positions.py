"""Position conversions and incremental re-parsing (pure, no server process)."""

from __future__ import annotations

import random

from lsprotocol import types

from vigilint.analyzers.engine import Engine
from vigilint.server.documents import Document, is_prompt_document
from vigilint.server.positions import LineIndex


def _pos(line: int, character: int) -> types.Position:
    return types.Position(line=line, character=character)


def test_utf16_columns_and_line_breaks() -> None:
    text = "a😀b\r\nçé\rz\n"
    index = LineIndex(text)
    assert index.offset(_pos(0, 3)) == 2  # after the astral character (2 UTF-16 units)
    assert index.offset(_pos(0, 2)) == 1  # inside the surrogate pair: start of the character
    assert index.offset(_pos(1, 1)) == text.index("é")
    assert index.offset(_pos(2, 0)) == text.index("z")  # a lone \r ends a line in LSP
    assert index.position(text.index("b")) == _pos(0, 3)
    assert index.position(len(text)) == _pos(3, 0)
    assert index.offset(_pos(99, 0)) == len(text)


def test_engine_positions_map_to_lsp() -> None:
    text = "x = '😀'; yaml.load(d)\n"
    index = LineIndex(text)
    start = text.index("yaml") + 1  # 1-based code points
    rng = index.engine_range(1, start, 1, start + 4)
    assert rng.start == _pos(0, start - 1 + 1)  # one extra UTF-16 unit for the emoji
    assert index.engine_position(rng.start) == (1, start)


def _random_edit(rng: random.Random, text: str) -> tuple[types.Position, types.Position, str]:
    index = LineIndex(text)
    a, b = sorted(rng.randrange(len(text) + 1) for _ in range(2))
    b = min(b, a + rng.randrange(8))
    insert = rng.choice(["", "x", "é", "😀", "\n", "yaml.load(q)\n", "def f():\n    pass\n",
                         "(", ")", "'", "# ü\n", "\r\n"])
    return index.position(a), index.position(b), insert


def test_incremental_edits_match_a_full_parse() -> None:
    rng = random.Random(7)
    engine = Engine()
    text = "import yaml\n\ndef f(x):\n    return yaml.load(x)  # é😀\n" * 5
    doc = Document(uri="file:///w/app.py", text=text, version=1)
    doc.tree = engine.parse("python", text.encode())
    for step in range(300):
        start, end, insert = _random_edit(rng, doc.text)
        doc.apply(types.TextDocumentContentChangePartial(
            range=types.Range(start=start, end=end), text=insert))
        source = doc.text.encode("utf-8", "surrogatepass")
        incremental = engine.parse("python", source, doc.tree)
        full = engine.parse("python", source)
        assert incremental is not None and full is not None
        assert str(incremental.root_node) == str(full.root_node), f"step {step}"
        doc.tree = incremental
    inc = engine.analyze("app.py", doc.text, tree=doc.tree)
    ref = engine.analyze("app.py", doc.text)
    assert [f.sort_key() for f in inc.findings] == [f.sort_key() for f in ref.findings]


def test_prompt_documents() -> None:
    for path in ("x/review.prompt.md", ".github/copilot-instructions.md", "AGENTS.md",
                 "a/.github/instructions/api.md", ".cursor/rules/security.mdc", "CLAUDE.md"):
        assert is_prompt_document(path), path
    assert not is_prompt_document("docs/README.md")
