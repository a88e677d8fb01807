"""## What it does
Flags redirects to a URL taken from request data: `http.Redirect(w, r, url, code)`, gin
`c.Redirect(code, url)`, echo `c.Redirect(code, url)` and fiber `c.Redirect(url)`, with no check
that the target is a local path (`/...` but not `//...`) or a URL whose parsed host is allowed.

## Why is this bad?
An attacker sends a link on your domain that forwards the victim to a look-alike phishing site,
or leaks tokens carried in the URL (CWE-601).

## Example
```go
http.Redirect(w, r, r.URL.Query().Get("next"), http.StatusFound)
```

## Use instead
```go
next := r.URL.Query().Get("next")
if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") {
    next = "/"
}
http.Redirect(w, r, next, http.StatusFound)
```

## References
- CWE-601: URL Redirection to Untrusted Site
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

import re
from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import sink_sites, site_hit
from vigilint.analyzers.models import load
from vigilint.analyzers.rules._edits import go_package
from vigilint.analyzers.rules.go._common import enclosing_function
from vigilint.analyzers.syntax import go
from vigilint.model import Fix, Rule


def _check(ctx: FileContext, call: Node) -> Hit | None:
    for site in sink_sites(ctx, call, "redirect"):
        hit = site_hit(ctx, call, site, what="This redirect target",
                       advice="allow only local paths (`/...`, not `//...`) or check the "
                              "parsed host against an allow-list", unknown=None)
        if hit is not None and len(site.arguments) == 1:
            hit = replace(hit, fix=_local_path_fix(ctx, call, site.arguments[0]))
        return hit
    return None


_GUARD = ('if !strings.HasPrefix({x}, "/") || strings.HasPrefix({x}, "//") || '
          'strings.HasPrefix({x}, "/\\\\") {{\n{indent}\t{x} = "/"\n{indent}}}\n{indent}')
_NAMES = ("target", "redirectTo", "destination")


def _local_path_fix(ctx: FileContext, call: Node, target: Node) -> Fix | None:
    """`http.Redirect(w, r, next, code)` -> the same after `if !strings.HasPrefix(next, "/")
    || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") { next = "/" }`: only
    a path on this site, else the home page. A target that is no local name
    (`c.Query("next")`) is first held in `target := ...`. Unsafe: redirects to the site's own
    absolute URLs or to partner hosts stop working, and `/` may not be the right fallback."""
    statement = call.parent
    if statement is None or statement.type not in ("expression_statement",
                                                   "return_statement"):
        return None
    block = statement.parent
    function = enclosing_function(ctx, call)
    if block is None or function is None or block.type not in ("block", "statement_list"):
        return None
    line = ctx.lines[statement.start_point[0]]
    indent = line[:statement.start_point[1]]
    if indent.strip():
        return None
    alias, imports = go_package(ctx, "strings")
    guard = _GUARD.replace("strings.", f"{alias}.")
    title = "Redirect only to a local path (else to `/`)"
    if target.type == "identifier" and go(ctx).declared_type(target) in ("", "string"):
        return Fix(title=title, safe=False, edits=(*imports, ctx.insert_at(
            statement.start_byte, guard.format(x=ctx.node_text(target), indent=indent))))
    if target.type not in ("call_expression", "selector_expression", "index_expression"):
        return None
    used = ctx.node_text(function)
    name = next((n for n in _NAMES if not re.search(rf"\b{n}\b", used)), None)
    if name is None:
        return None
    return Fix(title=title, safe=False, edits=(*imports, ctx.insert_at(
        statement.start_byte, f"{name} := {ctx.node_text(target)}\n{indent}" +
        guard.format(x=name, indent=indent)), ctx.edit_node(target, name)))


RULE = Rule(
    id="VG-GO-REDIR-001",
    name="open-redirect",
    category="injection",
    languages=("go",),
    cwe=(601,),
    likelihood="likely",
    impact="medium",
    confidence="medium",
    message="A redirect goes to a URL taken from request data; allow only local paths or "
            "check the host against an allow-list.",
    prefilter=load("go").prefilter("redirect"),
    sink_kinds=("redirect",),
    node_kinds=("call_expression",),
    check=_check,
    fixable=True,
)
