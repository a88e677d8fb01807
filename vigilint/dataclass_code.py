"""The code `dataclasses` generates, compiled once and kept beside vigilint's bytecode.

`@dataclass` writes each method it adds (`__init__`, `__repr__`, `__eq__`, and `__setattr__`,
`__delattr__`, `__hash__` for a frozen class) as source text and compiles it with `exec`, in
every process, for every class: about 75 us a method, ~40 ms of the CPU of a one-file scan
(about 520 methods on 100 classes), where the rest of vigilint's code comes precompiled from
its `.pyc` files. `install()` gives the `dataclasses` module an `exec` that compiles a text
once and then reuses the code object, and keeps the compiled texts in one file in vigilint's
`__pycache__` (`dataclass_code.<cache tag>.marshal`), read at start-up.

The classes are exactly what `dataclasses` makes: the same text, compiled the same way
(`compile(text, "<string>", "exec")`, what `exec` of a string does), run in the same
namespaces; a cached code object is found only by its full text, so a changed class misses
and is compiled. The file is written like a `.pyc`: when something was compiled that it did
not hold, at exit, not when `sys.dont_write_bytecode` is set, atomically, and not at all when
the folder cannot be written. It is safe to delete. It is dropped when its magic number (the
interpreter's bytecode version) differs, and starts afresh past `MAX_ENTRIES` (edited classes
leave their old texts behind). Only texts `dataclasses` generates pass through it; the
builtin `exec` elsewhere is untouched.
"""

from __future__ import annotations

import atexit
import builtins
import contextlib
import dataclasses
import importlib.util
import marshal
import os
import sys
from pathlib import Path
from types import CodeType
from typing import Any

MAX_ENTRIES = 4096
_HEADER = importlib.util.MAGIC_NUMBER

_codes: dict[str, CodeType] = {}
_state = {"installed": False, "dirty": False}


def cache_path() -> Path | None:
    """Where the compiled texts are kept: vigilint's `__pycache__` (or its place under
    `sys.pycache_prefix`); None when the interpreter has no bytecode cache tag."""
    try:
        init_pyc = importlib.util.cache_from_source(str(Path(__file__).with_name("__init__.py")))
    except NotImplementedError:
        return None
    tag = sys.implementation.cache_tag
    return Path(init_pyc).with_name(f"dataclass_code.{tag}.marshal")


def _load(path: Path) -> dict[str, CodeType]:
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    if not data.startswith(_HEADER):
        return {}
    try:
        # the file sits beside the .pyc files, with their trust: as they are, it is code
        table = marshal.loads(data[len(_HEADER):])  # noqa: S302
    except (ValueError, EOFError, TypeError):
        return {}
    if not isinstance(table, dict):
        return {}
    return {k: v for k, v in table.items() if isinstance(k, str) and isinstance(v, CodeType)}


def _exec(source: Any, globals: Any = None, locals: Any = None) -> None:
    """`exec` for the `dataclasses` module: a text's code is compiled once."""
    if isinstance(source, str):
        code = _codes.get(source)
        if code is None:
            code = compile(source, "<string>", "exec")
            if len(_codes) >= MAX_ENTRIES:
                _codes.clear()
            _codes[source] = code
            _state["dirty"] = True
        source = code
    builtins.exec(source, globals, locals)  # noqa: S102 -- the text dataclasses wrote


def save() -> None:
    """Write the compiled texts when something was added (as Python writes a `.pyc`)."""
    path = cache_path()
    if not _state["dirty"] or path is None or sys.dont_write_bytecode:
        return
    _state["dirty"] = False
    import tempfile  # only when writing: most runs only read

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    except OSError:
        return
    try:
        os.chmod(temp, 0o644)  # as a `.pyc` is: readable by whoever runs vigilint
        with os.fdopen(handle, "wb") as out:
            out.write(_HEADER + marshal.dumps(dict(_codes)))
        os.replace(temp, path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            os.unlink(temp)


def install() -> None:
    """Give `dataclasses` the caching `exec` (once per process)."""
    if _state["installed"]:
        return
    _state["installed"] = True
    path = cache_path()
    if path is not None:
        _codes.update(_load(path))
    dataclasses.exec = _exec  # type: ignore[attr-defined]
    atexit.register(save)
