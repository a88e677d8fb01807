"""Access control across files (vigilint/analyzers/access/project.py): the scan collects the
project's guard functions, handler registrations, mounted routers and data-access functions,
and each file's analysis reads them. Every service under tests/fixtures/access_project is
scanned whole; its `ruleid:`/`ok:` marks hold for that scan. A file scanned alone keeps
today's one-file behaviour."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from vigilint.analyzers.access.project import AccessFacts, collect, guard_function, module_path
from vigilint.config import Settings
from vigilint.scan import scan

ROOT = Path(__file__).resolve().parents[1] / "fixtures" / "access_project"
SERVICES = sorted(p.name for p in ROOT.iterdir() if p.is_dir())
_MARK = re.compile(r"\b(ruleid|ok):\s*(VG-[A-Z0-9-]+)")


def _marks(folder: Path) -> list[tuple[str, int, str, str]]:
    """(display path, line, kind, rule) of every mark: it holds for the next line."""
    out = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        display = path.relative_to(folder).as_posix()
        for number, line in enumerate(path.read_text().splitlines(), 1):
            for match in _MARK.finditer(line):
                out.append((display, number + 1, match.group(1), match.group(2)))
    return out


def _findings(paths: list[Path]) -> set[tuple[str, int, str]]:
    result = scan(paths, Settings(), jobs=1)
    return {(f.path, f.line, f.rule) for f in result.findings}


@pytest.mark.parametrize("service", SERVICES)
def test_project_scan_matches_the_marks(service: str) -> None:
    folder = ROOT / service
    marks = _marks(folder)
    assert marks, f"{service} has no marks"
    found = _findings([folder])
    for display, line, kind, rule in marks:
        hit = (display, line, rule) in found
        if kind == "ruleid":
            assert hit, f"{service}/{display}:{line} should be flagged by {rule}"
        else:
            assert not hit, f"{service}/{display}:{line} should not be flagged by {rule}"


def test_cross_file_facts_change_what_one_file_shows() -> None:
    """Alone, the handlers' file cannot see the store's unscoped query nor the librarian and
    kiosk guards of their registration; in the project scan it does."""
    folder = ROOT / "go_lending"
    alone = _findings([folder / "handlers.go"])
    whole = _findings([folder])
    rule = "VG-GO-AUTH-002"
    # the store call: found only with the store's facts
    assert ("handlers.go", 21, rule) not in alone
    assert ("handlers.go", 21, rule) in whole
    # a route behind the librarians' guard in main.go: flagged alone, clean in the project
    assert ("handlers.go", 57, rule) in alone
    assert ("handlers.go", 57, rule) not in whole


def test_a_router_mounted_behind_a_guard_elsewhere() -> None:
    folder = ROOT / "js_studio"
    alone = _findings([folder / "routes" / "profile.js"])
    assert any(rule == "VG-JS-AUTH-001" for _, _, rule in alone)  # one file: guessed open
    whole = _findings([folder])
    assert not any(path == "routes/profile.js" and rule == "VG-JS-AUTH-001"
                   for path, _, rule in whole)


def test_collected_facts() -> None:
    folder = ROOT / "go_lending"
    texts = [(p.relative_to(ROOT).as_posix(), p.read_text()) for p in sorted(folder.glob("*.go"))]
    facts = collect(texts)
    assert facts.guards["authenticate"] == [["go_lending", "auth"]]
    assert facts.guards["requireLibrarian"] == [["go_lending", "role"]]
    assert facts.guards["kioskNetwork"] == [["go_lending", "check"]]
    assert facts.handlers["showLoan"] == [["go_lending", "s.authenticate", False]]
    assert facts.handlers["retireTool"][0][1:] == ["s.requireLibrarian", True]
    assert facts.handlers["login"] == [["go_lending", "", False]]
    assert facts.stores["LoanByID"][0][1:] == [1, 2, "read", "loans", False]
    assert facts.stores["MemberLoan"][0][-1] is True  # filtered by the member too
    assert "MemberForSession" not in facts.stores  # keyed by a token, not a record id
    again = AccessFacts.from_dict(facts.to_dict())
    assert again == facts


def test_dependencies_follow_the_facts_a_file_uses() -> None:
    folder = ROOT / "go_lending"
    texts = [(p.relative_to(ROOT).as_posix(), p.read_text()) for p in sorted(folder.glob("*.go"))]
    handlers = dict(texts)["go_lending/handlers.go"]
    before = collect(texts).dependencies(handlers, "go_lending/handlers.go")
    # the librarians' guard now checks only a session: the handlers' digest changes
    changed = [(d, t.replace("!m.IsLibrarian", "m.ID == 0")) for d, t in texts]
    after = collect(changed).dependencies(handlers, "go_lending/handlers.go")
    assert before and after and before != after
    # a change the handlers cannot see leaves it alone
    unrelated = [(d, t + "\n// a note\n") if d.endswith("main.go") else (d, t) for d, t in texts]
    assert collect(unrelated).dependencies(handlers, "go_lending/handlers.go") == before


def test_dependencies_follow_open_mounts_and_open_writes() -> None:
    """The facts of unguarded mounts and of unguarded Java writes reach the files that use
    them: the mounted module's digest and a permit-all security chain's digest change with them."""
    facts = AccessFacts(open_mounts={"routes/ops": [["ops", "/ops", "requireAuth"]]})
    router = "const router = express.Router()\nmodule.exports = router\n"
    assert facts.dependencies(router, "routes/ops.js") != AccessFacts(
        handlers={"x": [["", "", False]]}).dependencies(router, "routes/ops.js")
    chain = "http.authorizeHttpRequests(a -> a.requestMatchers(\"/ops/**\").permitAll());"
    one = AccessFacts(open_writes=[["/ops/purge", ["POST"], "OpsController.java"]])
    two = AccessFacts(open_writes=[["/ops/reset", ["POST"], "OpsController.java"]])
    assert one.dependencies(chain, "SecurityConfig.java") != two.dependencies(
        chain, "SecurityConfig.java")
    # a file with no permit-all matcher does not depend on them
    plain = "class Other {}"
    assert one.dependencies(plain, "Other.java") == two.dependencies(plain, "Other.java")


def test_cached_scan_sees_a_guard_change_in_another_file(tmp_path: Path) -> None:
    folder = tmp_path / "svc"
    shutil.copytree(ROOT / "go_lending", folder)
    (tmp_path / ".git").mkdir()
    rule = "VG-GO-AUTH-002"
    first = scan([folder], Settings(), jobs=1, cache=True)
    assert not any(f.path == "handlers.go" and f.line == 57 and f.rule == rule
                   for f in first.findings)
    main = folder / "main.go"
    main.write_text(main.read_text().replace(
        'r.With(s.requireLibrarian).Put("/loans/{id}/overdue"', 'r.Put("/loans/{id}/overdue"'))
    second = scan([folder], Settings(), jobs=1, cache=True)
    fresh = scan([folder], Settings(), jobs=1)
    assert sorted(map(str, second.findings)) == sorted(map(str, fresh.findings))
    assert any(f.path == "handlers.go" and f.line == 57 and f.rule == rule
               for f in second.findings)


@pytest.mark.parametrize("written, name", [
    ("s.requireAgent", "requireAgent"), ("requireKeeper()", "requireKeeper"),
    ("Depends(current_user)", "current_user"), ("UseGuards(JwtAuthGuard)", "JwtAuthGuard"),
    ("auth.RequireRider()", "RequireRider"),
])
def test_guard_function(written: str, name: str) -> None:
    assert guard_function(written) == name


@pytest.mark.parametrize("display, module", [
    ("routes/members.js", "routes/members"), ("src/api/index.ts", "src/api"),
    ("a.b/c", "a.b/c"),
])
def test_module_path(display: str, module: str) -> None:
    assert module_path(display) == module


def test_an_app_that_authenticates_in_other_files_gets_no_no_auth_note() -> None:
    folder = ROOT / "js_fastify_kennel"
    alone = scan([folder / "server.js"], Settings(), jobs=1).findings
    whole = scan([folder], Settings(), jobs=1).findings
    note = [f for f in alone if f.rule == "VG-JS-AUTH-001"]
    assert note and "No route of this app checks" in note[0].message
    gap = [f for f in whole if f.rule == "VG-JS-AUTH-001" and f.path == "server.js"]
    assert len(gap) == 1 and "authenticates its other routes" in gap[0].message
    assert "`identify`" in gap[0].message


def test_a_caller_helper_of_another_file_ties_records_to_the_caller() -> None:
    folder = ROOT / "go_echo_invoices"
    found = _findings([folder])
    assert ("invoices.go", 54, "VG-GO-AUTH-002") in found  # no check at all
    assert not any(line in (23, 41) for path, line, _ in found if path == "invoices.go")


def test_next_middleware_matcher_and_sibling_route_files() -> None:
    folder = ROOT / "ts_next_clinic"
    whole = scan([folder], Settings(), jobs=1).findings
    purge = [f for f in whole if f.path == "pages/api/maintenance/purge.ts"]
    assert len(purge) == 1 and "`requirePatient`" in purge[0].message
    # the admin route is under the middleware's matcher: neither a gap nor an IDOR
    assert not any(f.path == "pages/api/admin/rota.ts" for f in whole
                   if f.rule.startswith("VG-JS-AUTH"))
    alone = _findings([folder / "pages" / "api" / "maintenance" / "purge.ts"])
    assert not any(rule == "VG-JS-AUTH-001" for _, _, rule in alone)  # one file: no siblings


@pytest.mark.parametrize("pattern, url, expected", [
    ("/api/admin/:path*", "/api/admin/rota", True),
    ("/api/admin/:path*", "/api/admin", True),
    ("/api/admin/:path*", "/api/visits/[id]", False),
    ("/dashboard/:id", "/dashboard/7", True),
])
def test_next_matchers(pattern: str, url: str, expected: bool) -> None:
    from vigilint.analyzers.access.project import _matches

    assert _matches(pattern, url) is expected


def test_fastapi_router_included_behind_a_dependency() -> None:
    folder = ROOT / "py_roster"
    alone = _findings([folder / "app" / "routers" / "squads.py"])
    assert any(rule == "VG-PY-AUTH-001" for _, _, rule in alone)  # one file: guessed open
    whole = _findings([folder])
    assert not any(path == "app/routers/squads.py" and rule == "VG-PY-AUTH-001"
                   for path, _, rule in whole)
    # the router included without the dependency keeps its finding
    assert any(path == "app/routers/public.py" and rule == "VG-PY-AUTH-001"
               for path, _, rule in whole)


def test_django_urlconfs_say_which_functions_are_views() -> None:
    """A module-level function taking `request` is a view when the project's URLconfs route
    to it (through `login_required(...)`, an import or a module) or a view decorator marks
    it; the flow helpers the views call are not, in the project scan. Alone, a file keeps
    the one-file guess."""
    folder = ROOT / "py_django_surgery"
    facts = collect([(p.relative_to(folder).as_posix(), p.read_text())
                     for p in sorted(folder.rglob("*.py"))])
    assert facts.django_views["monthly_export"] == ["reports"]
    assert facts.django_views["dashboard"] == ["views"]
    assert facts.django_views["LoginView"] == ["views"]
    assert "archive_patient" not in facts.django_views
    alone = _findings([folder / "surgery" / "flows.py"])
    assert ("flows.py", 23, "VG-PY-AUTH-001") in alone
    whole = _findings([folder])
    assert not {f for f in whole if f[0] == "surgery/flows.py"}
