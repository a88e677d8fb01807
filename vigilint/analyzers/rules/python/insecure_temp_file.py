"""## What it does
Flags `tempfile.mktemp()` and `os.tempnam()`/`os.tmpnam()`, which return a file name without
creating the file.

## Why is this bad?
Between choosing the name and opening it another process can create the file or a symlink
there, making the program write to a file the attacker chose (race condition).

## Example
```python
path = tempfile.mktemp()
```

## Use instead
```python
fd, path = tempfile.mkstemp()  # or tempfile.NamedTemporaryFile()
```

## References
- CWE-377: Insecure Temporary File
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.imports import call_name
from vigilint.model import Fix, Rule


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = call_name(ctx, call) or ""
    if name not in ("tempfile.mktemp", "os.tempnam", "os.tmpnam"):
        return None
    return Hit(node=call, fix=_named_file(ctx, call) if name == "tempfile.mktemp" else None)


def _named_file(ctx: FileContext, call: Node) -> Fix | None:
    """`tempfile.mktemp(...)` -> `tempfile.NamedTemporaryFile(delete=False, ...).name`: the
    file is created (mode 0600, no race) and its name returned. Unsafe: the file now exists, and
    the caller must delete it."""
    function = call.child_by_field_name("function")
    arguments = call.child_by_field_name("arguments")
    if function is None or function.type != "attribute" or arguments is None or \
            any(a.type != "keyword_argument" for a in arguments.named_children):
        return None  # positional `suffix, prefix, dir`: the keywords say what they are
    inner = ", ".join(["delete=False", *(ctx.node_text(a) for a in arguments.named_children)])
    module = ctx.node_text(function.child_by_field_name("object"))
    return Fix(title="Create the file with `NamedTemporaryFile(delete=False)`", safe=False,
               edits=(ctx.edit_node(call, f"{module}.NamedTemporaryFile({inner}).name"),))


RULE = Rule(
    id="VG-PY-DEF-008",
    name="insecure-temp-file",
    category="insecure-default",
    languages=("python",),
    cwe=(377,),
    likelihood="possible",
    impact="medium",
    confidence="high",
    message="`tempfile.mktemp` returns a name another process can claim first; use "
            "`tempfile.mkstemp()` or `NamedTemporaryFile()`.",
    prefilter=("mktemp", "tempnam", "tmpnam"),
    node_kinds=("call",),
    check=_check,
    fixable=True,
)
