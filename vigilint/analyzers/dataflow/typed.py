"""Whether a receiver can have a type that makes a method call a typed sink, without running
the file's dataflow pass.

A sink such as `sqlite3.Database.run` needs the receiver's type, which only the dataflow pass
knows. Most types can only reach a value in a file that imports their library: a constructor
or factory call (`new sqlite3.Database()`, the models' `types` table) or a declared type, both
resolved through the file's imports. Handler and request types (`express.Response` of a route
handler's `res`), and what their methods return, need no import. So a file that imports none
of the libraries of a method's sink types gets no typed name for it, and the pass is not run
for that question (`fastify.get(path, handler)` is a route, not `axios.AxiosInstance.get`).
"""

from __future__ import annotations

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.models import Models, load
from vigilint.analyzers.syntax import semantics

# language -> method -> module roots one of which the file must import (None: any file)
_GATES: dict[str, dict[str, tuple[str, ...] | None]] = {}


def _root(name: str) -> str:
    return name.split(".", 1)[0]


def _gates(models: Models) -> dict[str, tuple[str, ...] | None]:
    free: set[str] = set(models.request_types)
    for lib in models.libraries:
        for route in lib.routes:
            free.update(route.handler_types)
        for src in lib.sources:
            free.update(src.types)
    producers: dict[str, set[str]] = {}
    for _ in range(3):  # types produced from free types are free too (a short fixpoint)
        for call, type_ in models.types.items():
            # a key without a dot is a module called as a function (a default export)
            if call.rsplit(".", 1)[0] in free:
                free.add(type_)
            else:
                producers.setdefault(type_, set()).add(_root(call))
    gates: dict[str, tuple[str, ...] | None] = {}
    for name in models.sinks_by_call:
        if name.count(".") < 2 or not name.rsplit(".", 2)[-2][:1].isupper():
            continue
        type_, _, method = name.rpartition(".")
        if method in gates and gates[method] is None:
            continue
        if type_ in free:
            gates[method] = None
            continue
        roots = {_root(type_), *producers.get(type_, ())}
        gates[method] = tuple(sorted({*(gates.get(method) or ()), *roots}))
    return gates


# languages whose library types reach a file only through its imports (Java's `java.lang` and
# same-package types, Go's package types need none: always ask the pass there)
_IMPORTED_TYPES = frozenset({"python", "javascript", "typescript", "tsx"})


def may_be_typed(ctx: FileContext, method: str) -> bool:
    """False when no value of this file can have a type whose `method` is a sink."""
    if ctx.language not in _IMPORTED_TYPES:
        return True
    gates = _GATES.get(ctx.language)
    if gates is None:
        gates = _GATES[ctx.language] = _gates(load(ctx.language))
    if method not in gates:
        return True  # not a typed sink method as far as this index knows: ask the pass
    roots = gates[method]
    return roots is None or semantics(ctx).imports_any(roots)
