"""Fuzz: positions and edits against an independent model of LSP's rules (UTF-16 columns,
CR/LF/CRLF lines, astral characters, lone surrogates, positions past the end)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from lsprotocol import types
from server.fuzz_traffic import line_lengths, offset_of

from vigilint.server import positions
from vigilint.server.documents import Document
from vigilint.server.positions import LineIndex

CHARS = st.sampled_from(["a", "b", " ", "\n", "\r", "\r\n", "é", "😀", "\U0001F600",
                         "\ud800", "\udc00", "中", "\t", "\u2028", "\x0b"])
TEXT = st.lists(CHARS, max_size=60).map("".join)
POSITION = st.builds(types.Position, line=st.integers(0, 20), character=st.integers(0, 30))


@settings(max_examples=300, deadline=None)
@given(TEXT, st.lists(POSITION, max_size=10))
def test_offsets_follow_lsp(text, points):
    index = LineIndex(text)
    for pos in points:
        assert index.offset(pos) == offset_of(text, pos.line, pos.character)
    lengths = line_lengths(text)
    for offset in range(len(text) + 1):
        pos = index.position(offset)
        assert pos.line < len(lengths) and pos.character <= lengths[pos.line]


@settings(max_examples=150, deadline=None)
@given(TEXT, st.integers(1, 9), st.lists(POSITION, max_size=10))
def test_the_block_index_answers_like_the_line_index(text, block, points):
    small = LineIndex(text)
    large_text, size = positions.LARGE_TEXT, positions.BLOCK
    positions.LARGE_TEXT, positions.BLOCK = -1, block
    try:
        large = LineIndex(text)
    finally:
        positions.LARGE_TEXT, positions.BLOCK = large_text, size
    assert small.count == large.count
    for pos in points:
        assert small.offset(pos) == large.offset(pos)
        assert small.line_text(pos.line) == large.line_text(pos.line)
    for offset in range(len(text) + 1):
        assert small.position(offset) == large.position(offset)


EDIT = st.tuples(POSITION, POSITION, st.lists(CHARS, max_size=6).map("".join))


@settings(max_examples=200, deadline=None)
@given(TEXT, st.lists(EDIT, max_size=12))
def test_incremental_edits_match_the_model(text, edits):
    doc = Document(uri="file:///w/a.py", text=text, version=1)
    model = text
    for start, end, insert in edits:
        a = offset_of(model, start.line, start.character)
        b = offset_of(model, end.line, end.character)
        if b < a:
            start, end, a, b = end, start, b, a
        model = model[:a] + insert + model[b:]
        doc.apply(types.TextDocumentContentChangePartial(
            range=types.Range(start=start, end=end), text=insert))
        assert doc.text == model
