"""The code cache (vigilint/code_cache.py) changes nothing but the time: the patterns it builds
from kept code equal what `re` compiles, dataclasses behave the same, a damaged or stale file is
ignored, and a scan of every rule fixture gives the same findings with the cache off, cold
(everything compiled, then saved) and warm (everything read back)."""

from __future__ import annotations

import dataclasses
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from regex_inventory import inventory
from rulefixtures import FIXTURES

from vigilint import code_cache

ROOT = Path(__file__).resolve().parent.parent

needs_regex = pytest.mark.skipif(not code_cache._REGEX_ON,
                                 reason="the regex part is off on this interpreter")


def _from_parts(pattern: str | bytes, flags: int) -> re.Pattern[str]:
    parts = code_cache._regex_parts(pattern, flags)
    built: re.Pattern[str] = code_cache._sre.compile(pattern, parts[0],
                                                     code_cache._words(parts[1]), *parts[2:])
    return built


@needs_regex
def test_every_pattern_of_the_analyzers_and_the_guard_equals_what_re_compiles():
    patterns = inventory()
    assert len(patterns) > 300
    for pattern in patterns:
        regex = pattern.regex
        original = code_cache._original_re_compile(regex.pattern, regex.flags)
        built = _from_parts(regex.pattern, regex.flags)
        assert built == original, str(pattern)  # pattern, flags and code
        assert (built.groups, built.groupindex) == (original.groups, original.groupindex)
        assert regex == original, str(pattern)  # what the modules hold


@needs_regex
@pytest.mark.parametrize(("pattern", "flags"), [
    (r"(?P<user>\w+)@(?P<host>[\w.]+)", 0), (r"(?i)select\s+\*", 0), (rb"\x00+(?=end)", 0),
    (r"^key\s*=\s*(['\"])(.*?)\1$", re.M), (r"[^\W\d]+", re.ASCII), (r"a{2,}|b*?c", re.I | re.S),
])
def test_a_pattern_built_from_kept_code_matches_as_re_does(pattern, flags):
    built = _from_parts(pattern, flags)
    original = code_cache._original_re_compile(pattern, flags)
    assert built == original
    sample = ("x" if isinstance(pattern, str) else b"x") * 3
    text = pattern[:0].join([sample, pattern[:5], sample])
    assert [m.span() for m in built.finditer(text)] == [m.span() for m in original.finditer(text)]


def test_an_invalid_pattern_raises_as_re_does():
    with pytest.raises(re.error):
        re.compile(r"(unclosed-code-cache-probe")


def _fresh_state(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(code_cache, "_codes", {})
    monkeypatch.setattr(code_cache, "_regexes", {})
    monkeypatch.setattr(code_cache, "_tomls", {})
    monkeypatch.setattr(code_cache, "_state", {"installed": True, "dirty": False})
    monkeypatch.setattr(sys, "dont_write_bytecode", False)


def test_the_kept_code_is_read_back_and_used(tmp_path, monkeypatch):
    _fresh_state(monkeypatch)

    @dataclasses.dataclass(frozen=True)
    class Probe:
        name: str
        count: int = 0

    assert code_cache._codes and code_cache._state["dirty"]
    if code_cache._REGEX_ON:
        re.compile(r"code-cache-probe-(?P<n>\d+)", re.I)
        assert any(key[0].startswith("code-cache-probe") for key in code_cache._regexes)
    path = tmp_path / "cache.marshal"
    code_cache.save(path)
    assert path.exists() and not code_cache._state["dirty"]
    codes, regexes = dict(code_cache._codes), dict(code_cache._regexes)
    monkeypatch.setattr(code_cache, "_codes", {})
    monkeypatch.setattr(code_cache, "_regexes", {})
    code_cache.load(path)
    assert code_cache._codes.keys() == codes.keys()
    assert code_cache._regexes == regexes

    @dataclasses.dataclass(frozen=True)
    class Probe2:  # the same field layout: its methods' texts are found, nothing is added
        name: str
        count: int = 0

    assert not code_cache._state["dirty"]
    assert Probe2("a", 1) == Probe2("a", 1) and Probe2("a") != Probe2("b")
    assert repr(Probe2("a", 2)) .endswith("Probe2(name='a', count=2)")
    with pytest.raises(dataclasses.FrozenInstanceError):
        Probe2("a").name = "b"  # type: ignore[misc]
    assert hash(Probe2("a", 1)) == hash(Probe2("a", 1))


@pytest.mark.parametrize("damage", [b"", b"garbage", None])
def test_a_damaged_or_stale_file_is_ignored(tmp_path, monkeypatch, damage):
    _fresh_state(monkeypatch)
    path = tmp_path / "cache.marshal"
    if damage is None:  # a header from another interpreter or format
        path.write_bytes(b"\x00\x00\r\nother-format\n" + b"\xff" * 40)
    else:
        path.write_bytes(code_cache._header() + damage)
    code_cache.load(path)
    assert not code_cache._codes and not code_cache._regexes


def test_nothing_is_written_when_bytecode_is_not_written(tmp_path, monkeypatch):
    _fresh_state(monkeypatch)
    code_cache._added()
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    code_cache.save(tmp_path / "cache.marshal")
    assert not (tmp_path / "cache.marshal").exists()


_SCAN = """
import builtins, dataclasses, json, re, sys
original = re._compiler.compile
import vigilint
if sys.argv[1] == "off":  # as without the cache: Python compiles everything itself
    dataclasses.exec = builtins.exec
    re._compiler.compile = original
from vigilint.analyzers.engine import Engine
from vigilint.analyzers.registry import all_rules
from vigilint import code_cache
loaded = len(code_cache._codes) + len(code_cache._regexes) + len(code_cache._tomls)
engine = Engine(rules=all_rules())
out = []
for path in json.loads(sys.stdin.read()):
    with open(path, encoding="utf-8") as handle:
        analysis = engine.analyze(path, handle.read())
    out.append([[f.model_dump(mode="json") for f in analysis.findings], analysis.errors])
added = len(code_cache._codes) + len(code_cache._regexes) + len(code_cache._tomls) - loaded
print(json.dumps([out, len(code_cache._codes), len(code_cache._regexes),
                  code_cache._state["dirty"], added]))
"""


def test_every_fixture_gives_the_same_findings_with_the_cache_off_cold_and_warm(tmp_path):
    files = sorted(str(p) for p in FIXTURES.rglob("*") if p.is_file())
    assert len(files) > 500
    env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(ROOT),
           "PYTHONPYCACHEPREFIX": str(tmp_path / "pycache")}  # a cache of this test's own
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    def run(mode: str) -> list[object]:
        done = subprocess.run([sys.executable, "-c", _SCAN, mode], input=json.dumps(files),
                              env=env, capture_output=True, text=True, check=False,
                              timeout=900)
        assert done.returncode == 0, done.stderr[-2000:]
        result: list[object] = json.loads(done.stdout)
        return result

    off = run("off")
    cold = run("cold")  # the prefix's cache was empty: compiled here, then saved
    warm = run("warm")  # read back: nothing new compiled
    assert list(tmp_path.joinpath("pycache").rglob("code_cache.*.marshal"))
    assert isinstance(off[0], list) and sum(len(f) for f, _ in off[0]) > 1000
    assert cold[0] == off[0]
    assert warm[0] == off[0]
    assert cold[3] is True and cold[4] > 1000  # the cold run compiled and kept its tables
    # The warm run finds what it needs kept. Not always every entry: on a loaded machine a run
    # now and then compiles a few per-name patterns the other did not (seen 2026-12-07: the
    # weak-random rule's `from secrets import <name>` check; the findings were identical, as
    # asserted above), so a handful of new entries is allowed, a cache that does not work is not.
    assert warm[4] <= max(5, cold[4] // 100), (cold[4], warm[4])


def test_a_kept_toml_table_is_what_tomllib_gives_and_a_fresh_object_each_time(monkeypatch):
    import tomllib

    _fresh_state(monkeypatch)
    text = '[lib]\nname = "probe"\ncalls = ["a.b", "c"]\n[[sink]]\nkind = "sql"\nmax = 3\n'
    first = code_cache.toml_loads(text)
    assert first == tomllib.loads(text) and code_cache._state["dirty"]
    again = code_cache.toml_loads(text)
    assert again == first and again is not first
    again["lib"]["calls"].append("x")
    assert code_cache.toml_loads(text) == first  # a caller's change does not reach the table
    dated = "when = 2026-12-07\n"
    assert code_cache.toml_loads(dated) == tomllib.loads(dated)
    assert dated not in code_cache._tomls
    with pytest.raises(tomllib.TOMLDecodeError):
        code_cache.toml_loads("[unclosed\n")
