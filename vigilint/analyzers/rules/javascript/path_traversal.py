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
from vigilint.analyzers.dataflow import sink_sites, site_hit
from vigilint.analyzers.models import load
from vigilint.analyzers.rules.javascript._common import WEB_MODULES, built, from_parameter
from vigilint.analyzers.syntax import javascript
from vigilint.model import Rule


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
                       unknown="possible" if possible else None)
        if hit is not None:
            return hit
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
    prefilter=load("javascript").prefilter("path"),
    sink_kinds=("path",),
    node_kinds=("call_expression",),
    check=_check,
)
