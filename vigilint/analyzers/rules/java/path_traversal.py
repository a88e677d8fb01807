"""## What it does
Flags files opened from request data: `new File`, `FileInputStream`, `FileOutputStream`,
`FileReader`, `FileWriter`, `RandomAccessFile`, `Paths.get`, `Path.of`, `Path.resolve`.

## Why is this bad?
`../` sequences or absolute paths in input reach files outside the intended directory, reading
secrets or overwriting application files (CWE-22).

## Example
```java
new FileInputStream(new File(UPLOADS, request.getParameter("name")));
```

## Use instead
```java
Path base = Paths.get(UPLOADS).toRealPath();
Path file = base.resolve(name).normalize();
if (!file.startsWith(base)) throw new SecurityException("bad path");
```

## References
- CWE-22: Path Traversal
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import flow
from vigilint.analyzers.dataflow.calls import call_model
from vigilint.analyzers.dataflow.value import NORMALIZED
from vigilint.analyzers.models import load
from vigilint.analyzers.rules._edits import last_operand
from vigilint.analyzers.rules.java._common import arguments, injection_hit, name_of, receiver_text
from vigilint.analyzers.syntax import java
from vigilint.model import Fix, Rule


def _normalized_at_once(ctx: FileContext, node: Node) -> bool:
    """`new File(base, name).getCanonicalFile()`, `Paths.get(base, name).normalize()`: the
    path is built to be resolved and checked; its uses are the sinks (reported when the
    normalized path is used unchecked)."""
    parent = node.parent
    while parent is not None and parent.type == "parenthesized_expression":
        node, parent = parent, parent.parent
    if parent is None or parent.type != "method_invocation" or \
            parent.child_by_field_name("object") != node:
        return False
    prop = call_model("java").propagator(java(ctx).call_name(parent))
    return prop is not None and NORMALIZED in prop.facts


def _check(ctx: FileContext, node: Node) -> Hit | None:
    hit = injection_hit(ctx, node, "path", what="This file path",
                         advice="resolve it under a base directory, normalize it and check it "
                                "stays inside",
                         unknown=None)
    if hit is None or _normalized_at_once(ctx, node) or _name_only(ctx, node):
        return None
    return replace(hit, fix=_file_name_fix(ctx, node))


def _name_only(ctx: FileContext, node: Node) -> bool:
    """`new File(x).getName()`: only the last name of the path is read, no file is touched."""
    parent = node.parent
    return node.type == "object_creation_expression" and parent is not None and \
        parent.type == "method_invocation" and name_of(ctx, parent) == "getName" and \
        parent.child_by_field_name("object") == node


_VALUES = frozenset({"identifier", "method_invocation", "field_access", "array_access"})
_JOINS = frozenset({"File", "java.io.File", "Paths.get", "java.nio.file.Paths.get", "Path.of",
                    "java.nio.file.Path.of"})


def _file_name_fix(ctx: FileContext, node: Node) -> Fix | None:
    """Keep only the file name of the part that names the file: the last of
    `new File(base, name)` / `Paths.get(base, name)`, or the value after the last `/` of
    `base + "/" + name`. Unsafe: sub-folders of the base stop being reachable."""
    args = arguments(ctx, node)
    if node.type == "object_creation_expression":
        callee = ctx.node_text(node.child_by_field_name("type"))
    else:
        callee = f"{receiver_text(ctx, node)}.{name_of(ctx, node)}"
    target = None
    if callee in _JOINS and len(args) >= 2 and args[-1].type in _VALUES and \
            flow(ctx).verdict(args[0], "path").level != "tainted":
        target = args[-1]
    elif len(args) == 1:
        last = last_operand(ctx, args[0])
        if last is not None and last[0].type in _VALUES and (
                last[1].endswith("/") or last[1].endswith("separator")):
            target = last[0]
    if target is None:
        return None
    return Fix(title="Keep only the file name (`File.getName`)", safe=False, edits=(
        ctx.edit_node(target, f"new java.io.File({ctx.node_text(target)}).getName()"),))


RULE = Rule(
    id="VG-JAVA-INJ-006",
    name="path-traversal",
    category="injection",
    languages=("java",),
    cwe=(22,),
    likelihood="very-likely",
    impact="high",
    confidence="medium",
    message="A file path is built from request data; resolve it under a base directory and "
            "check the result stays inside it.",
    prefilter=load("java").prefilter("path"),
    sink_kinds=("path",),
    node_kinds=("method_invocation", "object_creation_expression"),
    check=_check,
    fixable=True,
)
