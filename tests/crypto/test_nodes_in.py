"""`nodes_in` (one query per file and kind set, cut by byte range) gives exactly what walking
the subtree and filtering by kind gives, on every language's crypto fixtures and on broken
text."""

from __future__ import annotations

from pathlib import Path

import pytest

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.crypto.recognize.handmade import _ASSIGNMENTS
from vigilint.analyzers.crypto.recognize.keyed_hash import _CALLS_AND_LOOPS, _FOLDS
from vigilint.analyzers.crypto.syntax import (
    BINARY_KINDS,
    FUNCTION_KINDS,
    LOOP_KINDS,
    nodes_in,
    walk,
)
from vigilint.analyzers.engine import Engine
from vigilint.analyzers.languages import language_for

FIXTURES = Path(__file__).parent.parent / "fixtures" / "rules"
KIND_SETS = [BINARY_KINDS, LOOP_KINDS, _CALLS_AND_LOOPS, _FOLDS, _ASSIGNMENTS, FUNCTION_KINDS]
ENGINE = Engine()


def _files() -> list[Path]:
    return sorted(p for rule in ("VG-CRYPTO-001", "VG-CRYPTO-002", "VG-CRYPTO-009")
                  for p in (FIXTURES / rule).glob("*") if p.is_file())


def _check(path: str, text: str) -> int:
    language = language_for(path, text[:200].encode())
    assert language is not None
    tree = ENGINE.parse(language, text.encode())
    assert tree is not None
    ctx = FileContext(path=path, language=language, text=text, tree=tree)
    compared = 0
    for kinds in KIND_SETS:
        for node in walk(tree.root_node):
            if node.child_count == 0:
                continue
            expected = [n for n in walk(node) if n.type in kinds]
            assert [n.id for n in nodes_in(ctx, node, kinds)] == [n.id for n in expected], \
                (path, node.type, sorted(kinds))
            compared += 1
    return compared


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.name)
def test_nodes_in_is_the_filtered_walk(path: Path) -> None:
    assert _check(path.name, path.read_text("utf-8")) > 0


@pytest.mark.parametrize(("name", "text"), [
    ("broken.py", "def f(x:\n    for i in range(:\n        h = h * 33 + x[i\n    return h +\n"),
    ("broken.js", "function f(s) { let h = 0; for (let i = 0; i < s.length; i++ { h = h*31 + "
                  "s.charCodeAt(i) } return h + }\nconst g = function() {"),
    ("broken.go", "package p\nfunc f(b []byte) int { h := 0\n for _, c := range b { h = h*31 +"),
    ("Broken.java", "class A { int f(String s) { int h = 0; for (char c : s) { h = 31*h + c; "
                    "return h; }"),
])
def test_nodes_in_on_broken_text(name: str, text: str) -> None:
    assert _check(name, text) > 0


def test_the_recognizers_kinds_are_in_the_files_one_query() -> None:
    from vigilint.analyzers.crypto.implementations import _recognized_kinds
    from vigilint.analyzers.crypto.syntax import INDEXED_KINDS

    assert _recognized_kinds() <= INDEXED_KINDS
    for kinds in KIND_SETS:
        assert kinds <= INDEXED_KINDS


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.name)
def test_kind_nodes_is_what_a_query_of_those_kinds_finds_in_document_order(path: Path) -> None:
    from vigilint.analyzers.crypto.implementations import _recognized_kinds
    from vigilint.analyzers.crypto.syntax import kind_nodes, query_nodes

    text = path.read_text("utf-8")
    language = language_for(path.name, text[:200].encode())
    assert language is not None
    ctx = FileContext(path=path.name, language=language, text=text,
                      tree=ENGINE.parse(language, text.encode()))
    for kinds in [_recognized_kinds(), *KIND_SETS]:
        expected = sorted(query_nodes(ctx, kinds), key=lambda n: (n.start_byte, -n.end_byte))
        assert [n.id for n in kind_nodes(ctx, kinds)] == [n.id for n in expected]
