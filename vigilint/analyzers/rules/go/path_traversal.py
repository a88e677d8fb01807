"""## What it does
Flags file access whose path comes from request data: `os.Open`, `os.OpenFile`, `os.ReadFile`,
`ioutil.ReadFile`, `os.Create`, `os.WriteFile`, `os.Remove(All)` and `http.ServeFile`, also
when the path went through `filepath.Join`/`path.Join`. `filepath.Base`, `url.PathEscape` and
a `strings.HasPrefix(p, base)` check on the cleaned path count as sanitisers.

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

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.go._common import call_name, taint_sink
from vigilint.model import Rule

_SINKS: dict[str, tuple[int, ...]] = {
    "os.Open": (0,), "os.OpenFile": (0,), "os.ReadFile": (0,), "io/ioutil.ReadFile": (0,),
    "os.Create": (0,), "os.WriteFile": (0,), "io/ioutil.WriteFile": (0,), "os.Remove": (0,),
    "os.RemoveAll": (0,), "os.Mkdir": (0,), "os.MkdirAll": (0,), "os.Rename": (0, 1),
    "net/http.ServeFile": (2,),
    "os.ReadDir": (0,), "io/ioutil.ReadDir": (0,), "os.Chmod": (0,),
}


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = call_name(ctx, call)
    if name not in _SINKS:
        return None
    return taint_sink(ctx, call, "pathtraver", indexes=_SINKS[name], possible=False)


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
    prefilter=("Open", "ReadFile", "Create", "WriteFile", "Remove", "Mkdir", "Rename", "ServeFile",
               "ReadDir", "Chmod"),
    node_kinds=("call_expression",),
    check=_check,
)
