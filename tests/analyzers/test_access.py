"""The language-neutral parts of the access-control layer: vocabulary, SQL lookups, the local
def-use pass, condition shapes, the sibling analysis and the providers' facts."""

from __future__ import annotations

import pytest

from vigilint.analyzers.access import vocabulary as words
from vigilint.analyzers.access.identity import trusted_reads
from vigilint.analyzers.access.javascript import inventory as js_inventory
from vigilint.analyzers.access.localflow import local_flow
from vigilint.analyzers.access.python import inventory as py_inventory
from vigilint.analyzers.access.python.reads import HOOKS as PY_HOOKS
from vigilint.analyzers.access.siblings import gaps
from vigilint.analyzers.access.sql import sql_lookup
from vigilint.analyzers.access.syntax import condition_use, enclosing_function, nodes
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.languages import parser_for


def _ctx(path: str, language: str, text: str) -> FileContext:
    ctx = FileContext(path=path, language=language, text=text)
    ctx.tree = parser_for(language).parse(ctx.source)
    return ctx


@pytest.mark.parametrize(("path", "name", "public"), [
    ("/login", "", True), ("/api/auth/sign-up", "", True), ("/healthz", "", True),
    ("/", "index", True), ("/", "create", False), ("/status", "", True),
    ("/orders/{id}/status", "set_status", False), ("/docs/{id}", "", False),
    ("/reset-password", "", True), ("/admin/users", "", False),
    ("/join", "join", True), ("/auth/create-account", "", True), ("", "join", True),
    ("/clubs/<int:club_id>/join", "join_club", False), ("/teams/:id/join", "", False),
    ("/invitations/accept", "", True), ("/invites/:token/accept", "", True),
    ("/password/reset/{resetToken}", "", True), ("/teams/:token/delete", "", False),
])
def test_public_by_design(path, name, public):
    assert words.public_by_design(path, name) is public


def test_administrative_work_and_data_management():
    assert words.sensitive("/admin/export.csv", "export")
    assert words.sensitive("/internal/reindex", "", write=False)
    assert not words.sensitive("/users/{id}", "read_user", write=False)
    assert words.sensitive("/users/{id}", "delete_user", write=True)
    assert not words.sensitive("/notes/{id}", "delete_note", write=True)


def test_identity_keys_are_normalized():
    assert words.identity_key("X-User-Role") and words.identity_key("isAdmin")
    assert words.flag_key("is_staff") and not words.flag_key("role")
    assert words.subject_key("X-Customer-Id") and words.subject_key("active_patient")
    assert words.forwarded_header("HTTP_X_FORWARDED_FOR")
    assert not words.identity_key("theme") and not words.identity_key("X-Request-Id")


def test_guard_names_are_not_database_sessions():
    assert words.guard_name("login_required") and words.guard_name("requireAuth")
    assert words.guard_name("require_agent") and not words.guard_name("require_POST")
    assert not words.guard_name("get_db") and not words.guard_name("dep_session")


@pytest.mark.parametrize(("sql", "op", "scoped", "index"), [
    ("UPDATE post SET title = ?, body = ? WHERE id = ?", "update", False, 2),
    ("SELECT * FROM notes WHERE id = $1 AND owner_id = $2", "read", True, 0),
    ("DELETE FROM files WHERE owner_id = %s AND id = %s", "delete", True, 1),
    ("SELECT body FROM pages WHERE slug = :slug", "read", False, 0),
])
def test_sql_lookups_find_the_id_placeholder(sql, op, scoped, index):
    found = sql_lookup(sql)
    assert found is not None
    assert (found.op, found.scoped, found.key_index) == (op, scoped, index)


def test_sql_without_where_is_no_lookup():
    assert sql_lookup("SELECT count(*) FROM users") is None


def test_local_flow_follows_accessors_not_constructors():
    ctx = _ctx("a.py", "python", '''
def view():
    raw = request.headers.get("X-Forwarded-For", "")
    ip = raw.split(",")[0].strip()
    note = Note(title=raw)
    return ip, note
''')
    reads = PY_HOOKS.reads(ctx)
    scope = enclosing_function(ctx, reads[0].node)
    assert scope is not None
    flow = local_flow(ctx, scope, reads)
    assert set(flow.names) == {"raw", "ip"}


def test_condition_shapes():
    ctx = _ctx("a.py", "python", "if not ip.startswith(NET) or role == 'admin':\n    pass\n"
                                 "x = check(role, other)\n")
    identifiers = {ctx.node_text(n): n for n in nodes(ctx, "attribute")}
    use = condition_use(ctx, identifiers["ip.startswith"])
    assert use is not None and use.compared
    calls = [n for n in nodes(ctx, "call") if ctx.node_text(n).startswith("check")]
    assert condition_use(ctx, calls[0]) is None


def test_cookie_flag_in_a_condition_is_trusted_once():
    ctx = _ctx("a.py", "python", '''
from flask import request, abort

def admin():
    flag = request.cookies.get("is_admin")
    if flag == "1" and flag:
        return "ok"
    abort(403)
''')
    found = trusted_reads(ctx, PY_HOOKS)
    assert len(found) == 1 and found[0].key == "is_admin" and found[0].how == "condition"


def test_an_app_without_authentication_gets_one_note():
    ctx = _ctx("app.py", "python", '''
from flask import Flask
app = Flask(__name__)

@app.post("/admin/reset")
def reset(): ...

@app.delete("/admin/users/<int:uid>")
def drop_user(uid): ...

@app.get("/items")
def items(): ...
''')
    found = gaps(py_inventory(ctx))
    assert [(g.route.name, g.reason, len(g.others)) for g in found] == [("reset", "no-auth", 1)]


def test_express_mount_guards_reach_the_mounted_router():
    ctx = _ctx("server.js", "javascript", '''
const express = require("express");
const app = express();
const admin = express.Router();
app.use("/admin", requireAdmin, admin);
admin.delete("/users/:id", removeUser);
app.post("/internal/purge", purge);
''')
    routes = {r.name: r for r in js_inventory(ctx).routes}
    assert routes["removeUser"].guarded and routes["removeUser"].guards[0].group
    assert not routes["purge"].guarded


@pytest.mark.parametrize(("text", "private"), [
    ('"./data/invoice-pdfs"', True), ("join(__dirname, '..', 'storage', 'contracts')", True),
    ("settings.RECEIPTS_ROOT", True), ("REPORT_DIR", True), ('"var/db-dumps"', True),
    ("join(__dirname, '..', 'client', 'dist')", False), ("settings.MEDIA_ROOT", False),
    ('"./public"', False), ('"uploads"', False), ("process.env.UPLOAD_DIR", False),
    ('"static"', False),
])
def test_private_folder(text, private):
    assert words.private_folder(text) is private
