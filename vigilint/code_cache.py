"""What Python compiles afresh in every process, compiled once and kept beside vigilint's
bytecode: the methods `dataclasses` generates and the regular expressions `re` compiles (and
vigilint's own TOML data tables, parsed once: `toml_loads`).

vigilint's own code comes precompiled from its `.pyc` files, but two things are compiled from
text in every process, for every class and every pattern, and they were most of a one-file
scan's start-up after the imports themselves (CPU of `vigilint scan app.py`, 211 ms on main):

- `@dataclass` writes each method it adds (`__init__`, `__repr__`, `__eq__`, and
  `__setattr__`, `__delattr__`, `__hash__` for a frozen class) as source text and compiles it
  with `exec`: ~75 us a method, ~40 ms for the ~520 methods of ~100 classes;
- `re.compile` parses a pattern and generates its matcher's code in pure Python (`re._parser`,
  `re._compiler`): ~0.1 ms a pattern, ~20 ms for the ~220 a scan compiles;
- `tomllib` parses the model tables (analyzers/models/<language>/*.toml) in pure Python: ~7 ms
  for a Python scan's 24 files (`toml_loads`, kept in the same file); and `json` the 488 KB API
  inventory, ~5.6 ms (`parsed_file`: a file of its own, keyed on the source's size and mtime).

`install()` gives the `dataclasses` module an `exec` that compiles a text once and then reuses
the code object, and `re._compiler` a `compile` that keeps each pattern's generated code (what
`_sre.compile` is given) and then hands it straight to `_sre.compile`. Both are kept in one
file in vigilint's `__pycache__` (`code_cache.<cache tag>.marshal`), read at start-up.

The results are exactly what Python makes: a dataclass method is the same text compiled the
same way (`compile(text, "<string>", "exec")`, what `exec` of a string does) and run in the same
namespaces; a pattern is built by `_sre.compile` from the code, flags and groups that
`re._compiler.compile`'s own steps give (tests/test_code_cache.py checks that every pattern of
the analyzers and the prompt guard equals, as `re.Pattern` compares them, what `re` makes). An
entry is found only by its full text (pattern and flags), so a changed class or pattern misses
and is compiled. The file is written like a `.pyc`: when something was compiled that it did not
hold, at exit, not when `sys.dont_write_bytecode` is set, atomically, and not at all when the
folder cannot be written. It is safe to delete. It is ignored when its header (the bytecode
magic number, the regular expression engine's version and this module's format) differs, and a
table starts afresh past `MAX_ENTRIES` (edited classes and patterns leave their old texts
behind). The regular-expression part is used only on the interpreters whose `re._compiler`
it follows (`_REGEX_VERSIONS`). A forked child that exits with `os._exit` saves what it added
itself (`save()`; the prompt check's child does).
"""

from __future__ import annotations

import array
import atexit
import builtins
import contextlib
import dataclasses
import importlib.util
import marshal
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from types import CodeType
from typing import Any

MAX_ENTRIES = 4096
MAX_TOML = 256
_FORMAT = b"vigilint-code-cache-2"
_REGEX_VERSIONS = ((3, 11), (3, 12), (3, 13))

_re_compiler: Any = getattr(re, "_compiler", None)
_sre: Any = getattr(_re_compiler, "_sre", None)
_REGEX_ON = (sys.version_info[:2] in _REGEX_VERSIONS and _sre is not None
             and all(hasattr(_re_compiler, n) for n in ("compile", "_code", "_parser"))
             and array.array("I").itemsize == getattr(_sre, "CODESIZE", 0))


def _header() -> bytes:
    magic = getattr(_sre, "MAGIC", 0)
    return importlib.util.MAGIC_NUMBER + str(magic).encode() + b"/" + _FORMAT + b"\n"


_codes: dict[str, CodeType] = {}
_tomls: dict[str, bytes] = {}
_regexes: dict[tuple[str | bytes, int], tuple[Any, ...]] = {}
_state = {"installed": False, "dirty": False}
_original_re_compile: Any = None


def cache_path() -> Path | None:
    """Where the compiled texts are kept: vigilint's `__pycache__` (or its place under
    `sys.pycache_prefix`); None when the interpreter has no bytecode cache tag."""
    try:
        init_pyc = importlib.util.cache_from_source(str(Path(__file__).with_name("__init__.py")))
    except NotImplementedError:
        return None
    return Path(init_pyc).with_name(f"code_cache.{sys.implementation.cache_tag}.marshal")


_Tables = tuple[dict[str, CodeType], dict[Any, tuple[Any, ...]], dict[str, bytes]]


def _read(path: Path) -> _Tables:
    """The tables kept at `path` (empty when it is missing, stale or unreadable)."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}, {}, {}
    header = _header()
    if not data.startswith(header):
        return {}, {}, {}
    try:
        # the file sits beside the .pyc files, with their trust: as they are, it is code
        tables = marshal.loads(data[len(header):])  # noqa: S302
    except (ValueError, EOFError, TypeError):
        return {}, {}, {}
    if not isinstance(tables, dict):
        return {}, {}, {}
    codes, regexes, tomls = tables.get("dataclass"), tables.get("regex"), tables.get("toml")
    return ({k: v for k, v in codes.items() if isinstance(k, str) and isinstance(v, CodeType)}
            if isinstance(codes, dict) else {},
            {k: v for k, v in regexes.items()
             if isinstance(k, tuple) and isinstance(v, tuple) and len(v) == 5
             and isinstance(v[1], bytes)}
            if isinstance(regexes, dict) and _REGEX_ON else {},
            {k: v for k, v in tomls.items() if isinstance(k, str) and isinstance(v, bytes)}
            if isinstance(tomls, dict) else {})


def load(path: Path) -> None:
    """Add the tables kept at `path` to this process's."""
    codes, regexes, tomls = _read(path)
    _codes.update(codes)
    _regexes.update(regexes)
    _tomls.update(tomls)


def _added() -> None:
    _state["dirty"] = True


def _exec(source: Any, globals: Any = None, locals: Any = None) -> None:
    """`exec` for the `dataclasses` module: a text's code is compiled once."""
    if isinstance(source, str):
        code = _codes.get(source)
        if code is None:
            code = compile(source, "<string>", "exec")
            if len(_codes) >= MAX_ENTRIES:
                _codes.clear()
            _codes[source] = code
            _added()
        source = code
    builtins.exec(source, globals, locals)  # noqa: S102 -- the text dataclasses wrote


def _regex_parts(pattern: str | bytes, flags: int) -> tuple[Any, ...]:
    """What `re._compiler.compile` gives `_sre.compile` for a pattern (its own steps)."""
    parsed = _re_compiler._parser.parse(pattern, flags)
    # kept as bytes (machine words, what `_sre` runs): marshal reads them at once
    code = array.array("I", _re_compiler._code(parsed, flags)).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), code, int(parsed.state.groups) - 1, groupindex,
            tuple(indexgroup))


def _words(code: bytes) -> list[int]:
    return memoryview(code).cast("I").tolist()


def _compile_regex(p: Any, flags: int = 0) -> Any:
    """`re._compiler.compile`: a pattern's generated code is computed once."""
    if not isinstance(p, (str, bytes)) or flags & re.DEBUG:
        return _original_re_compile(p, flags)
    key = (p, int(flags))
    parts = _regexes.get(key)
    if parts is not None:
        try:
            return _sre.compile(p, parts[0], _words(parts[1]), *parts[2:])
        except (TypeError, ValueError, RuntimeError):  # an entry from elsewhere: compile it
            del _regexes[key]
    try:
        parts = _regex_parts(p, int(flags))
    except re.error:
        return _original_re_compile(p, flags)  # raises as `re` does
    if len(_regexes) >= MAX_ENTRIES:
        _regexes.clear()
    _regexes[key] = parts
    _added()
    return _sre.compile(p, parts[0], _words(parts[1]), *parts[2:])


def toml_loads(text: str) -> dict[str, Any]:
    """`tomllib.loads(text)`, parsed once and kept (vigilint's own data tables, read by every
    scan): each call gives a fresh object, as `tomllib` does; a table holding a date or time
    (which marshal does not keep) is parsed every time."""
    kept = _tomls.get(text)
    if kept is not None:
        with contextlib.suppress(ValueError, EOFError, TypeError):
            value = marshal.loads(kept)  # noqa: S302 -- kept beside the .pyc files
            if isinstance(value, dict):
                return value
    import tomllib

    value = tomllib.loads(text)
    try:
        data = marshal.dumps(value)
    except ValueError:
        return value
    if len(_tomls) >= MAX_TOML:
        _tomls.clear()
    _tomls[text] = data
    _added()
    return value


def parsed_file(path: object, parse: Callable[[bytes], Any]) -> Any:
    """`parse(path.read_bytes())`, kept in its own file beside vigilint's bytecode
    (`data.<file name>.<cache tag>.marshal`) and valid while the file's size and modification
    time are those it was parsed at, as a `.pyc` is for its source: for vigilint's large data
    files (the 488 KB API inventory: ~5.6 ms to parse as JSON, ~1.9 ms to read back), read only
    by the commands that need them. A value marshal cannot keep is parsed every time."""
    if not isinstance(path, Path):  # a resource inside a zip file: no stat to key it on
        return parse(path.read_bytes())  # type: ignore[attr-defined]
    try:
        stat = path.stat()
    except OSError:
        return parse(path.read_bytes())
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    base = cache_path()
    kept = None if base is None else base.with_name(
        f"data.{path.name}.{sys.implementation.cache_tag}.marshal")
    if kept is not None:
        with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
            data = kept.read_bytes()
            header = _header()
            if data.startswith(header):
                stored = marshal.loads(data[len(header):])  # noqa: S302 -- beside the .pyc
                if isinstance(stored, tuple) and len(stored) == 2 and stored[0] == key:
                    return stored[1]
    value = parse(path.read_bytes())
    if kept is not None and not sys.dont_write_bytecode:
        try:
            blob = marshal.dumps((key, value))
        except ValueError:
            return value
        _write(kept, _header() + blob)
    return value


def _write(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically, readable by all (as a `.pyc`); nothing when the
    folder cannot be written."""
    import tempfile  # only when writing: most runs only read

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    except OSError:
        return
    try:
        os.chmod(temp, 0o644)
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp, path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            os.unlink(temp)


def save(path: Path | None = None) -> None:
    """Write the tables when something was added (as Python writes a `.pyc`)."""
    path = path if path is not None else cache_path()
    if not _state["dirty"] or path is None or sys.dont_write_bytecode:
        return
    _state["dirty"] = False
    # another process (a forked child, a concurrent run) may have added entries since
    codes, regexes, tomls = _read(path)
    codes.update(_codes)
    regexes.update(_regexes)
    tomls.update(_tomls)
    if len(codes) > MAX_ENTRIES or len(regexes) > MAX_ENTRIES or len(tomls) > MAX_TOML:
        codes, regexes, tomls = dict(_codes), dict(_regexes), dict(_tomls)
    try:
        data = marshal.dumps({"dataclass": codes, "regex": regexes, "toml": tomls})
    except ValueError:
        return
    _write(path, _header() + data)


def install() -> None:
    """Give `dataclasses` the caching `exec` and `re` the caching compile (once a process)."""
    global _original_re_compile
    if _state["installed"]:
        return
    _state["installed"] = True
    path = cache_path()
    if path is not None:
        load(path)
    dataclasses.exec = _exec  # type: ignore[attr-defined]
    if _REGEX_ON:
        _original_re_compile = _re_compiler.compile
        _re_compiler.compile = _compile_regex
    atexit.register(save)
