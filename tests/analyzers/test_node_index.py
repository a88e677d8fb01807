"""The file's one query for the registered kinds (`syntax/node_index.py`) gives each kind's
nodes as a query of that kind alone, in document order; an unregistered kind is not served."""

from __future__ import annotations

from pathlib import Path

import pytest

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.engine import Engine
from vigilint.analyzers.languages import compile_query, language_for, query_cursor
from vigilint.analyzers.syntax import node_index
from vigilint.analyzers.syntax.base import role_kinds

FIXTURES = Path(__file__).parent.parent / "fixtures" / "rules"
ENGINE = Engine()


def _files() -> list[Path]:
    return sorted(p for p in FIXTURES.glob("VG-*/*") if p.is_file()
                  and p.suffix in (".py", ".js", ".ts", ".java", ".go"))[::7]


@pytest.mark.parametrize("path", _files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_each_function_kind_comes_out_as_its_own_query_sorted(path: Path) -> None:
    text = path.read_text("utf-8")
    language = language_for(path.name, text[:200].encode())
    tree = ENGINE.parse(language, text.encode())
    assert tree is not None
    ctx = FileContext(path=path.name, language=language, text=text, tree=tree)
    kinds = [k for k in role_kinds(language, "function")
             if tree.language.id_for_node_kind(k, True) is not None]
    for kind in kinds:
        query = compile_query(language, f"({kind}) @n")
        expected = sorted(query_cursor(query).captures(tree.root_node).get("n", []),
                          key=lambda n: (n.start_byte, -n.end_byte))
        found = node_index.nodes_of(ctx, (kind,))
        assert found is not None
        assert [n.id for n in found] == [n.id for n in expected]
    both = node_index.nodes_of(ctx, kinds)
    assert both is not None
    assert [n.start_byte for n in both] == sorted(n.start_byte for n in both)


def test_an_unregistered_kind_is_left_to_its_own_query() -> None:
    text = "def f():\n    global counter\n    return 1\n"
    ctx = FileContext(path="a.py", language="python", text=text,
                      tree=ENGINE.parse("python", text.encode()))
    assert node_index.nodes_of(ctx, ("global_statement",)) is None
    assert node_index.indexed(ctx, ("function_definition", "global_statement")) is None
