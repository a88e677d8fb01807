"""The access providers' node index holds the condition kinds: `nodes_in` over a body gives
what a query of that body alone gave (sorted by start), on every access fixture."""

from __future__ import annotations

from pathlib import Path

import pytest

from vigilint.analyzers.access.syntax import grammar, nodes_in
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.engine import Engine
from vigilint.analyzers.languages import compile_query, language_for, query_cursor

FIXTURES = Path(__file__).parent.parent / "fixtures" / "rules"
ENGINE = Engine()
_FUNCTIONS = ("function_definition", "function_declaration", "method_declaration",
              "arrow_function", "method_definition", "function_expression", "func_literal")


def _files() -> list[Path]:
    return sorted(p for p in FIXTURES.glob("VG-*AUTH*/*") if p.is_file()
                  and p.suffix in (".py", ".js", ".ts", ".java", ".go"))


@pytest.mark.parametrize("path", _files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_condition_nodes_of_a_body_come_from_the_index_in_query_order(path: Path) -> None:
    text = path.read_text("utf-8")
    language = language_for(path.name, text[:200].encode())
    assert language is not None
    g = grammar(language)
    assert g is not None
    tree = ENGINE.parse(language, text.encode())
    ctx = FileContext(path=path.name, language=language, text=text, tree=tree)
    kinds = list(g.conditions)
    present = [k for k in kinds if tree.language.id_for_node_kind(k, True) is not None]
    query = compile_query(language, " ".join(f"({k}) @n" for k in present))
    stack = [tree.root_node]
    while stack:
        node = stack.pop()
        stack.extend(node.children)
        if node.type not in _FUNCTIONS:
            continue
        body = node.child_by_field_name("body") or node
        expected = sorted(query_cursor(query).captures(body).get("n", []),
                          key=lambda n: n.start_byte)
        assert [n.id for n in nodes_in(ctx, body, *kinds)] == [n.id for n in expected]
