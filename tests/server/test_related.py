"""Related locations end to end: a flow's source becomes the diagnostic's `relatedInformation`
(its place and message, redacted like every message), follows edits, and is there for pull
clients too; the converter gives another file's location that file's URI."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from vigilint.model import Finding, RelatedLocation
from vigilint.server import convert, scoped
from vigilint.server.positions import LineIndex, byte_edit

from .conftest import change, codes, diagnostics_for, open_doc

in_session = pytest.mark.asyncio(loop_scope="package")

FLOW = '''import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.route("/users")
def users():
    name = request.args.get("name", "")
    conn = sqlite3.connect("app.db")
    rows = conn.execute("SELECT * FROM users WHERE name = '" + name + "'")
    return str(rows.fetchall())
'''
SOURCE_LINE = 8  # 0-based: `request.args` in `users`
SINK_LINE = 10
TOKEN = "ghp_R7kQ2mX9vL4pT8wZ3nB6yC1dF5hJ0sA2eG4u"
# A route parameter named like a GitHub token: the flow's message quotes the parameter's name.
SECRET_FLOW = f'''import sqlite3
from flask import Flask

app = Flask(__name__)


@app.route("/users/<{TOKEN}>")
def user({TOKEN}):
    conn = sqlite3.connect("app.db")
    return str(conn.execute("SELECT * FROM users WHERE name = '" + {TOKEN} + "'").fetchall())
'''


def _sql_finding(diagnostics: list[types.Diagnostic]) -> types.Diagnostic:
    found = [d for d in diagnostics if d.code == "VG-PY-INJ-001"]
    assert found, f"no VG-PY-INJ-001 in {codes(diagnostics)}"
    return found[0]


@in_session
async def test_flow_source_is_related_information(client: LanguageClient,
                                                  workspace: Path) -> None:
    uri = (workspace / "related_users.py").as_uri()
    open_doc(client, uri, FLOW)
    diag = _sql_finding(await diagnostics_for(client, uri, 1))
    assert diag.range.start.line == SINK_LINE
    assert diag.related_information is not None and len(diag.related_information) == 1
    source = diag.related_information[0]
    assert source.location.uri == uri
    column = FLOW.splitlines()[SOURCE_LINE].index("request.args")
    assert source.location.range == types.Range(
        start=types.Position(line=SOURCE_LINE, character=column),
        end=types.Position(line=SOURCE_LINE, character=column + len("request.args")))
    assert source.message == "untrusted input enters here: `request.args`"
    # Three lines (one with an astral character) above: the source moves with the text.
    change(client, uri, 2, (0, 0), (0, 0), "# 😀 notes\n#\n#\n")
    moved = _sql_finding(await diagnostics_for(client, uri, 2))
    assert moved.related_information is not None
    assert moved.related_information[0].location.range.start == types.Position(
        line=SOURCE_LINE + 3, character=column)
    # Sanitized: no finding, no related location left behind.
    change(client, uri, 3, (SINK_LINE + 3, 0), (SINK_LINE + 4, 0),
           '    rows = conn.execute("SELECT * FROM users WHERE name = ?", (name,))\n')
    assert "VG-PY-INJ-001" not in codes(await diagnostics_for(client, uri, 3))


@in_session
async def test_related_message_is_redacted(client: LanguageClient, workspace: Path) -> None:
    uri = (workspace / "related_secret.py").as_uri()
    open_doc(client, uri, SECRET_FLOW)
    diag = _sql_finding(await diagnostics_for(client, uri, 1))
    assert diag.related_information
    message = diag.related_information[0].message
    assert message.startswith("untrusted input enters here: route parameter")
    assert "[redacted]" in message
    assert TOKEN not in message and TOKEN[4:20] not in message
    assert TOKEN not in diag.message


@in_session
async def test_pull_diagnostics_carry_related_information(pull_client: LanguageClient,
                                                          workspace: Path) -> None:
    uri = (workspace / "related_pull.py").as_uri()
    open_doc(pull_client, uri, FLOW)
    report = await pull_client.text_document_diagnostic_async(types.DocumentDiagnosticParams(
        text_document=types.TextDocumentIdentifier(uri=uri)))
    assert report.kind == "full"
    diag = _sql_finding(list(report.items))
    assert diag.related_information is not None
    assert [(r.location.uri, r.location.range.start.line)
            for r in diag.related_information] == [(uri, SOURCE_LINE)]


# -- the converter: other files, clients without the capability, carried findings ------------

def _finding(related: tuple[RelatedLocation, ...], path: str = "app/views.py") -> Finding:
    return Finding(rule="VG-PY-INJ-001", name="sql-injection", category="injection", cwe=(89,),
                   owasp=("A03:2021", "A05:2025"), likelihood="very-likely", impact="high",
                   priority="P0", confidence="high", path=path, line=3, column=5, end_line=3,
                   end_column=20, message="This SQL statement receives untrusted input.",
                   snippet="", related=related)


def _related(path: str, line: int, message: str = "inner sink") -> RelatedLocation:
    return RelatedLocation(path=path, line=line, column=9, end_line=line, end_column=30,
                           message=message)


def test_a_location_in_another_file_gets_that_files_uri(tmp_path: Path) -> None:
    text = "a = 1\nb = 2\nrun(a)\n"
    uri = (tmp_path / "app" / "views.py").as_uri()
    finding = _finding((_related("app/views.py", 1, "source"), _related("app/db.py", 12),
                        _related("/elsewhere/lib.py", 4)))
    diag = convert.finding_to_diagnostic(finding, LineIndex(text), uri, 1, tmp_path,
                                         related=True)
    assert diag.related_information is not None
    assert [(r.location.uri, r.location.range.start.line, r.location.range.start.character,
             r.message) for r in diag.related_information] == [
        (uri, 0, 5, "source"),  # clamped to this document's line `a = 1`
        ((tmp_path / "app" / "db.py").as_uri(), 11, 8, "inner sink"),
        (Path("/elsewhere/lib.py").as_uri(), 3, 8, "inner sink")]
    # Without a workspace root a relative path names no file: that location is left out.
    rootless = convert.finding_to_diagnostic(finding, LineIndex(text), uri, 1, None,
                                             related=True)
    assert rootless.related_information is not None
    assert [r.location.uri for r in rootless.related_information] == \
        [uri, Path("/elsewhere/lib.py").as_uri()]


def test_no_related_information_for_clients_without_the_capability(tmp_path: Path) -> None:
    finding = _finding((_related("app/views.py", 1, "source"),))
    diag = convert.finding_to_diagnostic(finding, LineIndex("a = 1\n"), "file:///x.py", 1,
                                         tmp_path)
    assert diag.related_information is None


def test_related_messages_pass_the_redactor(tmp_path: Path) -> None:
    finding = _finding((_related("app/views.py", 1, f"untrusted input enters here: `{TOKEN}`"),))
    diag = convert.finding_to_diagnostic(finding, LineIndex("a = 1\n"), "file:///x.py", 1,
                                         tmp_path, related=True)
    assert diag.related_information is not None
    assert TOKEN not in diag.related_information[0].message
    assert "[redacted]" in diag.related_information[0].message


def test_carried_findings_move_their_related_locations() -> None:
    text = "".join(f"line{n}\n" for n in range(20))
    index = LineIndex(text)
    # Two lines inserted at the start of row 5 (0-based), between the source and the sink.
    edit = byte_edit(index, index.line_start(5), index.line_start(5), "new\nnew\n")
    finding = _finding((_related("app/views.py", 2, "source"), _related("app/views.py", 9),
                        _related("app/db.py", 9)), path="app/views.py")
    finding = finding.model_copy(update={"line": 12, "end_line": 12})
    plan = scoped.Plan(kept_rows=set(), frozen=[(0, 30)])
    [moved], _, _ = scoped.carried([finding], [edit], plan)
    assert moved.line == 14
    assert [(r.path, r.line) for r in moved.related] == \
        [("app/views.py", 2), ("app/views.py", 11), ("app/db.py", 9)]
    # An edit on the source's own row drops that location (what it pointed at may be gone).
    on_source = byte_edit(index, index.line_start(1), index.line_start(2), "changed\n")
    [kept], _, _ = scoped.carried([finding], [on_source], plan)
    assert [(r.path, r.line) for r in kept.related] == [("app/views.py", 9), ("app/db.py", 9)]
