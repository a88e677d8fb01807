"""A parse stopped by its progress callback must not leak into the next parse on the same
thread's parser: tree-sitter resumes a halted parse at the next call unless the parser is
reset, whatever text that call gives it (found by the LSP fuzz run: a document's security
context read from a tree mixed from two texts)."""

from __future__ import annotations

import pytest

from vigilint.analyzers.languages import parser_for
from vigilint.server.analysis import AnalysisCancelled, parse


def test_a_cancelled_parse_leaves_the_next_parse_untouched() -> None:
    big = ("function handler_%d(req, res) { return db.query('SELECT ' + req.query.q); }\n"
           * 4000).encode()
    calls = 0

    def stop_soon() -> bool:
        nonlocal calls
        calls += 1
        return calls > 3

    with pytest.raises(AnalysisCancelled):
        parse("javascript", big, None, stop_soon)
    small = b"const config = yaml.load(data);\nrun(config);\n"
    tree = parse("javascript", small, None, lambda: False)
    assert tree is not None
    fresh = parser_for("javascript").parse(small)
    assert str(tree.root_node) == str(fresh.root_node)
    assert tree.root_node.end_byte == len(small) and not tree.root_node.has_error
