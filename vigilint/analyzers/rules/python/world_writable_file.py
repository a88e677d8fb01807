"""## What it does
Flags file permissions that let every local user write (or read secrets): `os.chmod`,
`os.fchmod`, `Path.chmod`, `os.makedirs`/`os.mkdir`/`os.open` with a mode that grants write to
"others" (`0o777`, `0o666`, `0o722`, `stat.S_IWOTH`).

## Why is this bad?
Any account on the machine can replace the file's content (code, configuration, data), or read
keys and credentials stored in it.

## Example
```python
os.chmod(path, 0o777)
```

## Use instead
```python
os.chmod(path, 0o750)  # owner rwx, group rx, others nothing
```

## References
- CWE-732: Incorrect Permission Assignment for Critical Resource
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.imports import call_name
from vigilint.analyzers.rules.python._common import arg
from vigilint.model import Fix, Rule

_MODE_ARG = {"os.chmod": 1, "os.fchmod": 1, "os.lchmod": 1, "os.makedirs": 1, "os.mkdir": 1,
             "os.open": 2}


def _mode(ctx: FileContext, node: Node | None) -> int | None:
    if node is None:
        return None
    text = ctx.node_text(node)
    if "S_IWOTH" in text or "S_IRWXO" in text:
        return 0o002
    if node.type == "integer":
        try:
            return int(text.replace("_", ""), 0)
        except ValueError:
            return None
    return None


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = call_name(ctx, call) or ""
    function = call.child_by_field_name("function")
    if name in _MODE_ARG:
        mode = _mode(ctx, arg(ctx, call, _MODE_ARG[name], "mode"))
    elif function is not None and function.type == "attribute" and \
            ctx.node_text(function.child_by_field_name("attribute")) == "chmod":
        mode = _mode(ctx, arg(ctx, call, 0, "mode"))
    else:
        return None
    if mode is None or not mode & 0o002:
        return None
    node = arg(ctx, call, _MODE_ARG.get(name, 0), "mode")
    fix = None
    if node is not None and node.type == "integer":  # write for the owner only: & ~0o022
        fix = Fix(title=f"Use mode `{oct(mode & ~0o022)}` (only the owner writes)", safe=False,
                  edits=(ctx.edit_node(node, oct(mode & ~0o022)),))
    return Hit(node=call, message=f"Mode `{oct(mode)}` lets every user write this file; grant "
                                  "write to the owner only (e.g. `0o750`/`0o640`).", fix=fix)


RULE = Rule(
    id="VG-PY-DEF-007",
    name="world-writable-permissions",
    category="insecure-default",
    languages=("python",),
    cwe=(732,),
    likelihood="likely",
    impact="medium",
    confidence="high",
    message="The file mode lets every user write; grant write to the owner only (e.g. `0o750`).",
    prefilter=("chmod", "makedirs", "mkdir", "open"),
    node_kinds=("call",),
    check=_check,
    fixable=True,
)
