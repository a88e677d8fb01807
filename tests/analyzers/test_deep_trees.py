"""Rules stay linear on deep syntax trees: a call chain (`a().a().a()...`), a dotted chain,
nested parentheses and a binary chain as long as the line (`DEEP` in
`tests/pathological_inputs.py`).

tree-sitter's `Node.parent` walks down from the root, so a rule that walks up from every call
is quadratic in the depth, and cubic over a chain: `VG-JAVA-ERR-001` took 3.3 s and
`VG-PY-ERR-001` and `VG-PY-DOS-004` 12 s each at 4,000 characters. Per language, all its rules
run together on each shape at 1,000 and 4,000 characters (the parse done beforehand); a group
that grows more than 10 times for 4 times the input (linear: 4, quadratic: 16, cubic: 64) and
takes over 0.1 s of CPU fails, naming its slowest rules. CPU time of this process."""

from __future__ import annotations

import pytest
from pathological_inputs import DEEP, best_rule_cpu, group_text, groups

from vigilint.analyzers.engine import Engine

SMALL, LARGE = 1_000, 4_000
RATIO, FLOOR = 10, 0.1
TOKEN = "auth"

GROUPS = groups()
_PARSER = Engine(rules=())




@pytest.mark.parametrize("key", sorted(GROUPS), ids=[f"{k[0]}:{k[1]}" for k in sorted(GROUPS)])
def test_rules_are_linear_on_deep_trees(key: tuple[str, str]) -> None:
    language, path = key
    rules = GROUPS[key]
    engine = Engine(rules=rules)
    slow: list[str] = []
    for shape in sorted(DEEP):
        large = group_text(language, rules, shape, TOKEN, LARGE)
        big = best_rule_cpu(engine, path, language, large)
        if big <= FLOOR:
            continue
        small = best_rule_cpu(engine, path, language,
                              group_text(language, rules, shape, TOKEN, SMALL))
        if big / max(small, 1e-3) <= RATIO:
            continue
        worst = sorted(((best_rule_cpu(Engine(rules=(rule,)), path, language, large), rule.id)
                        for rule in rules), reverse=True)[:3]
        slow.append(f"{shape!r}: {small * 1000:.0f} ms at {SMALL:,} characters, "
                    f"{big * 1000:.0f} ms at {LARGE:,}; slowest: "
                    + ", ".join(f"{rid} {t * 1000:.0f} ms" for t, rid in worst))
    assert not slow, "\n".join(slow)


def test_enclosing_from_byte_ranges_agrees_with_walking_up() -> None:
    """`syntax/enclosing.py` answers what a walk up with `Node.parent` answers, for every node
    of a file with nested functions, classes and except clauses."""
    from vigilint.analyzers.context import FileContext
    from vigilint.analyzers.syntax import python
    from vigilint.analyzers.syntax.enclosing import enclosing_node

    text = ("def outer(a):\n    def inner(b):\n        try:\n            f(b)\n"
            "        except ValueError as e:\n            try:\n                g(e)\n"
            "            except KeyError as k:\n                h(k, lambda: i(e))\n"
            "        return b\n    return inner(a)\n\n\nclass C:\n    def m(self):\n"
            "        def n():\n            pass\n        return n\n\n\nx = outer(1)\n")
    ctx = FileContext(path="app.py", language="python", text=text)
    ctx.tree = _PARSER.parse("python", ctx.source)

    def walked(node, kind):  # type: ignore[no-untyped-def]
        cur = node.parent
        while cur is not None and cur.type != kind:
            cur = cur.parent
        return cur

    def span(node):  # type: ignore[no-untyped-def]
        return None if node is None else (node.start_byte, node.end_byte)

    checked = 0
    for node in ctx.walk():
        for kind in ("function_definition", "except_clause", "class_definition"):
            assert span(enclosing_node(ctx, node, kind)) == span(walked(node, kind)), \
                (node.type, node.start_point, kind)
        fn = python(ctx).function_at(node)
        assert span(fn.node if fn else None) == span(walked(node, "function_definition"))
        checked += 1
    assert checked > 100


def test_queries_look_for_matches_down_to_the_depth_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """tree-sitter keeps a match's start depth in 16 bits, so a query on a tree deeper than
    65,535 levels turns quadratic (a line of 125,000 chained `a=b,`: 47 s for one query).
    `query_cursor` looks for matches down to `MAX_QUERY_DEPTH` below the node queried: what is
    above it is found, what is below it is not searched."""
    from vigilint.analyzers import languages

    monkeypatch.setattr(languages, "MAX_QUERY_DEPTH", 50)
    text = "import os\nx = 1\n" + "a=b," * 200 + "\n"
    tree = _PARSER.parse("python", text.encode())
    query = languages.compile_query("python", "(assignment) @a")
    found = languages.query_cursor(query).captures(tree.root_node).get("a", [])
    rows = {node.start_point[0] for node in found}
    assert rows == {1, 2}  # `x = 1` and the top of the chain
    assert 40 <= len(found) <= 51  # the chain down to the limit, not its 200 levels
    monkeypatch.setattr(languages, "MAX_QUERY_DEPTH", 1_000)
    assert len(languages.query_cursor(query).captures(tree.root_node).get("a", [])) == 201


def test_every_query_goes_through_the_depth_limited_cursor() -> None:
    """A bare `QueryCursor(` would bypass the depth limit above."""
    from pathlib import Path

    import vigilint

    root = Path(vigilint.__file__).parent
    bare = [str(path.relative_to(root)) for path in root.rglob("*.py")
            if path.name != "languages.py" and "QueryCursor(" in path.read_text("utf-8")]
    assert bare == []
