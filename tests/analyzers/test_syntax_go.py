"""The semantic layer on Go: imports (aliases, dot and blank imports, major versions), local
shadowing of packages, receiver types from parameters, declarations, struct fields, embedding
and model result types, functions/methods/closures, arguments and literal values."""

from __future__ import annotations

import textwrap

import pytest

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.languages import parser_for
from vigilint.analyzers.syntax import GoSemantics, go, semantics
from vigilint.analyzers.syntax.go import decode_string, normalize_import, package_of


def _ctx(code: str, path: str = "internal/store/users.go") -> FileContext:
    ctx = FileContext(path=path, language="go", text=textwrap.dedent(code))
    ctx.tree = parser_for("go").parse(ctx.source)
    return ctx


def _calls(ctx: FileContext) -> dict[str, object]:
    return {ctx.node_text(n): n for n in ctx.walk() if n.type == "call_expression"}


STORE = '''\
    package store

    import (
    \t"context"
    \t"database/sql"
    \t"fmt"
    \t"net/http"

    \tg "github.com/gin-gonic/gin"
    \t"github.com/labstack/echo/v4"
    \t. "strings"
    \t_ "github.com/lib/pq"
    \tsqlite "github.com/mattn/go-sqlite3"
    )

    type Base struct{ log *Logger }

    type Users struct {
    \tdb *sql.DB
    \tBase
    }

    type DB struct{ *sql.DB }

    func NewUsers(db *sql.DB) *Users { return &Users{db: db} }

    func (u *Users) Find(ctx context.Context, name string) error {
    \trows, err := u.db.QueryContext(ctx, fmt.Sprintf("SELECT %s", name))
    \ttx, _ := u.db.Begin()
    \ttx.Exec("DELETE FROM t")
    \t_ = HasPrefix(name, "a")
    \treturn err
    }

    func handle(c *g.Context, e echo.Context, w http.ResponseWriter) {
    \tusers := NewUsers(nil)
    \tusers.Find(c, c.Query("q"))
    \tc.Request.URL.Query()
    \turl := "https://example.com"
    \turl.Parse()
    \tvar d DB
    \td.Query("SELECT 1")
    \tfn := func(rw http.ResponseWriter, r *http.Request) { r.FormValue("x") }
    \t_ = fn
    \t_ = sqlite.ErrBusy
    }
    '''


def test_imports_resolve_aliases_dot_blank_and_major_versions():
    sem = go(_ctx(STORE))
    imports = sem.imports()
    assert imports["g"] == "github.com/gin-gonic/gin"
    assert imports["echo"] == "github.com/labstack/echo"  # /v4 dropped
    assert imports["sqlite"] == "github.com/mattn/go-sqlite3"
    assert "_" not in imports and "." not in imports
    assert sem.imports_any(("github.com/lib/pq",))  # blank imports count as imported
    assert sem.imports_any(("database",))  # a path prefix at a "/"
    assert not sem.imports_any(("data",))
    assert sem.module_name() == "internal/store"


@pytest.mark.parametrize(("path", "name", "normalized"), [
    ("github.com/mattn/go-sqlite3", "sqlite3", "github.com/mattn/go-sqlite3"),
    ("gopkg.in/yaml.v3", "yaml", "gopkg.in/yaml"),
    ("github.com/golang-jwt/jwt/v5", "jwt", "github.com/golang-jwt/jwt"),
    ("math/rand/v2", "rand", "math/rand"),
    ("github.com/go-chi/chi/v5", "chi", "github.com/go-chi/chi"),
    ("github.com/jackc/pgx/v5/pgxpool", "pgxpool", "github.com/jackc/pgx/pgxpool"),
    ("k8s.io/api/apps/v1", "v1", "k8s.io/api/apps/v1"),
])
def test_default_package_names(path, name, normalized):
    assert package_of(path) == name
    assert normalize_import(path) == normalized


def test_call_names_are_typed_by_declarations_fields_embedding_and_models():
    ctx = _ctx(STORE)
    sem = go(ctx)
    calls = _calls(ctx)
    name = sem.call_name
    assert name(calls['u.db.QueryContext(ctx, fmt.Sprintf("SELECT %s", name))']) == \
        "database/sql.DB.QueryContext"  # the receiver's struct field type
    assert name(calls['tx.Exec("DELETE FROM t")']) == "database/sql.Tx.Exec"  # models' types
    assert name(calls['users.Find(c, c.Query("q"))']) == "internal/store.Users.Find"
    assert name(calls['c.Query("q")']) == "github.com/gin-gonic/gin.Context.Query"
    assert name(calls["c.Request.URL.Query()"]) == "net/url.URL.Query"
    assert name(calls['HasPrefix(name, "a")']) == "strings.HasPrefix"  # a dot import
    assert name(calls["url.Parse()"]) == "url.Parse"  # a local variable shadows net/url
    assert name(calls['d.Query("SELECT 1")']) == "database/sql.DB.Query"  # embedded *sql.DB
    assert name(calls['r.FormValue("x")']) == "net/http.Request.FormValue"  # closure param


def test_functions_methods_and_closures():
    sem = go(_ctx(STORE))
    by_name = {f.name: f for f in sem.functions()}
    assert by_name["Users.Find"].qualified_name == "internal/store.Users.Find"
    assert by_name["Users.Find"].class_name == "Users"
    assert [(p.name, p.type) for p in by_name["Users.Find"].params] == [
        ("ctx", "context.Context"), ("name", "string")]
    assert [(p.name, p.type) for p in by_name["handle"].params] == [
        ("c", "github.com/gin-gonic/gin.Context"), ("e", "github.com/labstack/echo.Context"),
        ("w", "net/http.ResponseWriter")]
    assert by_name["handle.func1"].qualified_name == "internal/store.handle.func1"
    receiver = sem.receiver_param(by_name["Users.Find"].node)
    assert receiver is not None and (receiver.name, receiver.type) == ("u", "internal/store.Users")
    fn = sem.function_at(by_name["handle.func1"].body)
    assert fn is not None and fn.name == "handle.func1"


def test_arguments_unwrap_variadic_and_struct_fields():
    ctx = _ctx('''\
        package p

        func f(db *DB, args []any) {
        \tdb.Query("SELECT 1", args...)
        }
        ''', path="main.go")
    sem = go(ctx)
    (call,) = [n for n in ctx.walk() if n.type == "call_expression"]
    args = sem.arguments(call)
    assert [ctx.node_text(a) for a in args.positional] == ['"SELECT 1"', "args"]
    assert args.splat
    assert sem.module_name() == "p"  # a file at the root: its package


@pytest.mark.parametrize(("text", "value"), [
    ('"a\\nb"', "a\nb"), ('"tab\\tq\\""', 'tab\tq"'), ("`raw\\n`", "raw\\n"),
    ('"\\x41\\u00e9"', "Aé"), ('"plain"', "plain"), ("x", None),
])
def test_string_literals_decode_like_go(text, value):
    assert decode_string(text) == value


def test_the_layer_is_chosen_by_language():
    assert isinstance(semantics(_ctx("package p\n")), GoSemantics)
    with pytest.raises(TypeError):
        go(FileContext(path="a.py", language="python", text=""))


def test_package_vars_typed_from_each_other_do_not_recurse():
    """`var b = a` at package level once restarted the package-level typing from inside
    itself until Python's recursion limit stopped the whole scan (seen on a real project)."""
    ctx = _ctx('''\
        package client

        import "net/http"

        var a = b
        var b = defaultClient
        var defaultClient = &http.Client{}
        var c, d = a, b

        func Fetch(u string) (*http.Response, error) {
        \treturn defaultClient.Get(u)
        }

        func Other(u string) (*http.Response, error) {
        \treturn c.Get(u)
        }
        ''')
    sem = go(ctx)
    calls = _calls(ctx)
    assert sem.call_name(calls["defaultClient.Get(u)"]) == "net/http.Client.Get"
    sem.call_name(calls["c.Get(u)"])  # typed or not, it answers
