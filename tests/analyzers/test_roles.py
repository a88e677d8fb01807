"""Code roles: path conventions per ecosystem, content markers, `[tool.vigilint.roles]`."""

from __future__ import annotations

from pathlib import Path

import pytest

from vigilint.analyzers.engine import Engine
from vigilint.analyzers.roles import PROMPT_DOCUMENTS, content_role, path_role, role_of
from vigilint.config import Settings, load_settings, settings_from_mapping
from vigilint.prompts.sources import DOCUMENT_GLOBS


@pytest.mark.parametrize(("path", "role"), [
    # Python
    ("tests/test_views.py", "test"), ("pkg/test_models.py", "test"),
    ("pkg/models_test.py", "test"), ("app/tests.py", "test"), ("conftest.py", "test"),
    ("tests/conftest.py", "test"), ("tests/test_apps/helloworld/hello.py", "test"),
    ("integration_tests/api.py", "test"), ("benchmarks/bench_parse.py", "test"),
    ("lib/sqlthing/testing/fixtures.py", "test"),
    ("docs/conf.py", "docs"), ("docs_src/security/tutorial004.py", "docs"),
    ("examples/tutorial/flaskr/db.py", "example"),
    ("examples/tutorial/tests/test_db.py", "test"),
    ("src/pkg/_vendor/six.py", "vendored"), ("third_party/lib/x.py", "vendored"),
    ("proto/user_pb2.py", "generated"), ("proto/user_pb2_grpc.py", "generated"),
    ("setup.py", "build"), ("noxfile.py", "build"), ("scripts/release.py", "build"),
    ("src/pkg/scripts/migrate.py", "build"), ("tools/scripts/bump.py", "build"),
    # a scripts folder inside a docs, example or test tree serves that tree
    ("docs/tutorials/wiki/src/tutorial/scripts/initialize_db.py", "example"),
    ("docs/scripts/make_api_index.py", "docs"), ("examples/blog/scripts/seed.py", "example"),
    ("tests/scripts/run_server.py", "test"), ("testdata/tools/gen.go", "fixture"),
    ("src/flask/testing.py", "app"), ("src/flask/app.py", "app"), ("latest/views.py", "app"),
    ("contest/views.py", "app"), ("protest.py", "app"),
    # the project a reusable package's suite runs in, however it is joined
    ("guardian/testapp/testsettings.py", "test"), ("pkg/testproject/urls.py", "test"),
    ("src/tests_site/settings.py", "test"), ("testsettings/base.py", "test"),
    ("example_project/settings.py", "example"), ("demo-app/server.js", "example"),
    ("exampleapp/views.py", "example"), ("src/admin-demo/views.py", "example"),
    # a folder hidden from the toolchain by `_` or `.` keeps its role
    ("usr/share/gocode/src/github.com/x/jwt/_example/basic/server.go", "example"),
    ("_test/helpers.go", "test"), (".demo/app.py", "example"),
    # words that only start like these are app code
    ("src/testimonials/views.py", "app"), ("testament/app.py", "app"),
    ("demographics/report.py", "app"), ("examplesite_utils.py", "app"),
    ("pkg/_internal/views.py", "app"), (".github/actions/run.js", "app"),
    # JavaScript / TypeScript
    ("src/app.test.ts", "test"), ("src/app.spec.js", "test"), ("__tests__/app.js", "test"),
    ("test/app.js", "test"), ("e2e/login.e2e.ts", "test"), ("cypress/e2e/login.cy.js", "test"),
    ("jest.config.js", "test"), ("__mocks__/fs.js", "fixture"), ("types/index.test-d.ts", "test"),
    ("src/Button.stories.tsx", "example"), ("fuzz/parse.py", "test"),
    ("src/__snapshots__/a.js", "fixture"), ("examples/auth/index.js", "example"),
    ("dist/app.min.js", "generated"), ("static/jquery.min.js", "generated"),
    ("static/js/prettify-min.js", "generated"), ("static/css/theme-min.css", "generated"),
    ("webpack.config.js", "build"), ("gulpfile.js", "build"), ("tools/bump.mjs", "build"),
    ("lib/router.js", "app"), ("src/testimonials.ts", "app"),
    # Go
    ("handler_test.go", "test"), ("internal/api/server_test.go", "test"),
    ("testdata/certificate/key.pem", "fixture"), ("api/user.pb.go", "generated"),
    ("zz_generated.deepcopy.go", "generated"), ("vendor/github.com/x/y/z.go", "vendored"),
    ("magefile.go", "build"), ("hack/verify.go", "build"), ("gin.go", "app"),
    # Java
    ("src/test/java/com/acme/UserServiceTest.java", "test"),
    ("src/main/java/com/acme/UserServiceTest.java", "test"),
    ("src/main/java/com/acme/OrderIT.java", "test"),
    ("src/main/java/com/acme/Audit.java", "app"), ("src/main/java/com/acme/Latest.java", "app"),
    ("build.gradle", "build"),
    # docs by kind, whatever the folder
    ("README.md", "docs"), ("src/pkg/NOTES.rst", "docs"), ("CHANGELOG", "docs"),
    ("usr/share/doc/golang-gin/copyright", "docs"),
    # package metadata carries the README as its long description
    ("PKG-INFO", "docs"), ("src/acme_auth.egg-info/PKG-INFO", "docs"),
    ("acme_auth-1.2.dist-info/METADATA", "docs"), ("src/acme/metadata", "app"),
    ("src/acme/metadata.py", "app"),
    # config and manifests are app code
    ("pyproject.toml", "app"), ("package.json", "app"), (".github/workflows/ci.yml", "app"),
    ("Dockerfile", "app"), ("locale/fr/LC_MESSAGES/django.po", "app"),
])
def test_path_conventions(path, role):
    assert role_of(path) == role


@pytest.mark.parametrize("path", [
    "AGENTS.md", "CLAUDE.md", "docs/search.prompt.md", ".github/copilot-instructions.md",
    ".github/instructions/api.md", "examples/x.prompt.md",
])
def test_prompt_documents_are_app_code(path):
    assert path_role(path) == "app"


def test_prompt_document_globs_follow_the_prompt_guard():
    assert set(PROMPT_DOCUMENTS) == set(DOCUMENT_GLOBS)


PYTEST_FILE = "import pytest\n\nfrom app import create\n\n\ndef test_create():\n    assert create()\n"
UNITTEST_FILE = ("import unittest\n\n\nclass UserTests(unittest.TestCase):\n"
                 "    def test_x(self):\n        self.assertTrue(True)\n")
CLIENT_FILE = ("from app import app\n\nclient = app.test_client()\n\n\n"
               "def test_home():\n    assert client.get('/').status_code == 200\n")
JEST_FILE = ("const request = require('supertest')\nconst app = require('./app')\n\n"
             "describe('GET /', () => {\n  it('answers', async () => {\n"
             "    await request(app).get('/').expect(200)\n  })\n})\n")
JEST_GLOBALS = "describe('sum', () => {\n  test('adds', () => {\n    expect(1 + 1).toBe(2)\n  })\n})\n"
GO_HELPER = ('package apitest\n\nimport (\n\t"net/http/httptest"\n\t"testing"\n)\n\n'
             "func Serve(t *testing.T) *httptest.Server { return nil }\n")
JUNIT_FILE = ("package com.acme;\n\nimport org.junit.jupiter.api.Test;\n\n"
              "class Checks {\n  @Test\n  void works() {}\n}\n")
GO_GENERATED = "// Code generated by protoc-gen-go. DO NOT EDIT.\n\npackage api\n\nvar x = 1\n"
PY_GENERATED = "# Generated by Django 5.0 on 2024-01-01 10:00\n\nfrom django.db import migrations\n"
JS_GENERATED = "/**\n * @generated by graphql-codegen\n */\nexport const q = 1;\n"


@pytest.mark.parametrize(("path", "text", "role"), [
    ("qa/check_users.py", PYTEST_FILE, "test"),
    ("qa/user_checks.py", UNITTEST_FILE, "test"),
    ("qa/db_checks.py", UNITTEST_FILE.replace("unittest.TestCase", "TransactionTestCase, Seeded")
     .replace("import unittest", "from django.test import TransactionTestCase"), "test"),
    ("qa/smoke.py", CLIENT_FILE, "test"),
    ("qa/routes.js", JEST_FILE, "test"),
    ("qa/sum.ts", JEST_GLOBALS, "test"),
    ("qa/admin.js", "QUnit.module('admin');\nQUnit.test('opens', function(assert) {\n"
                    "  assert.ok(true);\n});\n", "test"),
    ("internal/apitest/server.go", GO_HELPER, "test"),
    ("src/main/java/com/acme/Checks.java", JUNIT_FILE, "test"),
    ("api/user.go", GO_GENERATED, "generated"),
    ("shop/migrations/0001_initial.py", PY_GENERATED, "generated"),
    ("src/gql.ts", JS_GENERATED, "generated"),
    ("static/app.js", "var a=1;" * 1000, "generated"),
    # a minifier that keeps a line break every few hundred characters
    ("static/highlight.js", ("function f(a){return a.replace(/x/g,'y')};" * 8 + "\n") * 40,
     "generated"),
])
def test_content_markers(path, text, role):
    assert role_of(path, text) == role


@pytest.mark.parametrize(("path", "text"), [
    # a test-framework import without a test definition, and the reverse, stay app code
    ("app/plugin.py", "import pytest\n\n\ndef pytest_configure(config):\n    pass\n"),
    ("app/views.py", "def test_connection(db):\n    return db.ping()\n"),
    # a framework's application class: methods named test_*, a docstring that shows the client
    ("web/app.py", "class App:\n    def test_client(self):\n        \"\"\"`app.test_client()`.\"\"\"\n"
                   "        return Client(self)\n\n    async def test_request(self):\n"
                   "        return Request(self)\n"),
    ("app/checks.js", "const assert = require('assert')\nassert.ok(config.port)\n"),
    ("app/server.go", 'package main\n\nimport "net/http/httptest"\n\nvar r = httptest.NewRecorder()\n'),
    # "generated" only counts in the file's leading comments
    ("app/models.py", '"""Models."""\n\nID_HELP = "auto-generated file name"\nx = 1\n'),
    ("app/ids.py", "import uuid\n\n# the id is generated by the database\nx = 1\n"),
    ("app/settings.cfg", PYTEST_FILE),
])
def test_content_without_both_markers_is_app(path, text):
    assert content_role(path, text) is None
    assert role_of(path, text) == "app"


def test_config_roles_win_and_app_wins_back():
    roles = {"test": ["qa/*", "*_check.py"], "app": ["src/testing/*"], "docs": ["handbook"]}
    assert role_of("qa/users.py", "x = 1\n", roles) == "test"
    assert role_of("src/orders_check.py", None, roles) == "test"
    assert role_of("src/testing/client.py", None, roles) == "app"
    assert role_of("handbook/intro.py", None, roles) == "docs"
    assert role_of("src/app.py", None, roles) == "app"
    assert role_of("tests/test_x.py", None, {"app": ["tests/**"]}) == "app"


@pytest.mark.parametrize(("table", "problem"), [
    ({"tests": ["qa/*"]}, "unknown role `tests`"),
    ({"test": "qa/*"}, "valid list"),
    ({"test": ["**"]}, "demote all findings"),
    ({"generated": ["*"]}, "demote all findings"),
    ({"docs": [""]}, "non-empty"),
])
def test_invalid_roles_config_is_refused_with_a_sentence(table, problem):
    settings, problems = settings_from_mapping({"roles": table}, "pyproject.toml")
    assert settings.roles == {}
    assert len(problems) == 1 and problem in problems[0]
    assert "Traceback" not in problems[0]


def test_roles_from_pyproject_reach_the_engine(tmp_path: Path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.vigilint.roles]\ntest = ["qa/*"]\napp = ["lib/testing/*"]\n')
    loaded = load_settings(tmp_path)
    assert loaded.problems == []
    engine = Engine(settings=loaded.settings)
    text = "import pickle\n\n\ndef load(blob):\n    return pickle.loads(blob)\n"
    in_qa = engine.analyze("qa/load.py", text).findings
    in_lib = engine.analyze("lib/testing/load.py", text).findings
    assert [(f.role, f.priority) for f in in_qa] == [("test", "P4")]
    assert [f.role for f in in_lib] == ["app"] and in_lib[0].priority in ("P0", "P1", "P2")


def test_default_settings_have_no_roles():
    assert Settings().roles == {}


def test_the_glob_shortcut_matches_as_fnmatchcase_does() -> None:
    from fnmatch import fnmatchcase

    from vigilint.analyzers.roles import _NAME_GLOBS, PROMPT_DOCUMENTS, glob_matches

    globs = [g for _, group in _NAME_GLOBS for g in group]
    globs += [*PROMPT_DOCUMENTS, *("*/" + p for p in PROMPT_DOCUMENTS), "a*a", "*a*a*", "ab*ba",
              "*", "**", "x?y", "[ab]*.py", "*.test-d.ts", "a*b*a"]
    names = {"test_app.py", "app_test.py", "conftest.py", "x.test.js", "x.spec.ts.map",
             "a.test-d.ts", "zz_generated.deepcopy.go", "readme", "readme.md", "aba", "aa",
             "a", "", "aXbXa", "ab", "aaba", "ababa", "x.min.js", ".eslintrc.json", "go.sum",
             ".github/instructions/x.md", "src/.cursor/rules/r", "AGENTS.md", "docs/CLAUDE.md",
             "xay", "b.py", "webpack.prod.config.js", "jakefile", "a.b.c", "*", "a*a"}
    names |= {g.replace("*", "") for g in globs} | {g.replace("*", "xy") for g in globs}
    for glob in globs:
        for name in names:
            assert glob_matches(name, glob) == fnmatchcase(name, glob), (name, glob)


def test_the_name_matchers_decide_each_role_as_its_globs_do() -> None:
    """`path_role` tests a role's globs as a set of names, a prefix and a suffix tuple and the
    rest one by one: the same role as `glob_matches` over every glob, in order."""
    from vigilint.analyzers.roles import _NAME_GLOBS, _name_matchers, glob_matches

    def by_globs(name: str) -> str | None:
        return next((role for role, globs in _NAME_GLOBS
                     if any(glob_matches(name, g) for g in globs)), None)

    def by_matchers(name: str) -> str | None:
        return next((role for role, exact, prefixes, suffixes, other in _name_matchers()
                     if name in exact or name.startswith(prefixes) or name.endswith(suffixes)
                     or any(glob_matches(name, g) for g in other)), None)

    globs = [g for _, group in _NAME_GLOBS for g in group]
    names = {"app.py", "views.py", "", "a", "x.test", "test_", "test_.py", "_test.go",
             "setup.py.bak", "makefile.am", ".babelrc", "jakefile.js", "zz_generated",
             "readme", "news.txt", "x.md.txt", "a.min.js.map", "pkg-info", "tests.pyc"}
    names |= set(globs) | {g.replace("*", "") for g in globs} | \
        {g.replace("*", "xy") for g in globs} | {"q" + g.replace("*", "") + "q" for g in globs}
    assert {by_matchers(n) for n in names} >= {"test", "generated", "example", "build", "docs"}
    for name in names:
        assert by_matchers(name) == by_globs(name), name
