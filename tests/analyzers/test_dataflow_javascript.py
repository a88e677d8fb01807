"""The JavaScript/TypeScript adapter of the dataflow core: sources from the models (Express,
Koa, Fastify, hapi, NestJS, Next.js, DOM, argv, listeners), propagation (destructuring,
templates, closures, callbacks, promise chains), sanitizers and guards that clean only their
own kinds, local functions, and the verdicts rules get."""

from __future__ import annotations

import textwrap

import pytest

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.dataflow import flow
from vigilint.analyzers.dataflow.project import build_index
from vigilint.analyzers.engine import Engine
from vigilint.analyzers.languages import parser_for
from vigilint.analyzers.registry import all_rules


def _ctx(code: str, path: str = "app.js", language: str = "javascript") -> FileContext:
    ctx = FileContext(path=path, language=language, text=textwrap.dedent(code))
    ctx.tree = parser_for(language).parse(ctx.source)
    return ctx


def _sinks(code: str, kind: str = "sql", path: str = "app.js",
           language: str = "javascript") -> dict[str, str]:
    """Verdict level of the argument of every `sink(...)` call, keyed by the argument's text."""
    ctx = _ctx(code, path, language)
    facts = flow(ctx)
    out: dict[str, str] = {}
    for node in ctx.walk():
        if node.type == "call_expression" and \
                ctx.node_text(node.child_by_field_name("function")) == "sink":
            arg = node.child_by_field_name("arguments").named_children[0]
            out[ctx.node_text(arg)] = facts.verdict(arg, kind).level
    return out


def test_express_request_members_propagate_and_trusted_members_do_not():
    got = _sinks("""\
        const express = require('express');
        const app = express();
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
          sink(req.user.id);
          sink(req.query.list.length);
          sink(typeof req.body.x);
        });
        """)
    assert got == {"name": "tainted", "ident": "tainted", "`hello ${req.params.x}`": "tainted",
                   "q": "tainted", "['a', req.get('host')].join(',')": "tainted",
                   "{ filter: req.cookies.f }": "tainted",
                   "req.headers['x-forwarded-for'].trim()": "tainted",
                   "req.user.id": "unknown", "req.query.list.length": "safe",
                   "typeof req.body.x": "safe"}


def test_framework_handlers_from_the_models():
    got = _sinks("""\
        import Koa from 'koa';
        import Router from '@koa/router';
        import Fastify from 'fastify';
        const router = new Router();
        router.post('/k', async (ctx) => { sink(ctx.request.body.url); sink(ctx.state.user); });
        const fastify = Fastify();
        fastify.get('/f', async (request) => { sink(request.query.q); sink(request.id); });
        server.route({ method: 'GET', path: '/h', handler: (request, h) => sink(request.payload.x) });
        export async function GET(request, { params }) { sink(params.id); sink(await request.text()); }
        export const handler = async (event) => { sink(event.queryStringParameters.q); };
        function notAHandler(request) { sink(request.query); }
        """, path="src/app.mjs")
    assert got == {"ctx.request.body.url": "tainted", "ctx.state.user": "unknown",
                   "request.query.q": "tainted", "request.id": "unknown",
                   "request.payload.x": "tainted", "params.id": "tainted",
                   "await request.text()": "tainted",
                   "event.queryStringParameters.q": "tainted", "request.query": "unknown"}


def test_nest_parameter_decorators_and_pipes():
    got = _sinks("""\
        import { Controller, Get, Param, Query, Body, Req, ParseIntPipe } from '@nestjs/common';
        import type { Request } from 'express';
        @Controller('x')
        export class C {
          @Get(':id')
          find(@Param('id', ParseIntPipe) id: number, @Query('q') q: string, @Body() dto: any,
               @Req() req: Request, other: string) {
            sink(id); sink(q); sink(dto.name); sink(req.query.a); sink(other);
          }
        }
        """, path="c.ts", language="typescript")
    assert got == {"id": "safe", "q": "tainted", "dto.name": "tainted", "req.query.a": "tainted",
                   "other": "unknown"}


def test_sanitizers_clean_only_their_own_kinds():
    code = """\
        const path = require('path');
        const escapeHtml = require('escape-html');
        const mysql = require('mysql');
        app.get('/a', (req, res) => {
          sink(parseInt(req.query.n, 10));
          sink(encodeURIComponent(req.query.q));
          sink(escapeHtml(req.query.h));
          sink(mysql.escape(req.query.s));
          sink(path.basename(req.params.file));
          sink(String(req.body.v));
        });
        """
    sql = _sinks(code, "sql")
    xss = _sinks(code, "xss")
    path = _sinks(code, "path")
    nosql = _sinks(code, "nosql")
    assert sql["parseInt(req.query.n, 10)"] == xss["parseInt(req.query.n, 10)"] == "safe"
    assert xss["escapeHtml(req.query.h)"] == "safe" and sql["escapeHtml(req.query.h)"] == "tainted"
    assert sql["mysql.escape(req.query.s)"] == "safe" and xss["mysql.escape(req.query.s)"] == \
        "tainted"
    assert path["path.basename(req.params.file)"] == "safe"
    assert sql["path.basename(req.params.file)"] == "tainted"
    assert xss["encodeURIComponent(req.query.q)"] == "safe"
    assert sql["encodeURIComponent(req.query.q)"] == "tainted"  # ' is not encoded
    assert nosql["String(req.body.v)"] == "safe" and sql["String(req.body.v)"] == "tainted"


def test_a_failed_search_for_other_characters_keeps_only_the_class():
    code = """\
        app.get('/a', (req, res) => {
          const digits = req.query.d;
          const formula = req.query.f;
          if (/[^0-9]/.test(digits)) {
            return res.sendStatus(400);
          }
          if (/[^0-9+\\-*\\/().\\s]/.test(formula)) {
            return res.sendStatus(400);
          }
          sink(digits);
          sink(formula);
        });
        """
    code_kind, sql, log = _sinks(code, "code"), _sinks(code, "sql"), _sinks(code, "log")
    assert code_kind["digits"] == sql["digits"] == "safe"
    assert code_kind["formula"] == "safe"  # arithmetic names nothing code could call
    assert sql["formula"] == log["formula"] == "tainted"  # `--`, line breaks


def test_guards_clean_after_an_early_exit_and_inside_the_branch():
    got = _sinks("""\
        const path = require('path');
        app.get('/a', (req, res) => {
          const name = req.query.name;
          sink(name);
          if (!ALLOWED.includes(name)) return res.status(400).send('no');
          sink(name + '');
          const t = req.query.t;
          if (/^[a-z]+$/.test(t)) { sink(t + '!'); }
          sink(t + '?');
          const n = req.query.n;
          if (isNaN(n)) { return; }
          sink(n);
          switch (req.query.mode) { case 'fast': sink(req.query.mode); break; default: sink(req.query.mode); }
        });
        function read(base, file) {
          const p = path.resolve(base, file);
          if (!p.startsWith(base)) { return null; }
          sink(p);
        }
        """, "path")
    assert got["name"] == "tainted"
    assert got["name + ''"] == "safe"
    assert got["t + '!'"] == "safe" and got["t + '?'"] == "tainted"
    assert got["n"] == "safe"
    assert got["p"] == "safe"
    assert list(_sinks("""\
        app.get('/a', (req, res) => {
          switch (req.query.mode) { case 'fast': sink(req.query.mode); break; }
        });
        """).values()) == ["safe"]


def test_url_prefixes_and_host_allow_lists_clean_redirect_and_ssrf_only():
    code = """\
        app.get('/a', (req, res) => {
          sink(`https://api.example.com/users/${req.query.id}`);
          sink(`https://${req.query.host}/x`);
          sink('/items/' + req.query.id);
          sink('/' + req.query.id);
          const u = new URL(req.query.url);
          if (!HOSTS.includes(u.hostname)) return res.sendStatus(400);
          sink(u);
        });
        """
    ssrf = _sinks(code, "ssrf")
    redirect = _sinks(code, "redirect")
    sql = _sinks(code, "sql")
    assert ssrf["`https://api.example.com/users/${req.query.id}`"] == "safe"
    assert sql["`https://api.example.com/users/${req.query.id}`"] == "tainted"
    assert ssrf["`https://${req.query.host}/x`"] == "tainted"
    assert redirect["'/items/' + req.query.id"] == "safe"
    assert redirect["'/' + req.query.id"] == "tainted"
    assert ssrf["u"] == "safe" and redirect["u"] == "safe" and sql["u"] == "tainted"


def test_a_guarded_local_path_resolved_against_the_request_url_stays_on_the_site():
    code = """\
        export async function GET(req) {
          const next = req.nextUrl.searchParams.get('next');
          sink(new URL(typeof next === "string" && /^\\/(?![\\/\\\\])/.test(next) ? next : "/", req.url));
          sink(new URL(next, req.url));
        }
        """
    redirect = _sinks(code, "redirect")
    sql = _sinks(code, "sql")
    guarded = [k for k in redirect if k.startswith("new URL(typeof")]
    assert len(guarded) == 1
    assert redirect[guarded[0]] == "safe" and sql[guarded[0]] == "tainted"
    assert redirect["new URL(next, req.url)"] == "tainted"


def test_a_host_allow_list_from_the_environment_is_an_allow_list():
    code = """\
        app.get('/a', async (req, res) => {
          const url = req.query.url;
          if (!(process.env.HOSTS || "").split(",").includes(new URL(url).hostname)) {
            throw new Error("host not allowed");
          }
          sink(url);
        });
        app.get('/b', async (req, res) => {
          const other = req.query.url;
          if (!req.query.hosts.split(",").includes(new URL(other).hostname)) {
            throw new Error("host not allowed");
          }
          sink(other);
        });
        """
    got = _sinks(code, "ssrf")
    assert got["url"] == "safe" and got["other"] == "tainted"


def test_closures_callbacks_and_promise_chains():
    got = _sinks("""\
        app.get('/a', (req, res) => {
          const dir = req.query.dir;
          exec('ls', (err, out) => { sink(dir); sink(out); });
          req.query.items.forEach((item) => sink(item));
          const upper = req.query.names.map((n) => n.toUpperCase());
          sink(upper);
          const ids = req.query.ids.map((i) => Number(i));
          sink(ids);
          Promise.resolve(req.body.x).then((v) => sink(v));
          fetchJson('/x').then((data) => sink(data));
        });
        """)
    assert got["dir"] == "tainted"
    assert got["out"] == "unknown"
    assert got["item"] == "tainted"
    assert got["upper"] == "tainted"
    assert got["ids"] == "safe"
    assert got["v"] == "tainted"
    assert got["data"] == "unknown"


def test_local_functions_carry_parameters_to_their_callers_sinks():
    ctx = _ctx("""\
        function find(db, name) {
          return db.query(`SELECT * FROM users WHERE name = '${name}'`);
        }
        function wrap(value) { return value.trim(); }
        app.get('/a', (req, res) => {
          find(db, wrap(req.query.name));
        });
        """)
    facts = flow(ctx)
    template = next(n for n in ctx.walk() if n.type == "template_string")
    verdict = facts.verdict(template, "sql")
    assert verdict.level == "tainted"
    assert verdict.via == "parameter `name` (called with `req.query`)"


def test_a_parameter_filled_from_the_command_line_names_that_source():
    ctx = _ctx("""\
        const fs = require('fs');
        function convert(file) {
          return fs.readFileSync(file, 'utf8');
        }
        if (require.main === module) {
          console.log(convert(process.argv[2]));
        }
        """)
    call = next(n for n in ctx.walk() if n.type == "call_expression" and
                ctx.node_text(n).startswith("fs.readFileSync"))
    verdict = flow(ctx).verdict(call.child_by_field_name("arguments").named_children[0], "path")
    assert verdict.level == "tainted"
    assert verdict.via == "parameter `file` (called with `process.argv`)"
    assert "request" not in verdict.description


def test_dom_sources_argv_listeners_and_shadowing():
    got = _sinks("""\
        function dom() { sink(location.hash); sink(document.referrer); sink(location.host); }
        function shadow(location) { sink(location.hash.slice(1)); }
        function cli() { sink(process.argv[2]); sink(process.env.HOME); }
        window.addEventListener('message', (e) => { sink(e.data); });
        window.addEventListener('click', (e) => { sink(e.target); });
        const readline = require('readline');
        const rl = readline.createInterface({ input: process.stdin });
        rl.question('?', (answer) => sink(answer));
        """)
    assert got == {"location.hash": "tainted", "document.referrer": "tainted",
                   "location.host": "unknown", "location.hash.slice(1)": "unknown",
                   "process.argv[2]": "tainted", "process.env.HOME": "unknown",
                   "e.data": "tainted", "e.target": "unknown", "answer": "tainted"}


def test_constants_fold_through_strings_arrays_and_branches():
    ctx = _ctx("""\
        const BASE = 'SELECT * FROM t';
        const PARTS = ['a', 'b'];
        const DEBUG = false;
        function q() {
          let s = BASE + ' WHERE x = ' + 1;
          if (DEBUG) { s = userInput(); }
          sink(s); sink(PARTS.join('-')); sink(`${BASE};`);
        }
        """)
    facts = flow(ctx)
    args = [n.child_by_field_name("arguments").named_children[0] for n in ctx.walk()
            if n.type == "call_expression"
            and ctx.node_text(n.child_by_field_name("function")) == "sink"]
    assert [facts.value(a).const for a in args] == ["SELECT * FROM t WHERE x = 1", "a-b",
                                                   "SELECT * FROM t;"]


def test_unknown_calls_are_of_unknown_origin_and_fragments_parse():
    assert _sinks("function f() { sink(compute('x')); sink('x'.trim()); }\n") == {
        "compute('x')": "unknown", "'x'.trim()": "safe"}
    # a fragment that parses to an ERROR root is still analysed
    got = _sinks("  });\n}\napp.get('/a', (req, res) => { sink(req.query.a); });\n")
    assert got == {"req.query.a": "tainted"}


def test_engine_reports_tainted_very_likely_with_the_source_as_related_location():
    source = textwrap.dedent("""\
        const express = require('express');
        const app = express();
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
        """)
    engine = Engine(rules=[r for r in all_rules() if r.id == "VG-JS-INJ-001"])
    analysis = engine.analyze("app.js", source)
    assert not analysis.errors
    assert {(f.line, f.likelihood) for f in analysis.findings} == {(4, "very-likely"),
                                                                   (7, "possible")}
    tainted = next(f for f in analysis.findings if f.line == 4)
    assert [(r.line, r.message) for r in tainted.related] == [
        (4, "untrusted input enters here: `req.query`")]


def test_project_summaries_make_a_wrapper_module_a_sink_for_its_callers():
    files = [
        ("src/db.js", "const { Pool } = require('pg');\nconst pool = new Pool();\n"
                      "function run(sql) { return pool.query(sql); }\nmodule.exports = { run };\n"),
        ("src/routes.js", "const { run } = require('./db');\nconst express = require('express');\n"
                          "const app = express();\n"
                          "app.get('/a', (req, res) => run('SELECT * FROM t WHERE a = ' + "
                          "req.query.a));\n"),
    ]
    index = build_index(files)
    assert index.get("src.db.run") is not None
    assert [s.kind for s in index.get("src.db.run").sinks] == ["sql"]
    engine = Engine(rules=[r for r in all_rules() if r.id == "VG-JS-INJ-001"], project=index)
    analysis = engine.analyze("src/routes.js", files[1][1])
    assert [(f.line, f.likelihood) for f in analysis.findings] == [(4, "very-likely")]
    assert len(analysis.findings[0].related) == 2  # the source and the wrapper's sink


@pytest.mark.parametrize("language", ["typescript", "tsx"])
def test_typescript_casts_and_typed_request_parameters(language):
    got = _sinks("""\
        import type { Request, Response } from 'express';
        export async function handler(req: Request, res: Response) {
          const term = req.query.term as string;
          sink(term!);
          sink(req.body satisfies unknown);
        }
        """, path="h.ts", language=language)
    assert set(got.values()) == {"tainted"}
