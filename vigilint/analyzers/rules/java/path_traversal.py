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

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.java._common import name_of, receiver_text, taint_sink, type_name
from vigilint.model import Rule

_TYPES = frozenset({"File", "FileInputStream", "FileOutputStream", "FileReader", "FileWriter",
                    "RandomAccessFile", "PrintWriter", "PrintStream", "ZipFile", "JarFile"})


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if node.type == "object_creation_expression":
        kind = type_name(ctx, node)
        if kind not in _TYPES:
            return None
        if kind in ("PrintWriter", "PrintStream"):  # only the String (file name) constructor
            args = node.child_by_field_name("arguments")
            first = args.named_children[0] if args is not None and args.named_children else None
            if first is None or first.type == "object_creation_expression" \
                    or "get" in ctx.node_text(first):
                return None
        return taint_sink(ctx, node, "pathtraver", possible=False)
    name = name_of(ctx, node)
    receiver = receiver_text(ctx, node)
    if (name == "get" and receiver.endswith("Paths")) or (name == "of"
                                                         and receiver.endswith("Path")):
        return taint_sink(ctx, node, "pathtraver", possible=False)
    if name == "resolve":
        return taint_sink(ctx, node, "pathtraver", indexes=(0,), possible=False)
    return None


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
    prefilter=("File", "PrintWriter", "PrintStream", "Path", "resolve"),
    node_kinds=("method_invocation", "object_creation_expression"),
    check=_check,
)
