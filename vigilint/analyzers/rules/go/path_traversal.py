"""## What it does
Flags file access whose path comes from request data, standard input or the name of an entry
of an archive being extracted (zip slip): `os.Open`,
`os.OpenFile`, `os.ReadFile`, `os.Create`, `os.WriteFile`, `os.Remove(All)`, `os.Mkdir(All)`,
`os.Rename`, `os.DirFS`, `ioutil.*`, `http.ServeFile`, `http.Dir`, gin `c.File` /
`c.SaveUploadedFile`, echo `c.File`/`c.Attachment`, fiber `c.SendFile`/`c.SaveFile`, also when
the path went through `filepath.Join`. `filepath.Base`, `filepath.IsLocal`, a
`strings.Contains(p, "..")` check, `filepath.Clean("/" + p)` and a `strings.HasPrefix(p, base)`
check on a cleaned path count as sanitizers. Command-line arguments are not reported: a tool
opening the files its user names is doing its job.

## Why is this bad?
`../` in input walks out of the intended directory and reads or overwrites other files
(CWE-22). `filepath.Join` cleans `..` but does not stop it from leaving the base.

## Example
```go
data, err := os.ReadFile(filepath.Join("/srv/files", r.URL.Query().Get("name")))
```

## Use instead
```go
p := filepath.Join("/srv/files", filepath.Clean("/"+name))
if !strings.HasPrefix(p, "/srv/files/") { http.Error(w, "bad path", 400); return }
data, err := os.ReadFile(p)
```

## References
- CWE-22: Path Traversal
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import ARCHIVE, HTTP, STDIN, flow, sink_sites, site_hit
from vigilint.analyzers.models import load
from vigilint.analyzers.rules._edits import go_package, last_operand
from vigilint.analyzers.rules.go._common import args_of, call_name
from vigilint.model import Fix, Rule

_SOURCES = frozenset({HTTP, STDIN, ARCHIVE})


def _check(ctx: FileContext, call: Node) -> Hit | None:
    for site in sink_sites(ctx, call, "path"):
        hit = site_hit(ctx, call, site, what="This file path",
                       advice="clean it, join it to a base directory and check the result "
                              "stays under that base", unknown=None, sources=_SOURCES)
        if hit is not None:
            return replace(hit, fix=_base_fix(ctx, site.arguments[0]))
    return None


_VALUES = frozenset({"identifier", "selector_expression", "call_expression",
                     "index_expression"})


def _base_fix(ctx: FileContext, target: Node) -> Fix | None:
    """Keep only the file name of the part that names the file: the last element of
    `filepath.Join`, or the value after the last `/` of a `+` chain. Unsafe: sub-folders of
    the base stop being reachable."""
    parts: list[Node] = []
    if target.type == "call_expression" and call_name(ctx, target) in (
            "path/filepath.Join", "path.Join"):
        args = args_of(ctx, target)
        if len(args) >= 2 and args[-1].type in _VALUES:  # and every tainted folder name
            parts = [a for a in args[1:-1] if a.type in _VALUES and
                     flow(ctx).verdict(a, "path").level == "tainted"] + [args[-1]]
    else:
        last = last_operand(ctx, target)
        if last is not None and last[0].type in _VALUES and last[1].endswith("/"):
            parts = [last[0]]
    if not parts:
        return None
    filepath, edits = go_package(ctx, "path/filepath")
    return Fix(title=f"Keep only the file name (`{filepath}.Base`)", safe=False, edits=(
        *edits, *(ctx.edit_node(p, f"{filepath}.Base({ctx.node_text(p)})") for p in parts)))


RULE = Rule(
    id="VG-GO-INJ-004",
    name="path-traversal",
    category="injection",
    languages=("go",),
    cwe=(22,),
    likelihood="very-likely",
    impact="high",
    confidence="medium",
    message="A file path comes from request data; clean it, join it to a base directory and "
            "check the result stays under that base.",
    prefilter=load("go").prefilter("path"),
    sink_kinds=("path",),
    node_kinds=("call_expression",),
    check=_check,
    fixable=True,
)
