"""## What it does
Flags file-system paths built from request data or unchecked parameters and passed to `fs.*`
(`readFile`, `createReadStream`, `writeFile`, `unlink`, ...), `res.sendFile` or `res.download`,
when no containment check (`path.resolve` + `startsWith(base)`), `path.basename` or allow-list
guards the value.

## Why is this bad?
`../` sequences or absolute paths in the input escape the intended folder and read or
overwrite any file the process can reach: keys, `.env`, source code (CWE-22).

## Example
```js
res.sendFile(path.join(__dirname, "uploads", req.params.name));
```

## Use instead
```js
const base = path.resolve(__dirname, "uploads");
const file = path.resolve(base, req.params.name);
if (!file.startsWith(base + path.sep)) return res.sendStatus(400);
res.sendFile(file);
// or res.sendFile(req.params.name, { root: base })
```

## References
- CWE-22: Improper Limitation of a Pathname to a Restricted Directory ('Path Traversal')
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.javascript._common import (
    WEB_MODULES,
    call_args,
    imports_any,
    method_of,
    name_of,
    object_props,
)
from vigilint.analyzers.taint.javascript import Taint, is_built, reaches_parameter, taint_of
from vigilint.model import Rule

_FS_FUNCTIONS = frozenset({
    "readFile", "readFileSync", "createReadStream", "writeFile", "writeFileSync",
    "createWriteStream", "appendFile", "appendFileSync", "unlink", "unlinkSync", "rm", "rmSync",
    "readdir", "readdirSync", "open", "openSync", "stat", "statSync", "access", "accessSync",
    "copyFile", "copyFileSync", "rename", "renameSync", "mkdir", "mkdirSync", "rmdir",
    "rmdirSync", "lstat", "lstatSync", "existsSync", "truncate", "chmod", "chmodSync",
})
_FS_MODULES = ("fs", "fs/promises", "node:fs", "node:fs/promises", "fs-extra", "fs.promises",
               "node:fs.promises")
_RESPONSE_METHODS = frozenset({"sendFile", "download", "sendfile", "attachment"})


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = name_of(ctx, call)
    module, _, function = name.rpartition(".")
    if function not in _FS_FUNCTIONS and method_of(ctx, call)[1] not in _RESPONSE_METHODS:
        return None
    args = call_args(call)
    if not args:
        return None
    if function in _FS_FUNCTIONS and module in _FS_MODULES:
        target = args[0]
    else:
        receiver, method = method_of(ctx, call)
        if method not in _RESPONSE_METHODS or receiver is None or \
                ctx.node_text(receiver) not in ("res", "response", "reply", "resp"):
            return None
        target = args[0]
        options = next((a for a in args[1:] if a.type == "object"), None)
        if "root" in object_props(ctx, options):
            return None  # send uses `root` and rejects paths that leave it
    taint = taint_of(ctx, target)
    if taint >= Taint.TAINTED:
        return Hit(node=call, likelihood="very-likely")
    if taint == Taint.UNKNOWN and is_built(ctx, target) and reaches_parameter(ctx, target) \
            and imports_any(ctx, WEB_MODULES):
        return Hit(node=call, likelihood="possible")
    return None


RULE = Rule(
    id="VG-JS-INJ-007",
    name="path-traversal",
    category="injection",
    languages=("javascript",),
    cwe=(22,),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="A file path is built from untrusted input without a containment check; resolve it "
            "and verify it `startsWith` the base folder, or use `path.basename`.",
    prefilter=("read", "Read", "write", "Write", "append", "unlink", "rm", "open", "stat", "access",
               "copyFile", "rename", "mkdir", "exists", "truncate", "chmod", "send", "download",
               "attachment"),
    node_kinds=("call_expression",),
    check=_check,
)
