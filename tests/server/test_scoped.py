"""Scoped re-analysis after edits inside definitions gives the findings of a full analysis
(pure: run_analysis in-process). Edits keep the code valid: broken code (an ERROR node at the
top level) gets full analyses, which this test would not exercise."""

from __future__ import annotations

import random

from lsprotocol import types

from vigilint.analyzers.engine import Engine
from vigilint.config import Settings
from vigilint.server.analysis import Result, Snapshot, run_analysis
from vigilint.server.documents import Document

FUNCTION = '''

def handler_{i}(request, path):
    """Handler {i}."""
    data = open(path).read()
    if {i} % 3 == 0:
        return yaml.load(data)
    return yaml.safe_load(data)
'''
EDITS = ["yaml.load(data)", "x = 1", "pass", "yaml.safe_load(data)", "'é😀'",
         "yaml.load(data)  # vigilint: ignore[VG-PY-DESER-001] -- trusted build manifest"]
_SIMPLE = ("data =", "return", "x =", "yaml", "pass", "'")


def _key(result: Result) -> list[tuple[str, int, int, int, int]]:
    return sorted((f.rule, f.line, f.column, f.end_line, f.end_column)
                  for f in result.findings if not f.suppressed)


def test_scoped_analysis_matches_full_analysis() -> None:
    settings = Settings()
    engine = Engine(settings=settings)
    text = "import yaml\n" + "".join(FUNCTION.format(i=i) for i in range(80))
    doc = Document(uri="file:///w/app.py", text=text, version=1)
    doc.path = "app.py"

    def analyze(base: Result | None, full: bool) -> Result:  # as the server does
        snap = Snapshot(doc.uri, doc.path, doc.text, doc.version, "python", doc.tree, False,
                        base=base, edits=None if doc.edits is None else list(doc.edits),
                        full=full)
        return run_analysis(lambda: engine, settings, snap, lambda path, lines: [])

    last = analyze(None, True)
    doc.tree, doc.edits = last.tree, []
    rng = random.Random(3)
    scoped_runs = 0
    for version in range(2, 40):
        lines = doc.text.split("\n")
        body = [i for i, line in enumerate(lines) if line.strip().startswith(_SIMPLE)]
        row = rng.choice(body)
        indent = lines[row][: len(lines[row]) - len(lines[row].lstrip())]
        new = indent + rng.choice(EDITS)
        doc.apply(types.TextDocumentContentChangePartial(
            range=types.Range(start=types.Position(line=row, character=0),
                              end=types.Position(line=row, character=len(lines[row]))),
            text=new))
        doc.version = version
        quick = analyze(last, False)
        scoped_runs += not quick.complete
        reference = analyze(None, True)
        assert _key(quick) == _key(reference), f"version {version}"
        last = quick
        if quick.tree is not None:  # scoped results keep the edited tree
            doc.tree = quick.tree
        doc.edits = []
    assert scoped_runs > 30
