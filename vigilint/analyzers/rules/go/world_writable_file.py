"""## What it does
Flags file permissions that let every local user write: the mode of `os.WriteFile`,
`os.OpenFile`, `os.Chmod`, `os.Mkdir`/`os.MkdirAll`, `ioutil.WriteFile` and `(*os.File).Chmod`
when it grants write to "others" (`0777`, `0666`, `0o722`, `os.ModePerm`), also through a
variable or an `os.FileMode(...)` conversion.

## Why is this bad?
Any account on the machine can replace the file's content (code, configuration, data), or
plant files in the directory (CWE-732).

## Example
```go
os.WriteFile("/etc/app/config.json", data, 0666)
```

## Use instead
```go
os.WriteFile("/etc/app/config.json", data, 0o640)  // owner rw, group r, others nothing
```

## References
- CWE-732: Incorrect Permission Assignment for Critical Resource
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import flow
from vigilint.analyzers.rules.go._common import args_of, call_name, method_name
from vigilint.analyzers.syntax import go
from vigilint.model import Fix, Rule

_MODE_ARG = {"os.WriteFile": 2, "os.OpenFile": 2, "io/ioutil.WriteFile": 2, "os.Chmod": 1,
             "os.Mkdir": 1, "os.MkdirAll": 1, "os.Lchmod": 1}
_CONVERSIONS = ("os.FileMode", "io/fs.FileMode")
_NAMED = {"os.ModePerm": 0o777, "io/fs.ModePerm": 0o777}


def _mode(ctx: FileContext, node: Node | None) -> int | None:
    while node is not None and node.type in ("call_expression", "type_conversion_expression",
                                             "parenthesized_expression"):
        if node.type == "call_expression":
            if call_name(ctx, node) not in _CONVERSIONS:
                break
            inner = args_of(ctx, node)
            node = inner[0] if inner else None
        else:
            node = node.child_by_field_name("operand") or (
                node.named_children[0] if node.named_children else None)
    if node is None:
        return None
    if node.type == "selector_expression":
        named = _NAMED.get(go(ctx).qualified_name(node) or "")
        if named is not None:
            return named
    value = flow(ctx).value(node).const
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = call_name(ctx, call)
    args = args_of(ctx, call)
    if name in _MODE_ARG:
        index = _MODE_ARG[name]
    elif method_name(ctx, call) == "Chmod" and len(args) == 1:
        index = 0
    else:
        return None
    mode = _mode(ctx, args[index]) if index < len(args) else None
    if mode is None or not mode & 0o002:
        return None
    node = args[index]
    fix = None
    if node.type == "int_literal" or (node.type == "selector_expression" and ctx.node_text(
            node.child_by_field_name("field")) == "ModePerm"):  # a shared constant stays
        tighter = mode & ~0o022
        fix = Fix(title=f"Use mode `{tighter:#o}` (no group or world write)", safe=False,
                  edits=(ctx.edit_node(node, f"{tighter:#o}"),))
    return Hit(node=call, fix=fix, message=f"Mode `{mode:#o}` lets every user write this file; grant "
                                  "write to the owner only (e.g. `0o750`/`0o640`).")


RULE = Rule(
    id="VG-GO-DEF-003",
    name="world-writable-permissions",
    category="insecure-default",
    languages=("go",),
    cwe=(732,),
    likelihood="likely",
    impact="medium",
    confidence="high",
    message="The file mode lets every user write; grant write to the owner only (e.g. "
            "`0o750`).",
    prefilter=("WriteFile", "OpenFile", "Chmod", "Mkdir"),
    node_kinds=("call_expression",),
    check=_check,
    fixable=True,
)
