"""Per-function summaries and the project index: stable, hashable, JSON round-trip; a helper
module that wraps a sink is a sink for its callers in other files, reported once at the call
site with the source and the inner sink as related locations."""

from __future__ import annotations

import json
import textwrap

import jsonschema
from test_sarif import SCHEMA

from vigilint.analyzers.dataflow.project import ProjectIndex, build_index, imported_files, summarize
from vigilint.analyzers.dataflow.summary import Summary, definition_key
from vigilint.analyzers.engine import Engine
from vigilint.model import Finding
from vigilint.report import sarif

DB = textwrap.dedent("""\
    import sqlite3
    from flask import request

    def connect():
        return sqlite3.connect("app.db")

    def find_user(name):
        cur = connect().cursor()
        cur.execute("SELECT * FROM users WHERE name = '%s'" % name)
        return cur.fetchone()

    def find_user_safely(name):
        cur = connect().cursor()
        cur.execute("SELECT * FROM users WHERE name = ?", (name,))
        return cur.fetchone()

    def search_term():
        return request.args.get("term", "")

    def shout(text):
        return text.upper()

    def escape_like(text):
        return text.replace("%", "\\\\%").replace("_", "\\\\_")

    class Repo:
        def delete(self, key):
            connect().execute(f"DELETE FROM t WHERE k = {key}")
    """)

VIEWS = textwrap.dedent("""\
    import subprocess
    from flask import Flask, request
    from shop.db import Repo, find_user, find_user_safely, search_term, shout

    app = Flask(__name__)

    @app.route("/user")
    def user():
        return str(find_user(request.args["name"]))

    @app.route("/user2")
    def user2():
        return str(find_user_safely(request.args["name"]))

    @app.route("/grep")
    def grep():
        subprocess.run("grep " + search_term(), shell=True)
        return "ok"

    @app.route("/echo")
    def echo():
        subprocess.run("echo " + shout(request.args["w"]), shell=True)
        return "ok"

    def internal():
        return find_user("admin")
    """)


def _index() -> ProjectIndex:
    return build_index([("shop/db.py", DB), ("shop/views.py", VIEWS)])


def test_summaries_say_what_reaches_sinks_and_returns():
    index = _index()
    find = index.get("shop.db.find_user")
    assert [(s.param, s.kind, s.path, s.line) for s in find.sinks] == [(0, "sql", "shop/db.py", 9)]
    assert not index.get("shop.db.find_user_safely").sinks
    assert index.get("shop.db.search_term").returns.labels == {"http"}
    assert index.get("shop.db.shout").returns.params == ((0, frozenset()),)
    delete = index.get("shop.db.Repo.delete")
    assert [(s.param, s.kind) for s in delete.sinks] == [(1, "sql")]  # `self` is param 0
    assert index.get("shop.db.connect").returns.labels == frozenset()


def test_summaries_are_stable_hashable_and_round_trip():
    first = {s.name: s for s in summarize("shop/db.py", DB)}
    again = {s.name: s for s in summarize("shop/db.py", DB)}
    for name, summary in first.items():
        assert summary == again[name]
        assert hash(summary) == hash(again[name])
        assert summary.digest() == again[name].digest()
        data = json.loads(json.dumps(summary.to_dict()))
        assert Summary.from_dict(data) == summary
    changed = {s.name: s for s in summarize("shop/db.py", DB.replace("users", "members"))}
    assert changed["shop.db.find_user"].key != first["shop.db.find_user"].key
    assert changed["shop.db.find_user"].digest() != first["shop.db.find_user"].digest()


def test_definition_key_covers_text_and_callees():
    assert definition_key("def f(): pass") == definition_key("def f(): pass")
    assert definition_key("def f(): pass") != definition_key("def f():  pass")
    assert definition_key("x", ["a", "b"]) == definition_key("x", ["b", "a"])
    assert definition_key("x", ["a"]) != definition_key("x", ["b"])


def test_index_resolves_by_dotted_suffix():
    index = ProjectIndex(summarize("src/shop/db.py", DB))
    assert index.resolve("shop.db.find_user").name == "src.shop.db.find_user"
    assert index.resolve("find_user") is None  # a bare name is never guessed
    assert "find_user" in index.wrapper_names
    assert index.mentions("x = find_user(y)", ["sql"])
    assert not index.mentions("x = find_user(y)", ["command"])


def test_index_resolves_across_path_elements_and_deeper_importer_roots():
    from dataclasses import replace

    base = summarize("src/shop/db.py", DB)[0]
    index = ProjectIndex([replace(base, name="internal/db.FindUser"),
                          replace(base, name="internal/db.Repo.Find")])
    assert index.resolve("example.com/app/internal/db.FindUser").name == "internal/db.FindUser"
    assert index.resolve("db.Repo.Find").name == "internal/db.Repo.Find"
    assert index.resolve("example.com/app/other.FindUser") is None
    assert index.resolve("FindUser") is None


def _findings(index: ProjectIndex | None) -> list[Finding]:
    return Engine().analyze("shop/views.py", VIEWS, project=index).findings


def test_a_wrapper_in_another_file_is_a_sink_at_its_call_site():
    findings = [f for f in _findings(_index()) if f.rule == "VG-PY-INJ-001"]
    assert [(f.line, f.likelihood) for f in findings] == [(9, "very-likely")]
    related = findings[0].related
    assert [(r.path, r.line) for r in related] == [("shop/views.py", 9), ("shop/db.py", 9)]
    assert "request.args" in findings[0].message


def test_sources_and_propagation_cross_files():
    commands = {f.line: f for f in _findings(_index()) if f.rule == "VG-PY-INJ-002"}
    assert commands[17].likelihood == "very-likely"  # search_term() returns request data
    assert commands[17].related[0].path == "shop/db.py"
    assert commands[22].likelihood == "very-likely"  # shout() passes its argument through


def test_without_the_index_nothing_crosses_files():
    findings = _findings(None)
    assert not [f for f in findings if f.rule == "VG-PY-INJ-001"]
    commands = {f.line: f.likelihood for f in findings if f.rule == "VG-PY-INJ-002"}
    assert commands[17] == "possible"


def test_the_wrapper_file_reports_its_own_unknown_origin_sink_once():
    findings = Engine().analyze("shop/db.py", DB, project=_index()).findings
    assert [(f.rule, f.line, f.likelihood) for f in findings if f.rule == "VG-PY-INJ-001"] == [
        ("VG-PY-INJ-001", 9, "possible"), ("VG-PY-INJ-001", 28, "possible")]


def test_only_files_others_import_are_summarized():
    files = [("shop/db.py", DB), ("shop/views.py", VIEWS), ("tools/cli.py", "print(1)\n")]
    assert [p for p, _ in imported_files(files)] == ["shop/db.py"]
    go_files = [("internal/db/users.go", "package db\n"), ("tools/gen.go", "package main\n"),
                ("cmd/api/main.go", 'package main\n\nimport (\n\t"fmt"\n\n'
                                    '\tstore "example.com/app/internal/db"\n)\n')]
    assert [p for p, _ in imported_files(go_files)] == ["internal/db/users.go"]


def test_related_locations_reach_sarif(tmp_path):
    findings = _findings(_index())
    engine = Engine()
    report = sarif.build(findings, engine.rules, tmp_path)
    jsonschema.validate(report, SCHEMA)
    results = [r for r in report["runs"][0]["results"] if r["ruleId"] == "VG-PY-INJ-001"]
    locations = results[0]["relatedLocations"]
    assert [loc["physicalLocation"]["artifactLocation"]["uri"] for loc in locations] == [
        "shop/views.py", "shop/db.py"]
    assert locations[0]["physicalLocation"]["region"]["startLine"] == 9
    assert "untrusted input enters here" in locations[0]["message"]["text"]


FETCHER = textwrap.dedent("""\
    package com.example.feeds;

    import org.springframework.web.client.RestTemplate;

    public class FeedFetcher {
        private final RestTemplate rest = new RestTemplate();

        public String download(String address) {
            return rest.getForObject(address, String.class);
        }
    }
    """)

FEED_CONTROLLER = textwrap.dedent("""\
    package com.example.feeds;

    import org.springframework.web.bind.annotation.*;

    @RestController
    public class FeedController {
        private final FeedFetcher fetcher;

        public FeedController(FeedFetcher fetcher) {
            this.fetcher = fetcher;
        }

        @GetMapping("/feed")
        public String feed(@RequestParam String address) {
            return fetcher.download(address);
        }
    }
    """)


def test_java_classes_of_one_package_need_no_import_to_cross_files():
    files = [("src/com/example/feeds/FeedFetcher.java", FETCHER),
             ("src/com/example/feeds/FeedController.java", FEED_CONTROLLER),
             ("src/com/example/other/Unused.java", "package com.example.other;\nclass Unused {}\n")]
    assert [p for p, _ in imported_files(files)] == ["src/com/example/feeds/FeedFetcher.java"]
    findings = Engine().analyze(files[1][0], FEED_CONTROLLER, project=build_index(files)).findings
    assert [(f.rule, f.line, f.likelihood) for f in findings if f.category == "ssrf"] == [
        ("VG-JAVA-SSRF-001", 15, "very-likely")]


HEADERS = textwrap.dedent("""\
    import base64

    def origin_of(headers):
        return headers.get("Origin", "").lower()

    def basic_user(headers):
        token = headers.get("Authorization", "")[6:]
        return base64.b64decode(token).decode().partition(":")[0]
    """)

AUDIT = textwrap.dedent("""\
    import logging
    from flask import request
    from web.headers import basic_user, origin_of

    log = logging.getLogger(__name__)

    def audit():
        log.info("origin %s", origin_of(request.headers))
        log.info("user %s", basic_user(request.headers))
    """)


def test_a_decoder_in_another_file_gives_up_the_header_guarantee():
    index = build_index([("web/headers.py", HEADERS), ("web/audit.py", AUDIT)])
    assert index.get("web.headers.basic_user").returns.params == ((0, frozenset({"!log"})),)
    assert index.get("web.headers.origin_of").returns.params == ((0, frozenset()),)
    found = Engine().analyze("web/audit.py", AUDIT, project=index).findings
    assert [f.line for f in found if f.rule == "VG-PY-LOG-002"] == [9]
    data = json.loads(json.dumps(index.get("web.headers.basic_user").to_dict()))
    assert Summary.from_dict(data) == index.get("web.headers.basic_user")


def test_a_file_whose_summary_fails_is_a_notice_not_a_stopped_scan(tmp_path, monkeypatch):
    """One file the index cannot summarize (a bug in a language layer) costs the calls into
    that file, said in a notice; the other files are analysed and reported as usual, and the
    broken index is not cached (once fixed, the next scan builds it whole)."""
    from vigilint.analyzers.dataflow import project
    from vigilint.config import Settings
    from vigilint.scan import scan

    (tmp_path / "shop").mkdir()
    (tmp_path / "shop" / "db.py").write_text(DB)
    (tmp_path / "shop" / "views.py").write_text(VIEWS)
    real = project.summarize

    def broken(path, text, project=None):
        if path.endswith("db.py"):
            raise RecursionError("maximum recursion depth exceeded")
        return real(path, text, project=project)

    monkeypatch.setattr(project, "summarize", broken)
    result = scan([tmp_path], Settings(), jobs=1, cache=True)
    assert any("shop/db.py" in n and "RecursionError" in n for n in result.notices)
    rules = {(f.path, f.rule) for f in result.findings}
    assert ("shop/views.py", "VG-PY-INJ-002") in rules  # the other file is still analysed
    assert ("shop/db.py", "VG-PY-INJ-001") in rules  # and the failed file itself too
    monkeypatch.setattr(project, "summarize", real)
    again = scan([tmp_path], Settings(), jobs=1, cache=True)
    assert not [n for n in again.notices if "summarized" in n]
    assert ("shop/views.py", 9, "VG-PY-INJ-001") in {(f.path, f.line, f.rule)
                                                      for f in again.findings}


ACCOUNTS = textwrap.dedent("""\
    from django.conf import settings
    from django.shortcuts import resolve_url
    from django.utils.http import url_has_allowed_host_and_scheme

    class Adapter:
        def __init__(self, request=None):
            self.request = request

        def is_safe_url(self, url):
            return url_has_allowed_host_and_scheme(url, allowed_hosts={self.request.get_host()})

        def login_url(self, request):
            return resolve_url(settings.LOGIN_REDIRECT_URL)

    def get_adapter(request=None):
        return Adapter(request)

    def param(request, name):
        return request.POST.get(name) or request.GET.get(name)

    def next_url(request):
        target = param(request, "next")
        if target and not get_adapter(request).is_safe_url(target):
            target = None
        return target

    def next_unchecked(request):
        return param(request, "next")

    def after_login(request, url=None):
        return url or next_url(request) or get_adapter(request).login_url(request)
    """)

ACCOUNT_VIEWS = textwrap.dedent("""\
    from django.http import HttpResponseRedirect
    from accounts.utils import after_login, next_unchecked

    def login_done(request):
        return HttpResponseRedirect(after_login(request))

    def login_raw(request):
        return HttpResponseRedirect(next_unchecked(request))

    def login_given(request):
        return HttpResponseRedirect(after_login(request, request.GET["to"]))
    """)


def test_the_projects_own_host_check_and_objects_built_from_the_request_cross_files():
    """`get_adapter(request).is_safe_url(target)` is a host check; an adapter built from the
    request is no request data, so a helper that returns its choice returns none either."""
    index = build_index([("accounts/utils.py", ACCOUNTS), ("accounts/views.py", ACCOUNT_VIEWS)])
    assert index.get("accounts.utils.get_adapter").returns.labels == frozenset()
    assert index.get("accounts.utils.next_url").returns.labels == frozenset()
    assert index.get("accounts.utils.next_unchecked").returns.labels == {"http"}
    findings = Engine().analyze("accounts/views.py", ACCOUNT_VIEWS, project=index).findings
    assert sorted((f.line, f.likelihood) for f in findings if f.rule == "VG-PY-INJ-010") == [
        (8, "very-likely"), (11, "very-likely")]


LOGINS = textwrap.dedent("""\
    class PendingLogin:
        def __init__(self, user, state):
            self.user = user
            self.state = state

        def get_redirect_url(self, request):
            return self.state.get("next") or "/"

        def requested_url(self, request):
            return request.GET.get("next", "/")

    def from_token(token):
        return PendingLogin(None, {"token": token})
    """)

LOGIN_FLOWS = textwrap.dedent("""\
    from django.http import HttpResponseRedirect
    from accounts.logins import PendingLogin

    def finish(request, login: PendingLogin):
        return HttpResponseRedirect(login.get_redirect_url(request))

    def finish_as_asked(request, login: PendingLogin):
        return HttpResponseRedirect(login.requested_url(request))

    def finish_untyped(request, login):
        return HttpResponseRedirect(login.get_redirect_url(request))
    """)

LOGIN_VIEWS = textwrap.dedent("""\
    from accounts.flows import finish, finish_as_asked, finish_untyped
    from accounts.logins import from_token

    def callback(request):
        return finish(request, from_token(request.POST["token"]))

    def callback_asked(request):
        return finish_as_asked(request, from_token(request.POST["token"]))

    def callback_untyped(request):
        return finish_untyped(request, from_token(request.POST["token"]))
    """)


def test_a_method_of_a_parameters_declared_class_is_its_summary():
    """`login.get_redirect_url(request)` with `login: PendingLogin` is the project class's
    method: it returns what the object stored, not the request data the object was built
    from; a method that reads the request still does. Untyped, the object's taint stays."""
    files = [("accounts/logins.py", LOGINS), ("accounts/flows.py", LOGIN_FLOWS),
             ("accounts/views.py", LOGIN_VIEWS)]
    index = build_index(files)
    assert not index.get("accounts.flows.finish").sinks
    assert index.get("accounts.flows.finish_untyped").sinks
    findings = Engine().analyze("accounts/views.py", LOGIN_VIEWS, project=index).findings
    assert sorted(f.line for f in findings if f.rule == "VG-PY-INJ-010") == [11]
    flows = Engine().analyze("accounts/flows.py", LOGIN_FLOWS, project=index).findings
    assert [(f.line, f.likelihood) for f in flows if f.rule == "VG-PY-INJ-010"] == [
        (8, "very-likely")]
