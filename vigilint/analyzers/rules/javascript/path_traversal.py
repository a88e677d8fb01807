"""## What it does
Flags file-system paths built from request data or unchecked parameters and passed to `fs.*`
(`readFile`, `createReadStream`, `writeFile`, `unlink`, ...), `res.sendFile` or `res.download`,
when no containment check (`path.resolve` + `startsWith(base)`), `path.basename` or allow-list
guards the value. A path from the command line (`process.argv`) is not reported: the person
running the program names a file they can open anyway, which is what a command-line tool is for.

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

import re
from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import REMOTE, sink_sites, site_hit
from vigilint.analyzers.imports import aliases
from vigilint.analyzers.models import load
from vigilint.analyzers.rules._edits import last_operand
from vigilint.analyzers.rules.javascript._common import WEB_MODULES, built, from_parameter
from vigilint.analyzers.syntax import javascript
from vigilint.model import Edit, Fix, Rule


def _check(ctx: FileContext, call: Node) -> Hit | None:
    sem = javascript(ctx)
    for site in sink_sites(ctx, call, "path"):
        if "root" in sem.arguments(call).options:
            continue  # send() serves from `root` and refuses paths that leave it
        target = site.arguments[0]
        # a path built from a parameter is reported as possible in server code only (a
        # library's callers are responsible for their paths)
        possible = built(ctx, target) and from_parameter(ctx, target) and \
            sem.imports_any(WEB_MODULES)
        hit = site_hit(ctx, call, site, what="This file path",
                       advice="resolve it and check it `startsWith` the base folder, or keep "
                              "only `path.basename`",
                       unknown="possible" if possible else None, sources=REMOTE)
        if hit is not None:
            fix = _basename_fix(ctx, target) if site.spec is not None else \
                _wrapper_basename_fix(ctx, target)
            return replace(hit, fix=fix)
    return None


# a name `path` of the file's own (a variable, parameter or destructured property)
_DECLARES_PATH = re.compile(r"\b(const|let|var|function|class)\s+path\b|[({,]\s*path\s*[,):=}]")


def _path_module(ctx: FileContext) -> tuple[str, tuple[Edit, ...]] | None:
    """The name the file knows Node's `path` module by, and the edit that requires (or
    imports) it beside the file's first import when it does not yet; None when it cannot."""
    path = next((k for k, v in aliases(ctx).items() if v in ("path", "node:path")), None)
    if path is not None:
        return path, ()
    root = ctx.tree.root_node if ctx.tree is not None else None
    first = next((c for c in root.named_children if c.type == "import_statement" or (
        c.type in ("lexical_declaration", "variable_declaration") and
        "require(" in ctx.node_text(c))), None) if root is not None else None
    if first is None or _DECLARES_PATH.search(ctx.text):
        return None  # no import to stand beside, or a local `path` would hide the module
    line = "import * as path from 'path';\n" if first.type == "import_statement" \
        else "const path = require('path');\n"
    return "path", (ctx.insert_at(first.start_byte, line),)


def _wrapper_basename_fix(ctx: FileContext, target: Node) -> Fix | None:
    """A file name passed to a function of the project that opens it under a folder
    (`readMedia(req.query.path)`) -> `path.basename(...)` of it. Unsafe: sub-folders stop
    being reachable."""
    module = _path_module(ctx)
    if target.type not in _VALUES or "\n" in ctx.node_text(target) or module is None:
        return None
    path, added = module
    return Fix(title=f"Keep only the file name (`{path}.basename`)", safe=False, edits=(
        *added, ctx.edit_node(target, f"{path}.basename({ctx.node_text(target)})")))


_VALUES = frozenset({"identifier", "member_expression", "subscript_expression",
                     "call_expression"})


def _basename_fix(ctx: FileContext, target: Node) -> Fix | None:
    """Keep only the file name of the part that names the file: the last argument of
    `path.join`/`path.resolve`, or the value after the last `/` of a `+` chain or template.
    Unsafe: sub-folders of the base stop being reachable."""
    module = _path_module(ctx)
    if module is None:
        return None
    path, added = module
    sem = javascript(ctx)
    part: Node | None = None
    if target.type == "call_expression" and sem.callee_name(target) in (
            "path.join", "path.resolve", "node:path.join", "node:path.resolve"):
        args = sem.arguments(target).positional
        if len(args) >= 2 and args[-1].type in _VALUES:
            part = args[-1]
    elif target.type == "binary_expression":
        last = last_operand(ctx, target)
        if last is not None and last[0].type in _VALUES and last[1].endswith("/"):
            part = last[0]
    elif target.type == "template_string":
        pieces = target.named_children
        subs = [i for i, c in enumerate(pieces) if c.type == "template_substitution"]
        if subs and subs[-1] > 0 and ctx.node_text(pieces[subs[-1] - 1]).endswith("/") and \
                "/" not in "".join(ctx.node_text(c) for c in pieces[subs[-1] + 1:]) and \
                len(pieces[subs[-1]].named_children) == 1:
            part = pieces[subs[-1]].named_children[0]
    if part is None:
        return None
    return Fix(title=f"Keep only the file name (`{path}.basename`)", safe=False, edits=(
        *added, ctx.edit_node(part, f"{path}.basename({ctx.node_text(part)})")))


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
    prefilter=load("javascript").prefilter("path"),
    sink_kinds=("path",),
    node_kinds=("call_expression",),
    check=_check,
    fixable=True,
)
