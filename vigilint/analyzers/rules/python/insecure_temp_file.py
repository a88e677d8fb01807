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

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.imports import call_name
from vigilint.model import Rule


def _check(ctx: FileContext, call: Node) -> bool:
    return (call_name(ctx, call) or "") in ("tempfile.mktemp", "os.tempnam", "os.tmpnam")


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
)
