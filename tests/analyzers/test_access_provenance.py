"""The verified caller recognised by where a value comes from (issue 24): request attributes a
middleware stored, context reads on a handler's own parameters, accessors given the request,
parameter decorators and annotations of the app's own, dependencies that resolve the caller,
and guards imported from the app's auth module."""

from __future__ import annotations

import pytest

from vigilint.analyzers.access import provenance
from vigilint.analyzers.access import vocabulary as words
from vigilint.analyzers.access.syntax import functions
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.languages import parser_for


def _ctx(path: str, language: str, text: str) -> FileContext:
    ctx = FileContext(path=path, language=language, text=text)
    ctx.tree = parser_for(language).parse(ctx.source)
    return ctx


def test_request_attributes_a_middleware_stored_are_the_caller():
    ctx = _ctx("a.js", "javascript", "")
    text = ("const m = req.account; res.locals.employee.id; ctx.state.actor; req.body.ownerId; "
            "req.params.id; req.validatedBody; req.ip; req.log.info(); c.get('who')")
    found = provenance.request_attributes(ctx, text)
    assert {"req.account", "res.locals.employee", "ctx.state.actor", "c.get('who')"} <= set(found)
    assert not {"req.body", "req.params", "req.validatedBody", "req.ip", "req.log"} & set(found)


def test_python_request_globals_and_attributes():
    ctx = _ctx("a.py", "python", "")
    found = provenance.request_attributes(
        ctx, "g.staff.id; g.db.execute(q); request.member; request.args; request.state.tenant")
    assert "g.staff" in found and "request.member" in found and "request.state" not in found
    assert "g.db" not in found and "request.args" not in found


def test_go_context_reads_follow_the_parameter_types():
    ctx = _ctx("h.go", "go", "package x\nimport \"net/http\"\n"
                             "func h(gc *gin.Context, hr *http.Request, ec echo.Context) {}\n")
    fn = functions(ctx)[0]
    reads = provenance.go_context_reads(ctx, fn)
    assert "gc.Get(" in reads and "hr.Context().Value(" in reads and "ec.Get(" in reads


@pytest.mark.parametrize(("code", "found"), [
    ("func h(w http.ResponseWriter, r *http.Request) { me := employee(r); _ = me }", True),
    ("func h(w http.ResponseWriter, r *http.Request) { w := frob(r); _ = w.OrgID }", True),
    ("func h(w http.ResponseWriter, r *http.Request) { id := parseID(r); _ = id }", False),
    ("func h(w http.ResponseWriter, r *http.Request) { v := mux.Vars(r); _ = v }", False),
    ("func h(w http.ResponseWriter, r *http.Request) { x := frob(r); _ = x.Color }", False),
])
def test_accessors_given_the_request(code, found):
    ctx = _ctx("h.go", "go", f"package x\nimport \"net/http\"\n{code}\n")
    fn = functions(ctx)[0]
    assert bool(provenance.accessor_calls(ctx, fn, set())) is found


def test_java_and_nest_parameters_of_the_apps_own():
    assert provenance.java_custom_principal({"CurrentEmployee"})
    assert not provenance.java_custom_principal({"PathVariable", "Valid"})
    assert not provenance.java_custom_principal({"RequestBody"})
    ctx = _ctx("c.ts", "typescript", "class C { f(@Param('id') id: string, @Actor() actor: U, "
                                     "@Body() dto: D) {} }")
    method = next(n for n in ctx.walk() if n.type == "method_definition")
    assert provenance.nest_parameters(ctx, method) == ["actor"]


@pytest.mark.parametrize(("name", "caller"), [
    ("resolve_member", True), ("get_principal", True), ("who_am_i", True),
    ("get_db", False), ("get_session", False), ("get_member_service", False),
    ("pagination_params", False),
])
def test_dependencies_that_resolve_the_caller(name, caller):
    assert provenance.caller_dependency(name) is caller


@pytest.mark.parametrize(("qualified", "guard"), [
    ("app.auth.team_member", True), ("src.middleware.access.onlyMembers", True),
    ("example.com/studio/internal/security.Member", True), ("app.utils.paginate", False),
    ("app.auth.cors_headers", False), ("flask.Blueprint", False),
])
def test_guards_imported_from_the_apps_auth_module(qualified, guard):
    assert words.guard_module(qualified) is guard
