"""Scoped re-analysis after edits gives the findings of a full analysis (pure: run_analysis
in-process), on Python, JavaScript and Java files: edits inside functions, at module level
(constants, configuration, imports), pastes of whole definitions, deletions of whole
definitions, and characters typed anywhere (which may break the code for a version)."""

from __future__ import annotations

import random
import re

import pytest
from lsprotocol import types

from vigilint.analyzers.engine import Engine
from vigilint.config import Settings
from vigilint.server import convert, scoped
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

ENGINE: list[Engine] = []


def _engine() -> Engine:
    if not ENGINE:
        ENGINE.append(Engine(settings=Settings()))
    return ENGINE[0]


def _key(result: Result) -> list[tuple[str, int, int, int, int, str]]:
    return sorted((f.rule, f.line, f.column, f.end_line, f.end_column, f.message)
                  for f in result.findings if not f.suppressed)


def _unfixed(result: Result) -> list[types.Diagnostic]:
    out = []
    for diag in result.diagnostics:
        data = dict(diag.data) if isinstance(diag.data, dict) else diag.data
        if isinstance(data, dict):
            data.pop("fix", None)
        out.append(types.Diagnostic(range=diag.range, message=diag.message,
                                    severity=diag.severity, code=diag.code, source=diag.source,
                                    related_information=diag.related_information, data=data))
    return out


class Session:
    """A document analysed as the server does: each version scoped from the last result,
    and checked against a full analysis of the same text."""

    def __init__(self, text: str, path: str, language: str) -> None:
        self.settings = Settings()
        self.doc = Document(uri=f"file:///w/{path}", text=text, version=1)
        self.doc.path = path
        self.language = language
        self.last = self.analyze(None, True)
        self.doc.tree, self.doc.edits = self.last.tree, []
        self.scoped = 0
        self.provisional = 0
        self.versions = 1

    def analyze(self, base: Result | None, full: bool) -> Result:
        doc = self.doc
        snap = Snapshot(doc.uri, doc.path, doc.text, doc.version, self.language, doc.tree,
                        False, base=base,
                        edits=None if doc.edits is None else list(doc.edits), full=full)
        return run_analysis(_engine, self.settings, snap, lambda path, lines: [])

    def change(self, changes: list[tuple[int, int, int, int, str]]) -> None:
        for line, column, end_line, end_column, new in changes:
            self.doc.apply(types.TextDocumentContentChangePartial(
                range=types.Range(start=types.Position(line=line, character=column),
                                  end=types.Position(line=end_line, character=end_column)),
                text=new))
        self.versions += 1
        self.doc.version = self.versions
        quick = self.analyze(self.last, False)
        self.scoped += quick.ran_scoped and quick.complete
        # the wire form the server sends (built from the last result's where carried over)
        assert quick.wire == [convert.wire(d) for d in quick.diagnostics]
        self.last = quick
        self.doc.tree, self.doc.edits = quick.tree, []
        if not quick.complete:  # code that does not parse: provisional, a full one follows
            assert quick.ran_scoped and quick.tree is not None and quick.tree.root_node.has_error
            self.provisional += 1
            return
        reference = self.analyze(None, True)
        assert _key(quick) == _key(reference), \
            f"version {self.versions}: {changes}\n{set(_key(quick)) ^ set(_key(reference))}"
        # Diagnostics alike but for the fixes they offer: whether a fix passes the fix gate
        # depends on the whole file, and a scoped analysis keeps the gate's last word on each
        # finding (scoped.fixes_as_before).
        assert _unfixed(quick) == _unfixed(reference)


def test_scoped_analysis_matches_full_analysis() -> None:
    text = "import yaml\n" + "".join(FUNCTION.format(i=i) for i in range(80))
    session = Session(text, "app.py", "python")
    rng = random.Random(3)
    for _ in range(2, 40):
        lines = session.doc.text.split("\n")
        body = [i for i, line in enumerate(lines) if line.strip().startswith(_SIMPLE)]
        row = rng.choice(body)
        indent = lines[row][: len(lines[row]) - len(lines[row].lstrip())]
        session.change([(row, 0, row, len(lines[row]), indent + rng.choice(EDITS))])
    assert session.scoped >= 20  # (a new finding with a fix gets a full analysis)


# -- many styles, many edit kinds ---------------------------------------------------------

PY_HEADER = '''"""Orders service."""
import os
import sqlite3
import subprocess

import yaml
from flask import Flask, jsonify, request
from flask_login import login_required

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY", "dev")
TIMEOUT = 30
'''
PY_BLOCK = '''

LIMIT_{i} = {i} * 10


def _run_{i}(command):
    return subprocess.run(command, shell=True, timeout=TIMEOUT)


def _query_{i}(db, name):
    return db.execute("SELECT * FROM items WHERE name = '%s'" % name)


@app.route("/items/{i}", methods=["POST"])
@login_required
def update_item_{i}(item_id):
    name = request.form["name"]
    db = sqlite3.connect("app.db")
    rows = _query_{i}(db, name)
    return jsonify(len(rows) > LIMIT_{i})


@app.route("/admin/purge/{i}", methods=["POST"])
def purge_{i}():
    target = request.args.get("target", "")
    _run_{i}("rm -rf " + target)
    return "ok"


class Store{i}:
    """Settings of store {i}."""

    def __init__(self, path):
        self.path = path

    def load(self):
        with open(self.path) as handle:
            return yaml.load(handle)
'''
PY_BODY = ["x = 1", "pass", "name = request.args['q']", "os.system(request.args['c'])",
           "eval(name)", "_run_{j}(name)", "_query_{j}(db, request.args['n'])",
           "return yaml.load(request.data)", "subprocess.call(target, shell=True)",
           "password = 'Tr0ub4dor&3-horse-battery'",
           "os.system(name)  # vigilint: ignore[VG-PY-CMDI-001] -- fixed command from config"]
PY_MODULE = ["LIMIT_{i} = 'x'", "DEBUG = True", "app.config['DEBUG'] = True",
             "API_TOKEN = 'ghp_' + 'a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8'",
             "TIMEOUT = None", "import pickle", "LIMIT_{i} = _run_{j}('ls')"]

JS_HEADER = """'use strict';
const express = require('express');
const { exec } = require('child_process');
const db = require('./db');

const app = express();
const TIMEOUT = 30;
"""
JS_BLOCK = """

const LIMIT_{i} = {i} * 10;

function runCommand{i}(command) {{
  return exec(command, {{ timeout: TIMEOUT }});
}}

function findItems{i}(name) {{
  return db.query("SELECT * FROM items WHERE name = '" + name + "'");
}}

app.post('/items/{i}', requireLogin, (req, res) => {{
  const rows = findItems{i}(req.body.name);
  res.json(rows.length > LIMIT_{i});
}});

app.post('/admin/purge/{i}', (req, res) => {{
  runCommand{i}('rm -rf ' + req.query.target);
  res.send('ok');
}});

class Store{i} {{
  constructor(path) {{
    this.path = path;
  }}

  load() {{
    return JSON.parse(require('fs').readFileSync(this.path));
  }}
}}
"""
JS_BODY = ["const x = 1;", "eval(name);", "runCommand{j}(name);", "exec(req.query.cmd);",
           "findItems{j}(req.query.n);", "document.write(location.hash);",
           "const password = 'Tr0ub4dor&3-horse-battery';", "return 1;"]
JS_MODULE = ["const LIMIT_{i} = 'x';", "const DEBUG = true;", "app.disable('x-powered-by');",
             "const crypto = require('crypto');", "let TIMEOUT_{i} = runCommand{j}('ls');"]

JAVA_HEADER = """package app;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;
import javax.servlet.http.HttpServletRequest;

public class Orders {
    private static final int TIMEOUT = 30;
    private Connection connection;
"""
JAVA_BLOCK = """

    static final int LIMIT_{i} = {i} * 10;

    private Process run{i}(String command) throws IOException {{
        return Runtime.getRuntime().exec(command);
    }}

    private void find{i}(String name) throws Exception {{
        Statement statement = connection.createStatement();
        statement.executeQuery("SELECT * FROM items WHERE name = '" + name + "'");
    }}

    public void purge{i}(HttpServletRequest request) throws Exception {{
        String target = request.getParameter("target");
        run{i}("rm -rf " + target);
        find{i}(request.getParameter("name"));
    }}
"""
JAVA_BODY = ["int x = 1;", "run{j}(target);", "find{j}(request.getParameter(\"q\"));",
             "Runtime.getRuntime().exec(request.getParameter(\"c\"));",
             "String password = \"Tr0ub4dor&3-horse-battery\";",
             "java.security.MessageDigest.getInstance(\"MD5\");"]
JAVA_MODULE = ["static final String LIMIT_{i} = \"x\";", "static boolean DEBUG = true;",
               "private static final String KEY = \"AKIAIOSFODNN7EXAMPLE\";"]

STYLES = {
    "python": (PY_HEADER, PY_BLOCK, PY_BODY, PY_MODULE, "app.py", ""),
    "javascript": (JS_HEADER, JS_BLOCK, JS_BODY, JS_MODULE, "app.js", ""),
    "java": (JAVA_HEADER, JAVA_BLOCK, JAVA_BODY, JAVA_MODULE, "Orders.java", "}\n"),
}
_TOP = re.compile(r"^(?:    )?(?:def |class |function |app\.|@|public |private |static |const "
                  r"|LIMIT_)")


def _blocks(lines: list[str], language: str) -> list[tuple[int, int]]:
    """(first row, end row exclusive) of each top-level unit (a class member for Java)."""
    indent = "    " if language == "java" else ""
    starts = [i for i, line in enumerate(lines)
              if line.startswith(indent) and line[len(indent):len(indent) + 1].strip()
              and _TOP.match(line) and (i == 0 or not lines[i - 1].startswith(indent + "@"))]
    out = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines) - 1
        while end > start + 1 and not lines[end - 1].strip():
            end -= 1
        if language == "java" and lines[end - 1] == "}":
            end -= 1
        out.append((start, end))
    return [(a, b) for a, b in out if b > a]


def _random_edit(rng: random.Random, lines: list[str], language: str, block: str,
                 body: list[str], module: list[str],
                 fresh: int) -> list[tuple[int, int, int, int, str]]:
    kind = rng.choice(["body", "body", "module", "paste", "delete", "char", "comment"])
    blocks = _blocks(lines, language)
    j = rng.randrange(3)
    if kind == "body":
        rows = [i for i, line in enumerate(lines)
                if line.startswith("    " * (2 if language == "java" else 1) + " " * 0)
                and line.strip() and not line.strip().startswith(("@", "def ", "class "))
                and line.rstrip().endswith((";", ")", "]", "\"", "'", "1"))
                and len(line) - len(line.lstrip()) >= (8 if language == "java" else 2)]
        row = rng.choice(rows)
        indent = lines[row][: len(lines[row]) - len(lines[row].lstrip())]
        return [(row, 0, row, len(lines[row]), indent + rng.choice(body).format(j=j))]
    if kind == "module":
        rows = [i for i, line in enumerate(lines) if "LIMIT_" in line and "=" in line
                and ("static" in line or not line.startswith(" "))]
        row = rng.choice(rows)
        i = re.search(r"LIMIT_(\d+)", lines[row])
        indent = "    " if language == "java" else ""
        new = rng.choice(module).format(i=i.group(1) if i else 0, j=j)
        if rng.random() < 0.3:  # a new statement rather than a changed one
            return [(row, 0, row, 0, indent + new + "\n")]
        return [(row, 0, row, len(lines[row]), indent + new)]
    if kind == "paste":
        start, _ = rng.choice(blocks)
        return [(start, 0, start, 0, block.format(i=fresh).lstrip("\n") + "\n\n")]
    if kind == "delete":
        start, end = rng.choice(blocks[1:])
        return [(start, 0, end, 0, "")]
    if kind == "comment":
        row = rng.choice([a for a, _ in blocks])
        indent = lines[row][: len(lines[row]) - len(lines[row].lstrip())]
        leader = "#" if language == "python" else "//"
        return [(row, 0, row, 0, f"{indent}{leader} vigilint: ignore[*] -- reviewed by the "
                 "security team in 2026\n")]
    # a character typed anywhere (the code may not parse for this version), then deleted
    rows = [i for i, line in enumerate(lines) if line.strip()]
    row = rng.choice(rows)
    column = rng.randrange(len(lines[row]) + 1)
    return [(row, column, row, column, rng.choice("x(1.'\" :{")), (row, column, row, column + 1, "")]


@pytest.mark.parametrize("language", list(STYLES))
def test_scoped_analysis_matches_full_analysis_on_every_edit_kind(
        language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # Every block of these files has routes: an edit affects about two thirds of the rows,
    # which the server would analyse in full; here the scoped path runs anyway.
    monkeypatch.setattr(scoped, "MAX_SHARE", 1.0)
    header, block, body, module, path, footer = STYLES[language]
    count = 1 + 420 // block.count("\n")
    text = header + "".join(block.format(i=i) for i in range(count)) + footer
    session = Session(text, path, language)
    rng = random.Random(18)
    for step in range(36):
        lines = session.doc.text.split("\n")
        changes = _random_edit(rng, lines, language, block, body, module, 100 + step)
        session.change(changes[:1])
        if len(changes) > 1:  # a character typed, then deleted
            session.change(changes[1:])
    assert session.scoped >= 5, (session.scoped, session.provisional, session.versions)


# -- module-level statements that read each other (carried over unless read) ----------------

CHAIN_HEADER = {
    "python": "import hashlib\nimport os\nimport subprocess\nimport sys\n\n"
              "ARG = sys.argv[1]\nROOT = os.environ.get('ROOT', '/srv')\n",
    "javascript": "const { exec, execSync } = require('child_process');\n"
                  "const crypto = require('crypto');\nconst fs = require('fs');\n"
                  "const ARG = process.argv[2];\nconst ROOT = process.env.ROOT || '/srv';\n",
}
CHAIN_BLOCK = {
    "python": '''

BASE_{i} = ROOT + "/data/{i}"
CMD_{i} = "ls " + BASE_{i}; MODE_{i} = {i} % 3
SALT_{i} = hashlib.md5(b"salt-{i}").hexdigest()


def list_{i}(extra):
    """Files of area {i}."""
    if MODE_{i} == 0:
        return subprocess.run(CMD_{i} + extra, shell=True)
    return os.listdir(BASE_{i})
''',
    "javascript": '''

const BASE_{i} = ROOT + '/data/{i}';
const CMD_{i} = 'ls ' + BASE_{i}; let MODE_{i} = {i} % 3;
var SALT_{i} = crypto.createHash('md5').update('salt-{i}').digest('hex');

function list{i}(extra) {{
  if (MODE_{i} === 0) {{
    return execSync(CMD_{i} + extra);
  }}
  return fs.readdirSync(BASE_{i});
}}
''',
}
CHAIN_MODULE = {
    "python": ["BASE_{i} = ARG", "CMD_{i} = input()", "CMD_{i} = 'ls'", "MODE_{i} = 0",
               "BASE_{i} = os.environ['P_{j}']", "SALT_{i} = hashlib.sha256(b'x').hexdigest()",
               "TOKEN_{j} = 'ghp_' + 'a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8'",
               "CMD_{i} = BASE_{j}; os.system(CMD_{i})"],
    "javascript": ["const BASE_{i} = ARG;", "const CMD_{i} = ARG + '-x';", "let MODE_{i} = 0;",
                   "const BASE_{i} = process.env.P_{j};",
                   "var SALT_{i} = crypto.createHash('sha1').digest('hex');",
                   "const TOKEN_{j} = 'ghp_a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8';",
                   "const CMD_{i} = BASE_{j}; exec(CMD_{i});"],
}
CHAIN_BODY = {
    "python": ["return subprocess.run(CMD_{i}, shell=True)", "eval(BASE_{i})", "x = 1",
               "os.system(BASE_{j})", "return hashlib.md5(SALT_{j}.encode()).hexdigest()"],
    "javascript": ["return execSync(CMD_{i});", "eval(BASE_{i});", "const x = 1;",
                   "exec(BASE_{j});", "return fs.readdirSync(ARG);"],
}


@pytest.mark.parametrize("language", list(CHAIN_BLOCK))
def test_scoped_analysis_with_module_statements_matches_full_analysis(language: str) -> None:
    block = CHAIN_BLOCK[language]
    count = 1 + 520 // block.count("\n")
    text = CHAIN_HEADER[language] + "".join(block.format(i=i) for i in range(count))
    session = Session(text, "tool.py" if language == "python" else "tool.js", language)
    rng = random.Random(7)
    for _ in range(40):
        lines = session.doc.text.split("\n")
        j = rng.randrange(count)
        if rng.random() < 0.5:
            rows = [r for r, line in enumerate(lines)
                    if re.match(r"(?:const |let |var )?(?:BASE|CMD|SALT|MODE)_\d+ ", line)]
            row = rng.choice(rows)
            i = re.search(r"_(\d+) ", lines[row])
            new = rng.choice(CHAIN_MODULE[language]).format(i=i.group(1) if i else 0, j=j)
            if rng.random() < 0.25:  # a new statement
                session.change([(row, 0, row, 0, new + "\n")])
            else:
                session.change([(row, 0, row, len(lines[row]), new)])
        else:
            rows = [r for r, line in enumerate(lines) if line.startswith(("    return",
                                                                          "  return"))]
            row = rng.choice(rows)
            i = re.search(r"_(\d+)", lines[row]) or re.search(r"(\d+)", lines[row - 1])
            indent = lines[row][: len(lines[row]) - len(lines[row].lstrip())]
            new = rng.choice(CHAIN_BODY[language]).format(i=i.group(1) if i else 0, j=j)
            session.change([(row, 0, row, len(lines[row]), indent + new)])
    assert session.scoped >= 15, (session.scoped, session.versions)


ARROWS = {
    "javascript": ("const { exec } = require('child_process');\n", '''

const run{i} = (command) => exec(command);
const LIMIT_{i} = {i};

function handler{i}(req) {{
  const n = LIMIT_{i} + 1;
  return run{i}(req.query.cmd);
}}
''', "  return run{i}(req.query.cmd);", ["  return 1;", "  return run{i}('ls');",
                                          "  return run{i}(req.query.cmd);",
                                          "  return run{j}(req.body.x);"], "app.js"),
    "python": ("import os\n\nfrom flask import request\n", '''

run_{i} = lambda command: os.system(command)
LIMIT_{i} = {i}


def handler_{i}():
    n = LIMIT_{i} + 1
    return run_{i}(request.args["cmd"])
''', '    return run_{i}(request.args["cmd"])', ["    return 1", "    return run_{i}('ls')",
                                                 '    return run_{i}(request.args["cmd"])',
                                                 "    return run_{j}(request.form['x'])"],
               "app.py"),
}


@pytest.mark.parametrize("language", list(ARROWS))
def test_statements_holding_functions_follow_their_callers(language: str) -> None:
    """A statement that assigns a function (`const run = (c) => exec(c)`) gets its taint
    from call sites elsewhere: it is analysed again when a call to it is added or removed."""
    header, block, _, replacements, path = ARROWS[language]
    count = 1 + 450 // block.count("\n")
    text = header + "".join(block.format(i=i) for i in range(count))
    session = Session(text, path, language)
    rng = random.Random(11)
    for _ in range(16):
        lines = session.doc.text.split("\n")
        rows = [r for r, line in enumerate(lines) if line.startswith(("  return", "    return"))]
        row = rng.choice(rows)
        i = re.search(r"(\d+)", lines[row - 1]) or re.search(r"(\d+)", lines[row - 2])
        new = rng.choice(replacements).format(i=i.group(1) if i else 0, j=rng.randrange(count))
        session.change([(row, 0, row, len(lines[row]), new)])
    assert session.scoped >= 8, (session.scoped, session.versions)
