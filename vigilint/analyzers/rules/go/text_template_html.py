"""## What it does
Flags `import "text/template"` in a file that writes HTTP responses (uses
`http.ResponseWriter`, gin or echo contexts).

## Why is this bad?
`text/template` does not escape anything: values rendered into an HTML page can carry script
(CWE-79). `html/template` has the same API and escapes by context.

## Example
```go
import "text/template"
tmpl.Execute(w, map[string]string{"Name": r.FormValue("name")})
```

## Use instead
```go
import "html/template"
```

## References
- CWE-79: Cross-site Scripting
- Go `html/template` package documentation
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.model import Fix, Rule

_WEB_MARKERS = ("http.ResponseWriter", "gin.Context", "echo.Context", "fiber.Ctx")


def _check(ctx: FileContext, node: Node) -> Hit | None:
    path = node.child_by_field_name("path")
    if path is None or ctx.node_text(path) != '"text/template"':
        return None
    if not any(marker in ctx.text for marker in _WEB_MARKERS):
        return None
    return Hit(node=node, fix=Fix(title="Import `html/template`", safe=False,
                                  edits=(ctx.edit_node(path, '"html/template"'),)))


RULE = Rule(
    id="VG-GO-INJ-005",
    name="text-template-for-html",
    category="injection",
    languages=("go",),
    cwe=(79,),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="`text/template` does not escape HTML; import `html/template` for web responses.",
    prefilter=("text/template",),
    node_kinds=("import_spec",),
    check=_check,
    fixable=True,
)
