"""The engine's fast paths give the same answers as the plain code they replace."""

from __future__ import annotations

import subprocess
import sys
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath

import pytest

from vigilint.analyzers import engine as engine_module
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.engine import Engine, _path_matches
from vigilint.analyzers.imports import call_name, dotted
from vigilint.config import Settings
from vigilint.model import Rule


def _reference_path_matches(path: str, patterns: tuple[str, ...]) -> bool:
    if not patterns:
        return True
    name = PurePosixPath(path).name
    for pattern in patterns:
        if "/" not in pattern:
            if fnmatch(name, pattern) or fnmatch(name.lower(), pattern.lower()):
                return True
        elif fnmatch(path, pattern) or fnmatch(path, "*/" + pattern.lstrip("*/")):
            return True
    return False


PATTERNS = [
    (), ("Dockerfile",), ("*.prompt.md", ".github/copilot-instructions.md",
                          ".github/instructions/*.md", ".cursor/rules/*", "AGENTS.md"),
    (".github/workflows/*.yml", "**/.gitlab-ci.yml"), ("*.[ch]", "file?.txt", "[!a]*.py"),
    ("*/deploy/*.yaml",),
]
PATHS = ["Dockerfile", "dockerfile", "sub/Dockerfile", "a.prompt.md", "x/A.PROMPT.MD",
         ".github/copilot-instructions.md", "repo/.github/instructions/x.md",
         ".cursor/rules/r", "AGENTS.md", "agents.md", ".github/workflows/ci.yml",
         "a/b/.github/workflows/ci.yml", ".gitlab-ci.yml", "x/.gitlab-ci.yml", "m.c", "M.H",
         "file1.txt", "file10.txt", "b.py", "a.py", "deploy/k.yaml", "x/deploy/k.yaml", ""]


@pytest.mark.parametrize("patterns", PATTERNS)
def test_path_matches_is_fnmatch(patterns):
    for path in PATHS:
        assert _path_matches(path, patterns) == _reference_path_matches(path, patterns), path


def _rule(rule_id: str, **kw) -> Rule:
    return Rule(id=rule_id, name="r", category="injection", languages=("python",), cwe=(78,),
                likelihood="likely", impact="high", confidence="high", message="m", **kw)


def test_selection_follows_prefilters_and_paths_and_is_memoised():
    rules = [
        _rule("VG-T-001", node_kinds=("call",), check=lambda ctx, node: True,
              prefilter=("os.system", "popen")),
        _rule("VG-T-002", node_kinds=("call",), check=lambda ctx, node: True),
        _rule("VG-T-003", node_kinds=("call",), check=lambda ctx, node: True,
              paths=("setup.py",)),
    ]
    engine = Engine(rules=rules)
    plan = engine.plan("python")
    ids = {id(r): r.id for r in rules}

    def active(path: str, text: str) -> set[str]:
        chosen, _ = plan.select(path, text)
        return {ids[i] for i in chosen}

    assert active("a.py", "f()") == {"VG-T-002"}
    assert active("a.py", "os.popen('x')") == {"VG-T-001", "VG-T-002"}
    assert active("pkg/setup.py", "f()") == {"VG-T-002", "VG-T-003"}
    assert active("b.py", "g()") == {"VG-T-002"}
    assert len(plan._selections) == 3  # a.py and b.py share one
    findings = engine.analyze("a.py", "os.popen('x')\n").findings
    assert sorted(f.rule for f in findings) == ["VG-T-001", "VG-T-002"]
    # the reduced mode (categories) takes the same decisions
    reduced = engine.analyze("a.py", "os.popen('x')\n", categories=frozenset({"injection"}))
    assert [f.rule for f in reduced.findings] == [f.rule for f in findings]


def test_selection_cache_is_bounded(monkeypatch):
    monkeypatch.setattr(engine_module, "_MAX_SELECTIONS", 2)
    engine = Engine(rules=[_rule("VG-T-001", node_kinds=("call",), check=lambda c, n: True,
                                 prefilter=("a", "b", "c"))])
    plan = engine.plan("python")
    for text in ("a", "b", "c", "ab"):
        plan.select("x.py", text)
    assert len(plan._selections) <= 2


@pytest.mark.parametrize("text", ["import os\nos.path.join('a', 'b')\n",
                                  "x = 'é'\nos.path.join('ü', 'b')\n"])
def test_node_text_and_dotted_on_ascii_and_unicode(text):
    engine = Engine(rules=[])
    ctx = FileContext(path="a.py", language="python", text=text)
    ctx.tree = engine.parse("python", ctx.source)
    assert ctx.tree is not None
    call = next(n for n in ctx.walk() if n.type == "call")
    assert ctx.node_text(call) == ctx.source[call.start_byte:call.end_byte].decode()
    assert dotted(ctx, call.child_by_field_name("function")) == "os.path.join"
    assert call_name(ctx, call) == "os.path.join"
    assert call_name(ctx, call) == "os.path.join"  # memoised


def test_context_with_given_source_decodes_bytes():
    ctx = FileContext(path="a.py", language="python", text="ab", source=b"xy")
    assert not ctx._ascii_source


def test_forked_workers_reuse_the_parent_engine(tmp_path, monkeypatch):
    from vigilint import scan as scan_module

    settings = Settings()
    engine = Engine(settings=settings)
    monkeypatch.setattr(scan_module, "_parent", (engine, settings, settings.model_dump_json()))
    scan_module._init_worker(settings.model_dump_json())
    assert scan_module._worker_engine is engine
    # another configuration (or a spawned worker, which has no parent) builds its own
    other = Settings(disabled_rules=["VG-PY-DESER-001"])
    scan_module._init_worker(other.model_dump_json())
    assert scan_module._worker_engine is not engine
    assert "VG-PY-DESER-001" not in {r.id for r in scan_module._worker_engine.rules}


def test_pool_scan_matches_single_process(tmp_path):
    from vigilint.scan import scan

    for i in range(30):
        (tmp_path / f"m{i}.py").write_text(f"import os\nos.system(input())  # {i}\n"
                                           "import yaml\nyaml.load(open('f'))\n")
    (tmp_path / "Dockerfile").write_text("FROM python\nUSER root\n")
    one = scan([tmp_path], Settings(), jobs=1)
    two = scan([tmp_path], Settings(), jobs=2)
    assert one.findings == two.findings and one.notices == two.notices
    assert one.files_scanned == two.files_scanned == 31


def test_single_process_scan_unfreezes_the_collector(tmp_path):
    """A one-process scan freezes the rules and plans out of the cyclic collector while it
    analyses the files (as a pool does before it forks), and unfreezes them after."""
    import gc

    from vigilint.scan import scan

    (tmp_path / "a.py").write_text("import yaml\nyaml.load(open('f'))\n")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01binary")
    before = gc.get_freeze_count()
    result = scan([tmp_path], Settings(), jobs=1)
    assert [f.rule for f in result.findings] == ["VG-PY-DESER-001"]
    assert gc.get_freeze_count() == before


def test_scan_command_imports_only_what_it_needs(tmp_path):
    code = ("import sys; from vigilint.cli import main; main(['scan', sys.argv[1], '-q']); "
            "print(sorted(m for m in sys.modules if m.startswith(('vigilint.server', "
            "'vigilint.cli.', 'pygls'))))")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True,
                         text=True, check=True, cwd=Path(__file__).parent.parent).stdout
    assert out.strip().splitlines()[-1] == "['vigilint.cli.scan']"


def test_discovered_display_paths_are_the_resolved_ones(tmp_path):
    from vigilint.scan import _display, discover, scan_root

    (tmp_path / "pkg" / "sub").mkdir(parents=True)
    (tmp_path / "pkg" / "a.py").write_text("x = 1\n")
    (tmp_path / "pkg" / "sub" / "b.py").write_text("y = 2\n")
    outside = tmp_path.parent / f"{tmp_path.name}-outside.py"
    outside.write_text("z = 3\n")
    (tmp_path / "pkg" / "link.py").symlink_to(tmp_path / "pkg" / "a.py")
    (tmp_path / "pkg" / "out.py").symlink_to(outside)
    (tmp_path / "pkg" / "dirlink").symlink_to(tmp_path / "pkg" / "sub")
    paths = [tmp_path / "pkg"]
    root = scan_root(paths)
    displays: dict[Path, str] = {}
    notices: list[str] = []
    files = list(discover(paths, root, Settings(), notices, displays))
    # dirlink/ leads inside the scanned folder: its files are scanned at their real place,
    # once; link.py (a file inside) is scanned under its own name; out.py leads outside the
    # scanned folder: skipped with a notice
    assert sorted(displays[p] for p in files) == ["a.py", "link.py", "sub/b.py"]
    plain = [p for p in files if not p.is_symlink()]
    assert [displays[p] for p in plain] == [_display(p, root) for p in plain]
    assert [n.split(":")[0] for n in notices] == ["out.py"]


FIXTURES = Path(__file__).parent / "fixtures"
PYTHON_FIXTURES = sorted(p for p in FIXTURES.rglob("*.py") if p.is_file())
_STRINGS = ["'a'", '"GET"', "''", '""', "'a\"b'", '"it\'s"', "'''x'''", '"""doc"""', "'a\\nb'",
            "'tab\there'", "'\x00'", "'é'", "'😀'", "r'x'", "b'x'", "u'x'", "'unterminated",
            "'a' 'b'", "'/users/<int:id>'", "'{x}'", "'\\\\'"]


def _python_context(text: str) -> FileContext:
    ctx = FileContext(path="a.py", language="python", text=text)
    ctx.tree = Engine(rules=[]).parse("python", ctx.source)
    return ctx


def _reference_string_value(text: str) -> str | None:
    import ast

    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return value if isinstance(value, str) else None


def test_plain_string_literals_read_as_literal_eval():
    """`string_value`'s fast path (no compilation of plain literals) gives what
    `ast.literal_eval` gives, on every string of the Python fixtures and hand-written ones."""
    from vigilint.analyzers.syntax import python
    from vigilint.analyzers.syntax.python import _plain_literal

    plain = 0
    for text in [*_STRINGS, *(p.read_text(encoding="utf-8", errors="replace")
                              for p in PYTHON_FIXTURES)]:
        ctx = _python_context(text)
        sem = python(ctx)
        for node in ctx.walk():
            if node.type != "string" or any(c.type == "interpolation"
                                             for c in node.named_children):
                continue
            literal = ctx.node_text(node)
            plain += _plain_literal(literal)
            assert sem.string_value(node) == _reference_string_value(literal), literal
    for text in _STRINGS:
        if _plain_literal(text):
            assert _reference_string_value(text) == text[1:-1], text
    assert plain > 1000  # the fast path is exercised


def test_imports_any_is_the_prefix_test():
    """`imports_any` from the set of import heads equals `v == p or v.startswith(p + ".")`
    over every import of every Python fixture."""
    from vigilint.analyzers.syntax import python

    cases = [("",), ("os",), ("os.path",), ("flask",), ("flask.",), ("jwt", "jose"),
             ("django.contrib.auth",), ("django.contrib",), ("rest_framework.permissions",),
             ("yaml",), ("hashlib", "Crypto"), ("Crypto.Cipher",), (".",), ("..models",)]
    checked = 0
    for path in PYTHON_FIXTURES:
        sem = python(_python_context(path.read_text(encoding="utf-8", errors="replace")))
        values = list(sem.imports().values())
        prefixes_seen = {v[:i] for v in values for i in range(len(v) + 1)}
        for prefixes in [*cases, *((p,) for p in sorted(prefixes_seen)[:40])]:
            expected = any(v == p or v.startswith(p + ".") for v in values for p in prefixes)
            assert sem.imports_any(prefixes) == expected, (path, prefixes)
            checked += expected
    assert checked > 100


def test_trees_are_shared_within_a_scan_only() -> None:
    """Inside `sharing_trees`, a parse of bytes already parsed gives that tree, the engine
    takes it out once, and sources past the limit are parsed but not kept; outside, parsers
    and the engine parse as always."""
    from tree_sitter import Parser

    from vigilint.analyzers.languages import parser_for, sharing_trees, take_tree

    source = b"import os\n\ndef f(x):\n    return os.path.join('a', x)\n"
    big = b"x = 1\n" * 20
    assert isinstance(parser_for("python"), Parser)
    with sharing_trees(len(source) + 4) as share:
        first = parser_for("python").parse(source)
        assert parser_for("python").parse(source) is first
        assert parser_for("python").parse(big) is not parser_for("python").parse(big)
        assert share.size == len(source)
        assert Engine().parse("python", source) is first  # handed over...
        assert take_tree("python", source) is None  # ...once
        assert share.size == 0
        again = Engine().parse("python", source)
        assert again is not first and str(again.root_node) == str(first.root_node)
    assert take_tree("python", source) is None
    assert isinstance(parser_for("python"), Parser)


def test_a_scan_finds_the_same_with_and_without_shared_trees(tmp_path, monkeypatch) -> None:
    """Files that import each other (dataflow summaries, access facts): the findings, fixes
    and notices of a scan are the same whether the analyses get the project index's trees or
    parse again."""
    import shutil

    from vigilint import scan as scan_module

    fixtures = Path(__file__).parent / "fixtures" / "rules"
    for rule in ("VG-PY-INJ-004", "VG-PY-INJ-001", "VG-PY-AUTH-001", "VG-JS-INJ-001"):
        if (fixtures / rule).is_dir():
            shutil.copytree(fixtures / rule, tmp_path / rule)
    shared = scan_module.scan([tmp_path], Settings(), jobs=1)
    monkeypatch.setattr(scan_module, "SHARED_TREE_BYTES", 0)
    parsed = scan_module.scan([tmp_path], Settings(), jobs=1)
    assert shared.findings and shared.files_scanned == parsed.files_scanned
    assert [f.model_dump() for f in shared.findings] == [f.model_dump() for f in parsed.findings]
    assert shared.notices == parsed.notices
