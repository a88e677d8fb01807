"""`re.compile` at first use: for module-level patterns that most scans never use.

A one-file scan imports the modules of every rule for its language, and those modules compile
their patterns at import: most of them (secret filters and pairs, the scanner-bypass checks,
the access vocabulary) match nothing a small file asks of them, and compiling a regular
expression costs more than most matches (about 0.2 ms each, ~50 ms of a one-file Python scan).
`lazyre.compile(pattern, flags)` stands for `re.compile(pattern, flags)`: the same methods and
attributes (`search`, `match`, `finditer`, `sub`, `pattern`, `flags`, ...), compiled when one
is first asked for. After that the compiled pattern's own bound methods are found on the
object, so a hot pattern pays one attribute lookup, as a compiled one does.

Not for patterns given to `re.search(PATTERN, ...)` and friends (they want a compiled pattern
or a string: call the method instead) nor for `isinstance(x, re.Pattern)` checks.
"""

from __future__ import annotations

import re
from typing import Any, AnyStr, cast, overload

# What a compiled pattern offers; copied onto the lazy one when it is compiled.
_ATTRIBUTES = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
               "scanner", "pattern", "flags", "groups", "groupindex")


class LazyPattern:
    """A regular expression compiled when one of its methods or attributes is first used
    (`compiled` is the `re.Pattern`)."""

    def __init__(self, pattern: str | bytes, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        # Called only for what the object does not hold yet: before the first compile.
        if name.startswith("__") or name == "_source":
            raise AttributeError(name)
        if name == "pattern":  # known without compiling (patterns built from patterns)
            return self._source[0]
        compiled: re.Pattern[Any] = re.compile(self._source[0], self._source[1])
        for attribute in _ATTRIBUTES:
            self.__dict__[attribute] = getattr(compiled, attribute)
        self.__dict__["compiled"] = compiled
        return compiled if name == "compiled" else getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazyre.compile({self._source[0]!r}, {self._source[1]!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (LazyPattern, self._source)


@overload
def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]: ...


@overload
def compile(pattern: bytes, flags: int | re.RegexFlag = 0) -> re.Pattern[bytes]: ...


def compile(pattern: AnyStr, flags: int | re.RegexFlag = 0) -> re.Pattern[AnyStr]:
    """`re.compile(pattern, flags)`, done when the pattern is first used."""
    return cast("re.Pattern[AnyStr]", LazyPattern(pattern, int(flags)))


__all__ = ["LazyPattern", "compile"]
