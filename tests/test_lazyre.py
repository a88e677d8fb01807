"""`lazyre.compile` (vigilint/lazyre.py) is `re.compile` done at first use."""

from __future__ import annotations

import copy
import pickle
import re

from vigilint import lazyre
from vigilint.analyzers.secrets import filters


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    lazy = lazyre.compile(r"(?P<key>api[_-]?key)\s*=\s*(\w+)", re.IGNORECASE)
    eager = re.compile(r"(?P<key>api[_-]?key)\s*=\s*(\w+)", re.IGNORECASE)
    assert "compiled" not in vars(lazy)  # nothing compiled yet
    text = "API_KEY = abc; api-key=def"
    assert lazy.search(text).group("key") == eager.search(text).group("key")  # type: ignore[union-attr]
    assert "compiled" in vars(lazy) and lazy.compiled.pattern == eager.pattern  # type: ignore[attr-defined]
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.sub("-", text) == eager.sub("-", text)
    assert lazy.findall(text) == eager.findall(text)
    assert (lazy.pattern, lazy.flags, lazy.groups, lazy.groupindex) == (
        eager.pattern, eager.flags, eager.groups, eager.groupindex)
    assert lazy.match(text) is not None and lazy.fullmatch("api_key=x") is not None


def test_bytes_patterns_copies_and_pickles() -> None:
    lazy = lazyre.compile(rb"^\s*package\s+([\w.]+)\s*;", re.MULTILINE)
    assert lazy.findall(b"x\npackage a.b;\n") == [b"a.b"]
    fresh = lazyre.compile(r"\d+")
    for other in (copy.copy(fresh), copy.deepcopy(fresh), pickle.loads(pickle.dumps(fresh))):
        assert other.findall("a1b22") == ["1", "22"]


def test_module_patterns_made_lazy_still_work() -> None:
    patterns = [v for v in vars(filters).values() if isinstance(v, lazyre.LazyPattern)]
    assert patterns
    for pattern in patterns:
        assert isinstance(pattern.compiled, re.Pattern)  # type: ignore[attr-defined]
