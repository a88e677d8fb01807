"""The semantic layer on Python: imports (relative ones too), typed call names, arguments,
functions with qualified names and decorators, roles and literal values."""

from __future__ import annotations

import textwrap

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.languages import parser_for
from vigilint.analyzers.syntax import module_name, role_kinds, semantics
from vigilint.analyzers.syntax.python import PythonSemantics


def _ctx(code: str, path: str = "app/views.py", language: str = "python") -> FileContext:
    ctx = FileContext(path=path, language=language, text=textwrap.dedent(code))
    ctx.tree = parser_for(language).parse(ctx.source)
    return ctx


def _calls(ctx: FileContext) -> dict[str, object]:
    return {ctx.node_text(n): n for n in ctx.walk() if n.type == "call"}


def test_imports_resolve_aliases_and_relative_modules():
    ctx = _ctx("""\
        import yaml as y
        import os.path
        from subprocess import run as r
        from .db import find_user
        from .. import settings
        """, path="shop/app/views.py")
    imports = semantics(ctx).imports()
    assert imports["y"] == "yaml"
    assert imports["os.path"] == "os.path"
    assert imports["r"] == "subprocess.run"
    assert imports["find_user"] == "shop.app.db.find_user"
    assert imports["settings"] == "shop.settings"
    assert semantics(ctx).imports_any(("subprocess",))
    assert not semantics(ctx).imports_any(("sub",))


def test_relative_imports_above_the_scan_root_stay_relative():
    ctx = _ctx("from .db import find_user\n", path="views.py")
    assert semantics(ctx).imports()["find_user"] == ".db.find_user"


def test_call_names_use_declared_and_constructed_receiver_types():
    ctx = _ctx("""\
        import sqlite3
        import requests
        from sqlalchemy.orm import Session

        def load(db: Session, name):
            conn = sqlite3.connect("a.db")
            cur = conn.cursor()
            cur.execute(name)
            http = requests.Session()
            http.get(name)
            db.execute(name)
            other.execute(name)
        """)
    sem = semantics(ctx)
    names = {text: sem.call_name(node) for text, node in _calls(ctx).items()}
    assert names["cur.execute(name)"] == "sqlite3.Cursor.execute"
    assert names["http.get(name)"] == "requests.Session.get"
    assert names["db.execute(name)"] == "sqlalchemy.orm.Session.execute"
    assert names["other.execute(name)"] == "other.execute"
    assert names['sqlite3.connect("a.db")'] == "sqlite3.connect"


def test_a_name_assigned_two_types_has_none():
    ctx = _ctx("""\
        import sqlite3, requests
        def f(flag):
            c = sqlite3.connect("a")
            c = requests.Session()
            c.get("x")
        """)
    call = _calls(ctx)['c.get("x")']
    assert semantics(ctx).call_name(call) == "c.get"


def test_arguments_positional_keywords_and_splats():
    ctx = _ctx("f(a, b, key=c, *rest, **opts)\n")
    args = semantics(ctx).arguments(next(iter(_calls(ctx).values())))
    assert [ctx.node_text(n) for n in args.positional] == ["a", "b"]
    assert ctx.node_text(args.keywords["key"]) == "c"
    assert args.splat
    assert ctx.node_text(args.get(5, "key")) == "c"
    assert ctx.node_text(args.get(1)) == "b"
    assert args.get(2) is None
    assert len(args.nodes) == 5


def test_functions_have_qualified_names_params_and_typed_decorators():
    ctx = _ctx("""\
        from flask import Flask
        from fastapi import Depends
        app = Flask(__name__)

        class Repo:
            def find(self, key: str = "x"):
                def inner():
                    pass

        @app.route("/u/<uid>")
        def show(uid, user=Depends(current_user)):
            return uid
        """, path="svc/api.py")
    sem = semantics(ctx)
    assert isinstance(sem, PythonSemantics)
    fns = {f.qualified_name: f for f in sem.functions()}
    assert set(fns) == {"svc.api.Repo.find", "svc.api.Repo.find.inner", "svc.api.show"}
    find = fns["svc.api.Repo.find"]
    assert find.class_name == "Repo"
    assert [(p.name, p.type) for p in find.params] == [("self", ""), ("key", "str")]
    show = fns["svc.api.show"]
    assert [d.name for d in show.decorators] == ["flask.Flask.route"]
    assert show.params[1].annotations == ("fastapi.Depends",)
    inner_call = next(n for n in ctx.walk() if n.type == "pass_statement")
    assert sem.function_at(inner_call).name == "inner"


def test_roles_and_literal_values():
    ctx = _ctx('x = f"a{b}"\ny = "plain"\nz = 3\n')
    sem = semantics(ctx)
    strings = [n for n in ctx.walk() if n.type == "string"]
    assert [sem.role(n) for n in strings] == ["template", "string"]
    assert sem.string_value(strings[1]) == "plain"
    assert sem.string_value(strings[0]) is None
    assert "call" in role_kinds("python", "call")
    assert role_kinds("java", "call") == ("method_invocation",)


def test_module_names_from_paths():
    assert module_name("app/db.py") == "app.db"
    assert module_name("pkg/__init__.py") == "pkg"
    assert module_name("src/routes/index.ts") == "src.routes"


def test_javascript_requires_and_imports_resolve():
    ctx = _ctx("const {exec: run} = require('child_process');\nimport fs from 'fs';\n",
               path="a.js", language="javascript")
    assert semantics(ctx).imports() == {"run": "child_process.exec", "fs": "fs"}
