"""One semantic layer for every language (docs/dataflow.md section 7): `semantics(ctx)` gives
the file's `Semantics`, memoised in the file context."""

from __future__ import annotations

from typing import cast

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.syntax.base import (
    ROLES,
    Arguments,
    Decorator,
    FunctionDef,
    Param,
    Semantics,
    dotted,
    module_name,
    role_kinds,
    role_of,
)
from vigilint.analyzers.syntax.generic import GenericSemantics
from vigilint.analyzers.syntax.go import GoSemantics
from vigilint.analyzers.syntax.java import JavaSemantics
from vigilint.analyzers.syntax.javascript import JavaScriptSemantics
from vigilint.analyzers.syntax.python import PythonSemantics

__all__ = ["ROLES", "Arguments", "Decorator", "FunctionDef", "GenericSemantics", "GoSemantics",
           "JavaScriptSemantics", "JavaSemantics", "Param", "PythonSemantics", "Semantics",
           "dotted", "go", "java", "javascript", "module_name", "python", "role_kinds", "role_of",
           "semantics"]


def semantics(ctx: FileContext) -> Semantics:
    """The semantic layer of the file's language (memoised in `ctx.cache["syntax"]`)."""
    found: Semantics | None = ctx.cache.get("syntax")
    if found is None:
        if ctx.language == "python":
            found = PythonSemantics(ctx)
        elif ctx.language in ("javascript", "typescript", "tsx"):
            found = JavaScriptSemantics(ctx)
        elif ctx.language == "java":
            found = JavaSemantics(ctx)
        elif ctx.language == "go":
            found = GoSemantics(ctx)
        else:
            found = GenericSemantics(ctx)
        ctx.cache["syntax"] = found
    return found


def _layer(ctx: FileContext, language: str) -> Semantics:
    found = ctx.cache.get("syntax")
    if found is None:
        found = semantics(ctx)
    if ctx.language != language:
        raise TypeError(f"{ctx.path} is {ctx.language}, not {language}")
    return cast(Semantics, found)


def python(ctx: FileContext) -> PythonSemantics:
    """The Python layer of a Python file (for Python rules that use its extra methods)."""
    return cast(PythonSemantics, _layer(ctx, "python"))


def java(ctx: FileContext) -> JavaSemantics:
    """The Java layer of a Java file (imports, resolved types, declared and expression types,
    annotations: what Java rules and the crypto/API checks use beyond the protocol)."""
    if ctx.language != "java":
        raise TypeError(f"{ctx.path} is {ctx.language}, not Java")
    return cast(JavaSemantics, semantics(ctx))


def go(ctx: FileContext) -> GoSemantics:
    """The Go layer of a Go file (for the Go adapter and rules that use its extra methods)."""
    return cast(GoSemantics, _layer(ctx, "go"))


def javascript(ctx: FileContext) -> JavaScriptSemantics:
    """The JavaScript layer of a JavaScript/TypeScript file (for the JS rules that use its extra
    methods: object literals' properties, assigned values, decorators of classes)."""
    found = semantics(ctx)
    if not isinstance(found, JavaScriptSemantics):
        raise TypeError(f"{ctx.path} is {ctx.language}, not JavaScript or TypeScript")
    return found
