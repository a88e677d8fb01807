"""Receiver types for the hallucinated-API rules: what `x` is in `x.method(...)`, from the
syntax alone (declarations, annotations, constructors, injected fields, imports) and from what
inventoried calls return. Only a type the inventory knows is ever given; anything else is
unknown, and a call on an unknown receiver is never reported.

The semantic layer (`vigilint.analyzers.syntax`, docs/dataflow.md section 7) is asked first
(`Semantics.imports`, `Semantics.declared_type`). LOCAL BRIDGE (issue 16): the semantic layers
of Java, Go and JavaScript/TypeScript do not give declared types yet (their migrations are in
progress), so the per-language modules here read declarations, parameters and fields
themselves; once `declared_type` covers them, these readers shrink to the inventory lookups.
"""

from __future__ import annotations

from vigilint.analyzers.apis.receivers.base import Receivers
from vigilint.analyzers.context import FileContext


def receivers(ctx: FileContext) -> Receivers | None:
    """The receiver typing of the file's language (memoised per file)."""
    found = ctx.cache.get("apis.receivers")
    if found is None:
        from vigilint.analyzers.apis.receivers.go import GoReceivers
        from vigilint.analyzers.apis.receivers.java import JavaReceivers
        from vigilint.analyzers.apis.receivers.javascript import JavaScriptReceivers
        from vigilint.analyzers.apis.receivers.python import PythonReceivers

        table: dict[str, type[Receivers]] = {
            "python": PythonReceivers, "javascript": JavaScriptReceivers,
            "typescript": JavaScriptReceivers, "tsx": JavaScriptReceivers,
            "java": JavaReceivers, "go": GoReceivers}
        kind = table.get(ctx.language)
        if kind is None:
            return None
        found = ctx.cache["apis.receivers"] = kind(ctx)
    return found


__all__ = ["Receivers", "receivers"]
