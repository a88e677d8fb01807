"""The JavaScript/TypeScript taint pass: sources, propagation, sanitizers and guards."""

from __future__ import annotations

import pytest

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.languages import parser_for
from vigilint.analyzers.taint.javascript import Taint, is_built, likelihood_for, taint_of


def _sinks(source: str, language: str = "javascript") -> dict[str, Taint]:
    """Taint of the argument of every `sink(...)` call, keyed by the argument's text."""
    ctx = FileContext(path="t.js", language=language, text=source)
    ctx.tree = parser_for(language).parse(ctx.source)
    out: dict[str, Taint] = {}
    for node in ctx.walk():
        if node.type == "call_expression" and \
                ctx.node_text(node.child_by_field_name("function")) == "sink":
            arg = node.child_by_field_name("arguments").named_children[0]
            out[ctx.node_text(arg)] = taint_of(ctx, arg)
    return out


def test_express_request_data_is_tainted_and_propagates():
    got = _sinks("""
app.get('/a', (req, res) => {
  const { name, id: ident } = req.query;
  sink(name); sink(ident);
  sink(`hello ${req.params.x}`);
  let q = 'select';
  q += req.body.x;
  sink(q);
  sink(['a', req.get('host')].join(','));
  sink({ filter: req.cookies.f });
  sink(req.headers['x-forwarded-for'].trim());
});""")
    assert got == {"name": Taint.TAINTED, "ident": Taint.TAINTED,
                   "`hello ${req.params.x}`": Taint.TAINTED, "q": Taint.TAINTED,
                   "['a', req.get('host')].join(',')": Taint.TAINTED,
                   "{ filter: req.cookies.f }": Taint.TAINTED,
                   "req.headers['x-forwarded-for'].trim()": Taint.TAINTED}


def test_trusted_request_members_and_constants_are_not_tainted():
    got = _sinks("""
const BASE = '/srv';
app.get('/a', (req, res) => {
  sink(req.user.id);
  sink('a' + BASE);
  sink(req.query.list.length);
  sink(typeof req.body.x);
});""")
    assert got["req.user.id"] == Taint.UNKNOWN
    assert got["'a' + BASE"] == Taint.SAFE
    assert got["req.query.list.length"] == Taint.SAFE
    assert got["typeof req.body.x"] == Taint.SAFE


def test_sanitizers_clear_taint():
    got = _sinks("""
const path = require('path');
app.get('/a', (req, res) => {
  sink(parseInt(req.query.n, 10));
  sink(encodeURIComponent(req.query.q));
  sink(DOMPurify.sanitize(req.body.html));
  sink(path.basename(req.params.file));
  sink(path.join('/srv', path.basename(req.params.file)));
});""")
    assert set(got.values()) == {Taint.SAFE}


def test_guards_make_the_checked_name_safe_after_an_early_exit():
    got = _sinks("""
app.get('/a', (req, res) => {
  const name = req.query.name;
  sink(name);
  if (!ALLOWED.includes(name)) return res.status(400).send('no');
  sink(name + '');
});
function read(base, file) {
  const p = path.resolve(base, file);
  if (!p.startsWith(base)) { return null; }
  sink(p);
}
app.get('/b', (req, res) => {
  const t = req.query.t;
  if (/^[a-z]+$/.test(t)) { sink(t + '!'); }
  sink(t + '?');
});""")
    assert got["name"] == Taint.TAINTED
    assert got["name + ''"] == Taint.SAFE
    assert got["p"] == Taint.SAFE
    assert got["t + '!'"] == Taint.SAFE
    assert got["t + '?'"] == Taint.TAINTED


def test_reassignment_takes_the_last_value_before_the_use():
    got = _sinks("""
app.post('/a', (req, res) => {
  let x = req.body.x;
  sink(x);
  x = Number(x);
  sink(x + 1);
});""")
    assert got == {"x": Taint.TAINTED, "x + 1": Taint.SAFE}


def test_other_sources_koa_next_argv_dom():
    got = _sinks("""
router.post('/k', async (ctx) => { sink(ctx.request.body.url); sink(ctx.state.user); });
export async function GET(request) {
  const body = await request.json();
  sink(body.url);
  const sp = new URL(request.url).searchParams;
  sink(sp.get('q'));
}
export default function Page({ searchParams }) { sink(searchParams.q); }
function cli() { sink(process.argv[2]); sink(process.env.HOME); }
function dom() { sink(location.hash); sink(document.referrer); }
function shadow(location) { sink(location.hash.slice(1)); }
""")
    assert got["ctx.request.body.url"] == Taint.TAINTED
    assert got["ctx.state.user"] == Taint.UNKNOWN
    assert got["body.url"] == Taint.TAINTED
    assert got["sp.get('q')"] == Taint.TAINTED
    assert got["searchParams.q"] == Taint.TAINTED
    assert got["process.argv[2]"] == Taint.TAINTED
    assert got["process.env.HOME"] == Taint.UNKNOWN
    assert got["location.hash"] == Taint.TAINTED
    assert got["document.referrer"] == Taint.TAINTED
    assert got["location.hash.slice(1)"] == Taint.UNKNOWN  # a parameter, not the DOM's


def test_closures_see_the_enclosing_function():
    got = _sinks("""
app.get('/a', (req, res) => {
  const dir = req.query.dir;
  exec('ls', (err, out) => { sink(dir); sink(out); });
});""")
    assert got == {"dir": Taint.TAINTED, "out": Taint.UNKNOWN}


@pytest.mark.parametrize("language", ["typescript", "tsx"])
def test_typescript_parameters_and_casts(language):
    got = _sinks("""
export async function handler(req: Request, res: Response) {
  const term = req.query.term as string;
  sink(term!);
  sink(<string>'x');
}""" if language == "typescript" else """
export async function handler(req: Request, res: Response) {
  const term = req.query.term as string;
  sink(term!);
}""", language)
    assert got["term!"] == Taint.TAINTED


def test_likelihood_and_built_strings():
    source = """
function f(a) {
  const q = `SELECT ${a}`;
  sink(q); sink('const'); sink(req.query.x);
}"""
    ctx = FileContext(path="t.js", language="javascript", text=source)
    ctx.tree = parser_for("javascript").parse(ctx.source)
    args = [n.child_by_field_name("arguments").named_children[0] for n in ctx.walk()
            if n.type == "call_expression"
            and ctx.node_text(n.child_by_field_name("function")) == "sink"]
    assert [likelihood_for(ctx, a) for a in args] == ["possible", None, "possible"]
    assert is_built(ctx, args[0]) and not is_built(ctx, args[1])


def test_reaches_parameter_separates_input_from_configuration():
    from vigilint.analyzers.taint.javascript import reaches_parameter

    source = """
function f(name, opts) {
  const full = base + '/' + name;
  sink(full); sink(config.dir + '/x'); sink(opts.path); sink(helper(CONST));
}"""
    ctx = FileContext(path="t.js", language="javascript", text=source)
    ctx.tree = parser_for("javascript").parse(ctx.source)
    args = [n.child_by_field_name("arguments").named_children[0] for n in ctx.walk()
            if n.type == "call_expression"
            and ctx.node_text(n.child_by_field_name("function")) == "sink"]
    assert [reaches_parameter(ctx, a) for a in args] == [True, False, True, False]


def test_framework_sources_nest_lambda_sockets_messages():
    got = _sinks("""
export class C {
  find(@Param('id') id: string, @Body() dto: Dto, @Req() req: Request, other: string) {
    sink(id); sink(dto.name); sink(req.query.q); sink(other);
  }
}
exports.handler = async (event) => { sink(event.queryStringParameters.q); };
io.on('connection', (socket) => {
  socket.on('chat', (msg) => { sink(msg.text); });
});
window.addEventListener('message', (e) => { sink(e.data); });
""", "typescript")
    assert got == {"id": Taint.TAINTED, "dto.name": Taint.TAINTED, "req.query.q": Taint.TAINTED,
                   "other": Taint.UNKNOWN, "event.queryStringParameters.q": Taint.TAINTED,
                   "msg.text": Taint.TAINTED, "e.data": Taint.TAINTED}


def test_rules_rate_tainted_sinks_very_likely_and_unknown_possible():
    from vigilint.analyzers.engine import Engine
    from vigilint.analyzers.registry import all_rules

    source = """
const express = require('express');
app.get('/u', (req, res) => {
  db.query(`SELECT * FROM users WHERE name = '${req.query.name}'`);
});
function byName(db, name) {
  return db.query(`SELECT * FROM users WHERE name = '${name}'`);
}
function constant(db) {
  const T = 'users';
  return db.query(`SELECT * FROM ${T}`);
}
"""
    engine = Engine(rules=[r for r in all_rules() if r.id == "VG-JS-INJ-001"])
    analysis = engine.analyze("app.js", source)
    assert not analysis.errors
    assert {(f.line, f.likelihood, f.priority) for f in analysis.findings} == {
        (4, "very-likely", "P0"), (7, "possible", "P1")}
