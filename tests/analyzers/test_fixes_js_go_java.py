"""Fixes of the JavaScript/TypeScript, Go and Java rules: every `.fixed` fixture parses with no
more syntax errors than its fixture, and where no mechanical rewrite exists no fix is offered."""

from __future__ import annotations

import pytest
from rulefixtures import fixture_files, load_fixture

from vigilint.analyzers.engine import Engine
from vigilint.analyzers.fix_check import error_count
from vigilint.analyzers.fixes import apply_fixes
from vigilint.analyzers.languages import language_for, parser_for
from vigilint.analyzers.registry import all_rules
from vigilint.analyzers.rules._sql_params import dollar, parameterize

LANGUAGES = ("javascript", "typescript", "tsx", "go", "java")
FIXED = [(rule.id, path) for rule in all_rules() if rule.fixable
         for path in fixture_files(rule.id)
         if language_for(path.name) in LANGUAGES and load_fixture(rule.id, path).fixed_path.exists()]


def _syntax_errors(language: str, text: str) -> int:
    return error_count(parser_for(language).parse(text.encode()))


@pytest.mark.parametrize(("rule_id", "path"), FIXED, ids=[f"{r}:{p.name}" for r, p in FIXED])
def test_fixed_file_parses(rule_id, path):
    fixture = load_fixture(rule_id, path)
    language = language_for(path.name)
    fixed = fixture.fixed_path.read_text(encoding="utf-8")
    assert _syntax_errors(language, fixed) <= _syntax_errors(language, fixture.text)


def _findings(rule_id: str, path: str, text: str):
    engine = Engine(rules=[r for r in all_rules() if r.id == rule_id])
    return [f for f in engine.analyze(path, text).findings if f.rule == rule_id]


# (rule, file name, code): the rule reports the line but offers no fix (no mechanical rewrite)
NO_FIX = [
    ("VG-JAVA-CRYPTO-003", "A.java",
     'class A { String p() { return RandomStringUtils.random(6, "0123456789"); } }'),
    ("VG-JAVA-CRYPTO-001", "A.java",
     'class A { static final String ALG = "DES"; Object c() throws Exception {'
     ' return javax.crypto.Cipher.getInstance(ALG); } }'),
    ("VG-JAVA-DESER-001", "A.java",
     "class A { Object m(ObjectMapper mapper) { return mapper.enableDefaultTyping()"
     ".readValue(body, Object.class); } }"),
    # a shell command held in a variable: nothing says where its words are
    ("VG-JS-INJ-002", "run.js",
     "const { exec } = require('child_process');\n"
     "app.get('/x', (req, res) => { const cmd = req.query.cmd; exec(cmd); });"),
    # shell syntax in the literal part: an argument vector would lose the pipe
    ("VG-JS-INJ-002", "run.js",
     "const cp = require('child_process');\n"
     "app.get('/x', (req, res) => { cp.exec('ls ' + req.query.dir + ' | wc -l'); });"),
    # a promisified exec has no execFile twin in scope
    ("VG-JS-INJ-002", "run.js",
     "const { exec } = require('child_process');\nconst run = require('util').promisify(exec);\n"
     "app.get('/x', async (req, res) => { await run('ls ' + req.query.dir); });"),
    ("VG-JS-DOS-003", "a.js", "const WORDS = /^(\\w+\\s?)*$/;"),
    ("VG-GO-DOS-003", "a.go",
     'package a\n\nimport (\n\t"io"\n\t"net/http"\n)\n\n'
     "func relay(resp *http.Response) []byte {\n\tdata, _ := io.ReadAll(resp.Body)\n"
     "\treturn data\n}\n"),
    # a password needs a KDF and a stored salt, not SHA-256
    ("VG-GO-CRYPTO-001", "a.go",
     'package a\n\nimport "crypto/md5"\n\n'
     "func hashPassword(p string) [16]byte {\n\treturn md5.Sum([]byte(p))\n}\n"),
    # SQL: a column name is no bound parameter (nor a Sequelize replacement)
    ("VG-JS-INJ-001", "a.js",
     "const mysql = require('mysql2');\nconst db = mysql.createConnection({});\n"
     "app.get('/x', (req, res) => { db.query('SELECT * FROM t ORDER BY ' + req.query.col); });"),
    ("VG-JS-INJ-001", "a.js",
     "const mysql = require('mysql2');\n"
     "app.get('/x', (req, res) => { sequelize.query(`SELECT * FROM t ORDER BY ${req.query.a}`); });"),
    # the statement already has ? parameters: their numbering would shift
    ("VG-JAVA-INJ-001", "A.java",
     "class A extends HttpServlet { void doGet(HttpServletRequest request, Connection c) "
     "throws Exception { String bar = request.getParameter(\"b\");\n"
     "java.sql.PreparedStatement s = c.prepareStatement(\"SELECT * FROM u WHERE a = ? AND b = '\" "
     "+ bar + \"'\");\n s.setString(1, \"foo\"); s.execute(); } }"),
    # a Go file whose driver and placeholder style are unknown
    ("VG-GO-INJ-001", "a.go",
     'package a\n\nimport (\n\t"database/sql"\n\t"net/http"\n)\n\n'
     "func h(db *sql.DB, r *http.Request) {\n"
     '\tdb.Query("SELECT * FROM t WHERE a = \'" + r.FormValue("a") + "\'")\n}\n'),
    # no `path` module bound in the file, and a name `path` of its own would hide one added
    ("VG-JS-INJ-007", "a.js",
     "const fs = require('fs');\nconst path = './data/';\n"
     "app.get('/x', (req, res) => { fs.readFile(path + req.params.name, () => {}); });"),
    # a constant IV on the decrypting side: a random one would break decryption
    ("VG-JAVA-CRYPTO-005", "A.java",
     "class A { byte[] open(Cipher c, java.security.Key k, byte[] data) throws Exception {"
     " c.init(Cipher.DECRYPT_MODE, k, new IvParameterSpec(new byte[16]));"
     " return c.doFinal(data); } }"),
    ("VG-JS-CRYPTO-005", "otp.ts",
     "export function otp(): number { const code = Math.floor(Math.random() * 1e6); "
     "return code; }"),
]


@pytest.mark.parametrize(("rule_id", "name", "code"), NO_FIX, ids=[r for r, _n, _c in NO_FIX])
def test_no_fix_without_a_mechanical_rewrite(rule_id, name, code):
    findings = _findings(rule_id, name, code)
    assert findings, f"{rule_id} should still report {code!r}"
    assert all(f.fix is None for f in findings)


def test_equal_edits_of_two_fixes_apply_once():
    # two timeouts in one Go file both import "time": the import appears once
    code = ('package a\n\nimport (\n\t"net/http"\n)\n\n'
            "func a() {\n\thttp.Get(\"https://a.example\")\n"
            "\thttp.Get(\"https://b.example\")\n}\n")
    fixes = [f.fix for f in _findings("VG-GO-DOS-002", "a.go", code) if f.fix]
    assert len(fixes) == 2
    fixed = apply_fixes(code, fixes)
    assert fixed.count('"time"') == 1
    assert fixed.count("Timeout: 30 * time.Second") == 2
    assert _syntax_errors("go", fixed) == 0


@pytest.mark.parametrize(("parts", "expected"), [
    ([(True, "SELECT * FROM t WHERE a = '"), (False, "x"), (True, "' AND b = "), (False, "y")],
     ("SELECT * FROM t WHERE a = $1 AND b = $2", ["x", "y"])),
    ([(True, "INSERT INTO t (a, b) VALUES ('"), (False, "a"), (True, "', "), (False, "b"),
      (True, ")")], ("INSERT INTO t (a, b) VALUES ($1, $2)", ["a", "b"])),
    # a table name, a LIKE pattern, an IN list, two values side by side: no placeholder
    ([(True, "SELECT * FROM "), (False, "table")], None),
    ([(True, "SELECT * FROM t WHERE a LIKE '%"), (False, "q"), (True, "%'")], None),
    ([(True, "SELECT * FROM t WHERE a IN ("), (False, "ids"), (True, ")")], None),
    ([(True, "SELECT * FROM t WHERE a = "), (False, "x"), (False, "y")], None),
])
def test_parameterize(parts, expected):
    assert parameterize(parts, dollar) == expected
