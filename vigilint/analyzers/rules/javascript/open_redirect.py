r"""## What it does
Flags redirects to a URL taken from the request or the page URL: `res.redirect(req.query.url)`,
`ctx.redirect(...)`, `location.href = ...`, `location.assign/replace(...)`, with no allow-list
check in between.

## Why is this bad?
An attacker sends a link on your trusted domain that lands on their phishing page, or steals
OAuth codes through a redirect (CWE-601).

## Example
```js
res.redirect(req.query.next);
```

## Use instead
```js
const next = req.query.next;
res.redirect(typeof next === "string" && /^\/(?![\/\\])/.test(next) ? next : "/");
```

## References
- CWE-601: URL Redirection to Untrusted Site ('Open Redirect')
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

import re
from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import sink_hit, sink_sites, site_hit
from vigilint.analyzers.models import load
from vigilint.analyzers.rules.javascript._common import unique_names
from vigilint.analyzers.syntax import javascript
from vigilint.analyzers.syntax.javascript import FUNCTION_KINDS
from vigilint.model import Fix, Rule

_WHAT = "This redirect target"
_ADVICE = "allow only relative paths or a fixed list of hosts"


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if node.type == "assignment_expression":
        left = node.child_by_field_name("left")
        right = node.child_by_field_name("right")
        if left is None or right is None:
            return None
        if left.type == "identifier":  # `location = url`
            if ctx.node_text(left) != "location" or "location" in javascript(ctx).assigned(
                    javascript(ctx).scope_of(left)):
                return None
            return sink_hit(ctx, node, right, "redirect", what=_WHAT, advice=_ADVICE,
                            unknown=None)
        if left.type != "member_expression":
            return None
        prop = ctx.node_text(left.child_by_field_name("property"))
        receiver = ctx.node_text(left.child_by_field_name("object"))
        for spec in load(ctx.language).property_sinks(prop, frozenset({"redirect"})):
            if spec.receiver_re is None or spec.receiver_re.search(receiver):
                return sink_hit(ctx, node, right, "redirect", what=_WHAT, advice=_ADVICE,
                                unknown=None)
        return None
    for site in sink_sites(ctx, node, "redirect"):
        hit = site_hit(ctx, node, site, what=_WHAT, advice=_ADVICE, unknown=None)
        if hit is not None:
            targets = [a for a in site.arguments if a.type != "number"]  # `[status,] url`
            if len(targets) == 1:
                hit = replace(hit, fix=_local_path_fix(ctx, node, targets[0]))
            return hit
    return None


# a local path: one `/` not followed by another `/` or a `\` (which browsers read as `//`)
_LOCAL = "/^\\/(?![\\/\\\\])/"
_PURE = frozenset({"identifier", "member_expression", "subscript_expression"})
_WRAPPED = frozenset({"as_expression", "non_null_expression", "parenthesized_expression"})
_NAMES = ("target", "redirectTo", "destination")


def _pure(node: Node) -> bool:
    """An expression that reads a value without running code (a name, `a.b`, `a["b"]`)."""
    while node.type in _WRAPPED and node.named_children:
        node = node.named_children[0]
    if node.type == "subscript_expression":
        index = node.child_by_field_name("index")
        obj = node.child_by_field_name("object")
        return index is not None and obj is not None and \
            index.type in ("string", "number") and _pure(obj)
    if node.type == "member_expression":
        obj = node.child_by_field_name("object")
        return obj is not None and _pure(obj)
    return node.type == "identifier"


def _guarded(text: str) -> str:
    return f'typeof {text} === "string" && {_LOCAL}.test({text}) ? {text} : "/"'


def _local_path_fix(ctx: FileContext, call: Node, target: Node) -> Fix | None:
    r"""`res.redirect(next)` -> `res.redirect(typeof next === "string" &&
    /^\/(?![\/\\])/.test(next) ? next : "/")`: only a path on this site, else the home page
    (`new URL(next, req.url)`: its first argument). A target that is no plain name is first
    held in a `const` on the line before. Unsafe: redirects to the site's own absolute URLs or
    to partner hosts stop working, and `/` may not be the right fallback."""
    if target.type == "new_expression" and ctx.node_text(
            target.child_by_field_name("constructor")) == "URL":
        args = javascript(ctx).arguments(target).positional
        if len(args) != 2:
            return None
        target = args[0]
    title = "Redirect only to a local path (else to `/`)"
    if _pure(target):
        return Fix(title=title, safe=False,
                   edits=(ctx.edit_node(target, _guarded(ctx.node_text(target))),))
    statement = call.parent
    while statement is not None and statement.type in ("await_expression",
                                                       "parenthesized_expression"):
        statement = statement.parent
    if statement is None or statement.type not in ("expression_statement",
                                                   "return_statement") or \
            statement.parent is None or statement.parent.type not in ("statement_block",
                                                                       "program"):
        return None
    function = statement.parent
    while function.parent is not None and function.type not in FUNCTION_KINDS:
        function = function.parent
    used = ctx.node_text(function)
    name = next((n for n in unique_names(_NAMES, call, function, statement, ctx)
                 if not re.search(rf"\b{n}\b", used)), None)
    line = ctx.lines[statement.start_point[0]]
    indent = line[:statement.start_point[1]]
    if name is None or indent.strip():
        return None
    return Fix(title=title, safe=False, edits=(
        ctx.insert_at(statement.start_byte, f"const {name} = {ctx.node_text(target)};\n"
                                            f"{indent}"),
        ctx.edit_node(target, _guarded(name))))



RULE = Rule(
    id="VG-JS-INJ-009",
    name="open-redirect",
    category="injection",
    languages=("javascript",),
    cwe=(601,),
    likelihood="very-likely",
    impact="medium",
    confidence="medium",
    message="The redirect target comes from the request; allow only relative paths or a fixed "
            "list of hosts.",
    prefilter=(*load("javascript").prefilter("redirect"), "location"),
    sink_kinds=("redirect",),
    node_kinds=("call_expression", "assignment_expression"),
    check=_check,
    fixable=True,
)
