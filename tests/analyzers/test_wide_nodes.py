"""A line of a million anonymous tokens (backslashes, semicolons, keywords) under one error
node made every tree-sitter query quadratic (4.1 s for the Dockerfile rules at 1 MB). The
rules now query a tree parsed with those tokens blanked (`analyzers/wide_nodes.py`): the same
findings at the same places, in time linear in the line."""

from __future__ import annotations

from pathological_inputs import group_text, groups, rule_cpu

from vigilint.analyzers.engine import Engine
from vigilint.analyzers.wide_nodes import WIDE, blanked_source

_PARSER = Engine(rules=())


def _widest_error(tree) -> int:  # type: ignore[no-untyped-def]
    widest, stack = 0, [tree.root_node]
    while stack:
        node = stack.pop()
        if node.is_error:
            widest = max(widest, node.child_count - node.named_child_count)
        stack.extend(child for child in node.named_children if child.has_error)
    return widest


def test_a_wide_error_node_is_blanked_and_findings_stay_in_place() -> None:
    junk = "\\" * (4 * WIDE)
    text = f"FROM node:latest\nUSER root\nauth{junk}\n"
    source = text.encode()
    tree = _PARSER.parse("dockerfile", source)
    assert _widest_error(tree) > WIDE  # the shape this guards against
    blanked = blanked_source(tree, source)
    assert blanked is not None and len(blanked) == len(source)
    assert blanked.count(b"\n") == source.count(b"\n") and b"FROM node:latest" in blanked
    assert _widest_error(_PARSER.parse("dockerfile", blanked)) <= WIDE
    findings = Engine().analyze("Dockerfile", text).findings
    plain = Engine().analyze("Dockerfile", "FROM node:latest\nUSER root\nauth\n").findings
    assert findings and [(f.rule, f.line, f.column) for f in findings] == \
        [(f.rule, f.line, f.column) for f in plain]


def test_a_tree_without_wide_error_nodes_is_left_alone() -> None:
    source = b"FROM node:latest\nRUN echo \\\\ \\\\\n"
    assert blanked_source(_PARSER.parse("dockerfile", source), source) is None


def test_dockerfile_rules_are_linear_on_a_line_of_backslashes() -> None:
    """CPU time for 4 times the line: about 4 times (linear), not 16 (quadratic)."""
    rules = groups()[("dockerfile", "Dockerfile")]
    engine = Engine(rules=rules)

    def cpu(size: int) -> float:
        text = group_text("dockerfile", rules, "backslashes", "auth", size)
        tree = _PARSER.parse("dockerfile", text.encode())
        return min(rule_cpu(engine, "Dockerfile", "dockerfile", text, tree) for _ in range(2))

    small, large = cpu(100_000), cpu(400_000)
    assert large / max(small, 1e-3) < 8, f"{small:.3f} s at 100,000, {large:.3f} s at 400,000"


def _widest(tree) -> int:  # type: ignore[no-untyped-def]
    widest, stack = 0, [tree.root_node]
    while stack:
        node = stack.pop()
        widest = max(widest, node.child_count)
        stack.extend(node.children)
    return widest


def test_a_string_of_escape_sequences_is_blanked_inside_its_quotes() -> None:
    """Half a million escape sequences (named leaves) in a Go string cost every query about
    0.25 s: the rules see one string whose text is still the original."""
    junk = "\\\\" * (2 * WIDE)
    head = 'package main\n\nimport "crypto/md5"\n\nfunc h(b []byte) { md5.Sum(b) }\n'
    text = f'{head}var blob = "{junk}"\n'
    source = text.encode()
    tree = _PARSER.parse("go", source)
    assert _widest(tree) > WIDE
    blanked = blanked_source(tree, source)
    assert blanked is not None and len(blanked) == len(source)
    assert blanked.startswith(head.encode()) and blanked.rstrip().endswith(b'"')
    again = _PARSER.parse("go", blanked)
    assert _widest(again) <= WIDE and not again.root_node.has_error
    findings = Engine().analyze("main.go", text).findings
    plain = Engine().analyze("main.go", f'{head}var blob = ""\n').findings
    assert findings and [(f.rule, f.line, f.column) for f in findings] == \
        [(f.rule, f.line, f.column) for f in plain]


def test_an_error_node_of_named_leaves_is_blanked_but_not_a_run_of_constructs() -> None:
    words = "a " * (2 * WIDE) + "auth("
    source = f"package main\n{words}\n".encode()
    blanked = blanked_source(_PARSER.parse("go", source), source)
    assert blanked is not None and blanked[len("package main\n"):].strip() == b""
    # `a=b,` a million times: what would stay (the assignments) is still a wide run, and
    # blanking the commas between them made the parse 15 times slower: left alone
    runs = "aauth=b," * (2 * WIDE)
    source = f"{runs}\n".encode()
    assert blanked_source(_PARSER.parse("javascript", source), source) is None

