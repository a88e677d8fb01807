"""## What it does
Flags server responses that write request data into HTML without escaping:
`res.send(...)`, `res.write(...)`, `res.end(...)` (Express/Node) and `ctx.body = ...` (Koa)
whose value is built from `req.query`, `req.body`, `req.params` and the like.

## Why is this bad?
`res.send` of a string is served as `text/html`; `?name=<script>...</script>` then runs in the
victim's browser on your origin (reflected XSS, CWE-79).

## Example
```js
res.send(`<h1>Hello ${req.query.name}</h1>`);
```

## Use instead
```js
const escapeHtml = require("escape-html");
res.send(`<h1>Hello ${escapeHtml(req.query.name)}</h1>`);
// or res.json({ name: req.query.name }), or a template engine that escapes
```

## References
- CWE-79: Improper Neutralization of Input During Web Page Generation ('Cross-site Scripting')
- OWASP A03:2021 / A05:2025 Injection
"""

from __future__ import annotations

import re
from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import sink_hit, sink_sites, site_hit
from vigilint.analyzers.imports import aliases
from vigilint.analyzers.models import load
from vigilint.analyzers.rules._edits import tainted_parts, wrap_fix
from vigilint.analyzers.rules.javascript.dom_xss import BROWSER_LIBRARIES
from vigilint.analyzers.syntax import javascript
from vigilint.model import Edit, Fix, Rule

_JSON = ("object", "array")  # serialised as JSON
_WHAT = "This HTML response"
_ADVICE = "escape it with `escape-html` or send JSON with `res.json`"


_FETCH_RESPONSES = frozenset({"Response", "NextResponse", "next/server.NextResponse"})
_HTML_TYPE = re.compile(r"""["']?content-type["']?\s*:\s*["'`]text/html""", re.IGNORECASE)


def _html_response(ctx: FileContext, node: Node) -> Hit | None:
    """`new Response(html, {headers: {"content-type": "text/html"}})` (the Fetch API's
    response: Next.js route handlers, edge and worker runtimes)."""
    sem = javascript(ctx)
    if sem.callee_name(node) not in _FETCH_RESPONSES:
        return None
    args = sem.arguments(node).positional
    if len(args) < 2 or args[0].type in _JSON or not _HTML_TYPE.search(ctx.node_text(args[1])):
        return None
    return sink_hit(ctx, node, args[0], "xss", what=_WHAT, advice=_ADVICE, unknown=None)


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if node.type == "new_expression":
        return _html_response(ctx, node)
    if node.type == "assignment_expression":
        left = node.child_by_field_name("left")
        right = node.child_by_field_name("right")
        if left is None or right is None or left.type != "member_expression" or \
                right.type in _JSON:
            return None
        prop = ctx.node_text(left.child_by_field_name("property"))
        receiver = ctx.node_text(left.child_by_field_name("object"))
        for spec in load(ctx.language).property_sinks(prop, frozenset({"xss"})):
            if spec.library in BROWSER_LIBRARIES or (
                    spec.receiver_re is not None and not spec.receiver_re.search(receiver)):
                continue
            hit = sink_hit(ctx, node, right, "xss", what=_WHAT, advice=_ADVICE, unknown=None)
            return None if hit is None else replace(hit, fix=_escape_fix(ctx, right))
        return None
    for site in sink_sites(ctx, node, "xss"):
        if site.spec is not None and site.spec.library in BROWSER_LIBRARIES:
            continue
        if site.arguments[0].type in _JSON:
            continue
        hit = site_hit(ctx, node, site, what=_WHAT, advice=_ADVICE, unknown=None)
        if hit is not None:
            return replace(hit, fix=_escape_fix(ctx, site.arguments[0]))
    return None


def _escape_fix(ctx: FileContext, body: Node) -> Fix | None:
    """Wrap the request-controlled pieces of the response in `escapeHtml` (the `escape-html`
    package, imported when the file does not have it yet); the markup around them stays.
    Unsafe: the project gains a dependency, and a value meant as HTML is now shown as text."""
    parts = tainted_parts(ctx, body, "xss")
    if not parts or ctx.tree is None:
        return None
    bound = next((k for k, v in aliases(ctx).items() if v == "escape-html"), None)
    edits: list[Edit] = []
    if bound is None:
        if re.search(r"(?<![\w.$])escapeHtml\b", ctx.text):
            return None  # a name of the file's own (`Hoek.escapeHtml` is no clash)
        bound = "escapeHtml"
        top = ctx.tree.root_node.named_children
        first_import = next((c for c in top if c.type == "import_statement"), None)
        first_require = next((c for c in top if c.type in ("lexical_declaration",
                                                            "variable_declaration")
                              and "require(" in ctx.node_text(c)), None)
        if first_import is not None:
            edits.append(ctx.insert_at(first_import.start_byte,
                                       "import escapeHtml from 'escape-html';\n"))
        elif first_require is not None:
            edits.append(ctx.insert_at(first_require.start_byte,
                                       "const escapeHtml = require('escape-html');\n"))
        else:
            return None
    return wrap_fix(ctx, parts, bound, "HTML-escape the request values (`escape-html`)",
                    tuple(edits))


RULE = Rule(
    id="VG-JS-INJ-005",
    name="reflected-xss",
    category="injection",
    languages=("javascript",),
    cwe=(79,),
    likelihood="very-likely",
    impact="high",
    confidence="medium",
    message="Request data is written into the HTML response unescaped; escape it with "
            "`escape-html` or send JSON with `res.json`.",
    prefilter=(*load("javascript").prefilter("xss"), "Response"),
    sink_kinds=("xss",),
    node_kinds=("call_expression", "assignment_expression", "new_expression"),
    check=_check,
    fixable=True,
)
