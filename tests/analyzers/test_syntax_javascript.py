"""The semantic layer on JavaScript/TypeScript: imports (ES, require, TS import-require, dynamic
import, promisify aliases), callees and call names (typed receivers), arguments and options,
declared types, functions with decorators, assigned values, literal text, roles."""

from __future__ import annotations

import textwrap

import pytest

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.languages import parser_for
from vigilint.analyzers.syntax import javascript, role_kinds, semantics
from vigilint.analyzers.syntax.javascript import JavaScriptSemantics


def _ctx(code: str, path: str = "src/routes/users.ts", language: str = "typescript") -> FileContext:
    ctx = FileContext(path=path, language=language, text=textwrap.dedent(code))
    ctx.tree = parser_for(language).parse(ctx.source)
    return ctx


def _calls(ctx: FileContext) -> dict[str, object]:
    return {ctx.node_text(n): n for n in ctx.walk()
            if n.type in ("call_expression", "new_expression")}


def test_imports_resolve_every_import_form():
    ctx = _ctx("""\
        import express, { Router, Request as Req } from 'express';
        import * as cp from 'node:child_process';
        import db from '../db';
        import { query as q } from './lib/db';
        import mysql = require('mysql2');
        const { exec, spawn: sp } = require('child_process');
        const yaml = require('js-yaml').default;
        const { load } = require('js-yaml');
        const run = require('util').promisify(exec);
        const execAsync = promisify(exec);
        async function lazy() { const pg = await import('pg'); }
        """)
    imports = semantics(ctx).imports()
    assert imports["express"] == "express"
    assert imports["Router"] == "express.Router"
    assert imports["Req"] == "express.Request"
    assert imports["cp"] == "child_process"  # node: prefix dropped
    assert imports["db"] == "src.db"  # relative to src/routes/
    assert imports["q"] == "src.routes.lib.db.query"
    assert imports["mysql"] == "mysql2"
    assert imports["exec"] == "child_process.exec"
    assert imports["sp"] == "child_process.spawn"
    assert imports["yaml"] == "js-yaml"
    assert imports["load"] == "js-yaml.load"
    assert imports["execAsync"] == "child_process.exec"  # promisify keeps the function
    assert imports["pg"] == "pg"
    sem = semantics(ctx)
    assert sem.imports_any(("child_process",)) and not sem.imports_any(("child",))


def test_relative_imports_above_the_scan_root_stay_relative():
    ctx = _ctx("import db from '../db';\n", path="routes.js", language="javascript")
    assert semantics(ctx).imports()["db"] == "../db"


def test_require_called_at_once_counts_as_an_import():
    ctx = _ctx("const fastify = require('fastify')({ logger: true });\n"
               "fastify.get('/', async (request) => 1);\n", language="javascript",
               path="app.js")
    sem = javascript(ctx)
    assert sem.imports_any(("fastify",))
    call = _calls(ctx)["require('fastify')({ logger: true })"]
    assert sem.callee_name(call) == "fastify"
    receiver = next(n for n in ctx.walk() if n.type == "identifier"
                    and ctx.node_text(n) == "fastify" and n.parent.type == "member_expression")
    assert sem.declared_type(receiver) == "fastify.FastifyInstance"  # the models' [types]


def test_call_names_use_declared_and_constructed_receiver_types():
    ctx = _ctx("""\
        import { Pool } from 'pg';
        import mysql from 'mysql2/promise';
        const pool = new Pool();
        async function run(conn: mysql.Connection, other: any, sql: string) {
          pool.query(sql);
          conn.execute(sql);
          other.query(sql);
        }
        """)
    sem = semantics(ctx)
    calls = _calls(ctx)
    assert sem.call_name(calls["pool.query(sql)"]) == "pg.Pool.query"
    assert sem.call_name(calls["conn.execute(sql)"]) == "mysql2/promise.Connection.execute"
    assert sem.call_name(calls["other.query(sql)"]) == "other.query"
    assert sem.callee_name(calls["pool.query(sql)"]) == "pool.query"
    assert sem.callee(calls["new Pool()"])[1] == "Pool"
    assert sem.callee_name(calls["new Pool()"]) == "pg.Pool"


def test_arguments_options_spread_and_tagged_templates():
    ctx = _ctx("""\
        spawn('sh', ['-c', cmd], { shell: true, cwd: dir });
        fn(...rest, last);
        sql`SELECT ${x}`;
        axios({ url: target });
        """, language="javascript", path="a.js")
    sem = semantics(ctx)
    calls = _calls(ctx)
    spawn = sem.arguments(calls["spawn('sh', ['-c', cmd], { shell: true, cwd: dir })"])
    assert len(spawn.positional) == 3 and set(spawn.options) == {"shell", "cwd"}
    assert ctx.node_text(spawn.named("shell")) == "true"
    spread = sem.arguments(calls["fn(...rest, last)"])
    assert spread.splat and [ctx.node_text(a) for a in spread.positional] == ["last"]
    assert sem.arguments(calls["sql`SELECT ${x}`"]).all() == ()  # a tag binds its values
    assert ctx.node_text(sem.arguments(calls["axios({ url: target })"]).named("url")) == "target"


def test_functions_names_parameters_and_decorators():
    ctx = _ctx("""\
        import { Controller, Get, Param, ParseIntPipe } from '@nestjs/common';
        @Controller('users')
        export class Users {
          @Get(':id')
          find(@Param('id', ParseIntPipe) id: number, { body }: any, ...rest: string[]) {
            return [1].map((x) => x * id);
          }
        }
        export const handler = async (event) => event;
        exports.list = function (req, res) {};
        """)
    sem = javascript(ctx)
    fns = {f.name or "<anon>": f for f in sem.functions()}
    find = fns["find"]
    assert find.qualified_name == "src.routes.users.Users.find"
    assert find.class_name == "Users"
    assert [d.name for d in find.decorators] == ["@nestjs/common.Get"]
    assert [p.name for p in find.params] == ["id", "", "rest"]
    assert find.params[0].type == "number"
    assert find.params[0].annotations == ("@nestjs/common.Param",)
    assert fns["handler"].qualified_name == "src.routes.users.handler"
    assert fns["list"].params[0].name == "req"
    arrow = fns["<anon>"]
    assert sem.function_at(arrow.node) is find  # nested in the method
    cls = next(n for n in ctx.walk() if n.type == "class_declaration")
    assert [d.name for d in sem.class_decorators(cls)] == ["@nestjs/common.Controller"]


def test_assigned_values_literal_text_and_resolution():
    ctx = _ctx("""\
        function build(name) {
          let q = 'SELECT * FROM users';
          q += ` WHERE name = '${name}'`;
          const key = `user:${name}`;
          db.query(q);
          cache.get(key);
        }
        """, language="javascript", path="a.js")
    sem = javascript(ctx)
    calls = _calls(ctx)
    q = sem.arguments(calls["db.query(q)"]).positional[0]
    key = sem.arguments(calls["cache.get(key)"]).positional[0]
    assert [n.type for n in sem.assigned_values(q)] == ["string",
                                                       "augmented_assignment_expression"]
    assert "SELECT * FROM users" in sem.literal_text(q) and "WHERE name =" in sem.literal_text(q)
    assert sem.literal_text(key) == "user:"
    assert sem.resolved(key).type == "template_string"


def test_roles_and_literal_values():
    ctx = _ctx("const a = 'x'; const b = `y`; const c = `z${a}`;\n", language="javascript",
               path="a.js")
    sem = semantics(ctx)
    strings = [n for n in ctx.walk() if n.type in ("string", "template_string")]
    assert [sem.role(n) for n in strings] == ["string", "string", "template"]
    assert [sem.string_value(n) for n in strings] == ["x", "y", None]
    assert role_kinds("tsx", "function") == role_kinds("javascript", "function")


@pytest.mark.parametrize("language", ["javascript", "typescript", "tsx"])
def test_fragments_that_do_not_parse_are_walked_safely(language):
    # a fragment whose root is an ERROR node: scope walks must stop at the root
    ctx = _ctx("  });\n}\nconst x = child_process.exec(cmd);\nfoo.bar(x);\n",
               language=language, path="frag.js")
    sem = javascript(ctx)
    assert isinstance(sem, JavaScriptSemantics)
    for call in _calls(ctx).values():
        receiver = sem.receiver(call)
        if receiver is not None:
            assert sem.declared_type(receiver) == ""
            assert sem.assigned_values(receiver) is not None
