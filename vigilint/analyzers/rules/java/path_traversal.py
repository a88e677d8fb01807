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
from vigilint.analyzers.dataflow.calls import call_model
from vigilint.analyzers.dataflow.value import NORMALIZED
from vigilint.analyzers.models import load
from vigilint.analyzers.rules.java._common import injection_hit
from vigilint.analyzers.syntax import java
from vigilint.model import Rule


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
    return None if hit is None or _normalized_at_once(ctx, node) else hit


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
)
