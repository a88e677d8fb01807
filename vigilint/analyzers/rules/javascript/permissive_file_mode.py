"""## What it does
Flags file modes that let other users write files (`0o666`, `0o777`, `0o662`, ...), and, for
files that hold secrets (keys, tokens, passwords, credentials), modes that let the group or
other users read or write them (`0o644`, `0o660`). It looks at `fs.chmod`, `fs.writeFile`,
`fs.mkdir`, `fs.open` and their `Sync`/promise forms.

## Why is this bad?
Any local user or compromised service account can then read the secret or replace the file's
contents (CWE-732).

## Example
```js
fs.writeFileSync("id_rsa", key, { mode: 0o644 });
fs.chmodSync(uploadDir, 0o777);
```

## Use instead
```js
fs.writeFileSync("id_rsa", key, { mode: 0o600 });
fs.chmodSync(uploadDir, 0o750);
```

## References
- CWE-732: Incorrect Permission Assignment for Critical Resource
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.syntax import javascript
from vigilint.model import Fix, Rule

_MODE_ARG = {"chmod": 1, "chmodSync": 1, "fchmod": 1, "fchmodSync": 1, "open": 2,
             "openSync": 2, "lchmod": 1, "lchmodSync": 1}
_OPTION_FUNCS = frozenset({"writeFile", "writeFileSync", "mkdir", "mkdirSync", "appendFile",
                           "appendFileSync", "createWriteStream"})
_FS = ("fs", "fs/promises", "node:fs", "node:fs/promises", "fs-extra", "fs.promises",
       "node:fs.promises")
_SECRET = re.compile(r"secret|private|key|token|passw|credential|cert|\.pem|id_rsa|\.env|"
                     r"wallet|keystore", re.IGNORECASE)


def _mode(ctx: FileContext, node: Node | None) -> int | None:
    if node is None:
        return None
    text = ctx.node_text(node).strip("'\"")
    try:
        if node.type == "number":
            return int(text.replace("_", ""), 0)
        if node.type == "string" and re.fullmatch(r"[0-7]{3,4}", text):
            return int(text, 8)
    except ValueError:
        return None
    return None


def _mode_fix(ctx: FileContext, node: Node, mode: int) -> Fix:
    text = f"'{mode:o}'" if node.type == "string" else f"0o{mode:o}"
    return Fix(title=f"Use mode `{mode:o}`", safe=False, edits=(ctx.edit_node(node, text),))


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = javascript(ctx).callee_name(call)
    module, _, function = name.rpartition(".")
    if module not in _FS:
        return None
    args = javascript(ctx).arguments(call).positional
    if function in _MODE_ARG and len(args) > _MODE_ARG[function]:
        mode_node: Node | None = args[_MODE_ARG[function]]
    elif function in _OPTION_FUNCS:
        mode_node = next((javascript(ctx).object_properties(a).get("mode") for a in args[1:]
                          if a.type == "object"), None)
    else:
        return None
    mode = _mode(ctx, mode_node)
    if mode is None:
        return None
    assert mode_node is not None
    if mode & 0o002:
        return Hit(node=call, fix=_mode_fix(ctx, mode_node, mode & ~0o022))
    if mode & 0o077:
        fn = javascript(ctx).enclosing_function_node(call)
        context = ctx.node_text(call) + " " + (ctx.node_text(
            fn.child_by_field_name("name")) if fn is not None else "")
        if fn is not None and fn.parent is not None and fn.parent.type == "variable_declarator":
            context += " " + ctx.node_text(fn.parent.child_by_field_name("name"))
        if _SECRET.search(context):
            return Hit(node=call, likelihood="possible", fix=_mode_fix(ctx, mode_node, 0o600),
                       message="A file holding a secret is readable or writable by other "
                               "users; use mode `0o600`.")
    return None


RULE = Rule(
    id="VG-JS-DEF-008",
    name="permissive-file-mode",
    category="insecure-default",
    languages=("javascript",),
    cwe=(732,),
    likelihood="likely",
    impact="medium",
    confidence="high",
    message="Other users may write this file or directory; drop the world-writable bit "
            "(for example `0o644` for files, `0o755` for directories).",
    prefilter=("fs",),
    node_kinds=("call_expression",),
    check=_check,
    fixable=True,
)
