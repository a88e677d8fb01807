"""The model tables: every file loads and validates, the schema rejects mistakes with a sentence,
and the indexes answer what the dataflow core and the rules ask."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from vigilint.analyzers.dataflow.kinds import SINK_KINDS, SOURCE_KINDS
from vigilint.analyzers.models import ModelError, load
from vigilint.analyzers.models.schema import parse_library

TABLES = [(language, e.name) for language in ("python", "go")
          for e in sorted(resources.files("vigilint.analyzers.models").joinpath(language)
                          .iterdir(), key=lambda e: e.name) if e.name.endswith(".toml")]


@pytest.mark.parametrize(("language", "name"), TABLES)
def test_every_table_loads_and_cites_its_documentation(language, name):
    text = resources.files("vigilint.analyzers.models").joinpath(language, name).read_text()
    lib = parse_library(name, tomllib.loads(text))
    assert lib.language == language
    assert lib.docs and all(url.startswith("https://") for url in lib.docs)
    for sink in lib.sinks:
        assert sink.kind in SINK_KINDS
        assert sink.calls or sink.methods
    for src in lib.sources:
        assert src.kind in SOURCE_KINDS


def test_the_libraries_the_issue_names_are_modelled():
    models = load("python")
    names = {lib.library for lib in models.libraries}
    assert {"flask", "django", "fastapi", "aiohttp", "tornado", "sqlalchemy", "dbapi",
            "pymongo", "process", "templates", "xml", "http_clients", "serialization", "ldap",
            "boto3", "paramiko"} <= names
    assert models.sinks("subprocess.run")[0].when_true == "shell"
    assert models.sinks("django.db.models.expressions.RawSQL")[0].kind == "sql"
    assert models.sinks("mako.template.Template")[0].kind == "template"
    assert models.method_sinks("exec_command")[0].kind == "command"
    assert models.sanitizer("shlex.quote").kinds == frozenset({"command"})
    assert models.sanitizer("werkzeug.utils.secure_filename").kinds == {"path", "command"}
    assert models.request_objects["flask.request"].kind == "http"
    assert models.route_decorator("fastapi.APIRouter.get") is not None
    assert models.auth_marker("flask_login.login_required") is not None
    assert models.result_type("sqlite3.Connection.cursor") == "sqlite3.Cursor"


def test_the_go_libraries_the_issue_names_are_modelled():
    models = load("go")
    names = {lib.library for lib in models.libraries}
    assert {"net/http", "gin", "echo", "fiber", "chi", "gorilla/mux", "database/sql", "sqlx",
            "gorm", "os/exec", "files", "templates", "serialization", "logging",
            "go-stdlib"} <= names
    assert models.request_types["net/http.Request"].kind == "http"
    assert "github.com/gin-gonic/gin.Context.ShouldBindJSON" in models.binders
    assert models.sinks("database/sql.DB.QueryContext")[0].arg == 1
    shell = [s for s in models.sinks("os/exec.Command") if s.when_arg == 0]
    assert shell and shell[0].when_value_re is not None and shell[0].when_value_re.search("sh")
    assert models.sanitizer("strconv.Atoi").kinds == SINK_KINDS
    assert models.validator("path/filepath.IsLocal").kinds == {"path"}
    assert all(s.untyped for s in models.method_sinks("Query"))
    assert models.result_type("github.com/gin-gonic/gin.Context.Request") == "net/http.Request"


@pytest.mark.parametrize(("data", "message"), [
    ({"library": "x", "language": "python", "sinks": [{"kind": "sqli", "calls": ["a"]}]},
     "unknown sink kind"),
    ({"library": "x", "language": "python", "sinks": [{"kind": "sql", "call": ["a"]}]},
     "unknown key `call`"),
    ({"library": "x", "language": "python", "sources": [{"kind": "web"}]}, "`kind` must be"),
    ({"library": "x", "language": "python", "propagators": [{"flow": "some"}]},
     "`flow` must be"),
    ({"library": "x", "language": "python", "sinks": [{"kind": "sql", "arg": "first"}]},
     "argument index"),
    ({"language": "python"}, "`library` is required"),
    ({"library": "x", "language": "python", "extras": {}}, "unknown table"),
    ({"library": "x", "language": "go", "sinks": [{"kind": "command", "when_value": "^sh$"}]},
     "need `when_arg`"),
    ({"library": "x", "language": "go", "sinks": [{"kind": "xss", "when_arg": "0"}]},
     "must be an integer"),
    ({"library": "x", "language": "go", "sinks": [{"kind": "sql", "receiver": "(db"}]},
     "not a valid regular expression"),
    ({"library": "x", "language": "python", "identity": [{"part": "cookies"}]},
     "`part` must be one of"),
    ({"library": "x", "language": "python", "binding": [{"kind": "spread"}]},
     "`kind` must be one of"),
    ({"library": "x", "language": "python", "protections": [{"kind": "csrf", "calls": ["a"]}]},
     "`kind` must be one of"),
    ({"library": "x", "language": "python", "auth": [{"mixin": ["a"]}]}, "unknown key `mixin`"),
])
def test_schema_mistakes_are_reported_as_sentences(data, message):
    with pytest.raises(ModelError, match=message):
        parse_library("bad.toml", data)


def test_prefilters_name_the_modules_or_methods_a_sink_needs():
    models = load("python")
    assert "subprocess" in models.prefilter("command")  # longer than `run`
    assert "remove" in models.prefilter("path")  # longer than `os`
    assert "os" not in models.prefilter("path")
    # a gated method sink: its modules (`ldap3` contains `ldap`, so it adds nothing)
    assert models.prefilter("ldap") == ("ldap",)
    assert "executemany" not in models.prefilter("sql")  # `execute` covers it
    assert "execute" in models.prefilter("sql")  # an ungated method sink: its name
    assert models.prefilter("no-such-kind") == ()


def test_languages_without_tables_load_empty():
    assert load("yaml").libraries == ()


def test_access_tables_index_routes_guards_and_client_parts():
    access = load("python").access
    assert "flask.Blueprint" in access.routers and "Blueprint" in access.routers
    assert "LoginRequiredMixin" in access.mixins
    assert "AllowAny" in access.public and "IsAdminUser" in access.roles
    assert access.identity_members["cookies"] == "cookie"
    assert access.identity_parameters["Header"] == "header"
    assert access.identity_names["x-forwarded-for"] == "forwarded"
    assert access.protection("django.views.decorators.csrf.csrf_exempt", "csrf-exempt")
    assert access.protection("csrf_exempt", "csrf-exempt") is not None
    assert access.protection("csrf_exempt", "static") is None
