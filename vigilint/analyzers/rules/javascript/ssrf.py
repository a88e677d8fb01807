"""## What it does
Flags outgoing HTTP requests whose URL comes from the request (`fetch(req.query.url)`,
`axios.get(req.body.target)`, `got`, `http(s).get`, `request`, `needle`, `superagent`), or
whose host is built from an unchecked parameter, with no allow-list check in between.

## Why is this bad?
The server fetches whatever the attacker names: cloud metadata (`169.254.169.254`), internal
admin services, `localhost` ports, `file://` URLs (SSRF, CWE-918).

## Example
```js
const r = await fetch(req.query.url);
```

## Use instead
```js
const target = new URL(req.query.url);
if (!ALLOWED_HOSTS.includes(target.hostname)) return res.sendStatus(400);
const r = await fetch(target);
```

## References
- CWE-918: Server-Side Request Forgery (SSRF)
- OWASP A10:2021 / A01:2025
"""

from __future__ import annotations

import re
from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import sink_sites, site_hit
from vigilint.analyzers.models import load
from vigilint.analyzers.rules.javascript._common import built, from_parameter, unique_names
from vigilint.analyzers.syntax.javascript import FUNCTION_KINDS
from vigilint.model import Fix, Rule


def _check(ctx: FileContext, call: Node) -> Hit | None:
    for site in sink_sites(ctx, call, "ssrf"):
        url = site.arguments[0]
        # a URL whose host part is built from a parameter (a constant scheme and host in
        # front of the value clean it: the core's prefix rule)
        possible = built(ctx, url) and from_parameter(ctx, url)
        hit = site_hit(ctx, call, site, what="This outgoing request's URL",
                       advice="check the host against an allow-list before fetching",
                       unknown="possible" if possible else None)
        if hit is not None:
            return replace(hit, fix=_allow_list_fix(ctx, call, url))
    return None


VARIABLE = "ALLOWED_FETCH_HOSTS"
_NAMES = ("target", "fetchUrl", "outgoingUrl")
_STATEMENTS = frozenset({"expression_statement", "return_statement", "lexical_declaration",
                         "variable_declaration"})


def _allow_list_fix(ctx: FileContext, call: Node, url: Node) -> Fix | None:
    """Before the statement that fetches `url`: `if (!(process.env.ALLOWED_FETCH_HOSTS ||
    "").split(",").includes(new URL(url).hostname)) { throw new Error("host not allowed"); }`
    (a URL that is no plain name is first held in a `const`). Unsafe: every host the feature
    needs must be listed where the app runs, and the error may deserve a proper answer."""
    statement = call.parent
    while statement is not None and statement.type not in _STATEMENTS:
        if statement.type in FUNCTION_KINDS or statement.type in ("statement_block", "program"):
            return None  # inside a callback, or no simple statement
        statement = statement.parent
    if statement is None or statement.parent is None or \
            statement.parent.type not in ("statement_block", "program") or \
            "\n" in ctx.node_text(url):
        return None
    line = ctx.lines[statement.start_point[0]]
    indent = line[:statement.start_point[1]]
    if indent.strip():
        return None
    step = "\t" if "\t" in indent else "  "
    edits = []
    if url.type == "identifier":
        name, hoisted = ctx.node_text(url), ""
    else:
        function = statement.parent
        while function.parent is not None and function.type not in FUNCTION_KINDS:
            function = function.parent
        used = ctx.node_text(function)
        found = next((n for n in unique_names(_NAMES, call, function, statement, ctx)
                      if not re.search(rf"\b{n}\b", used)), None)
        if found is None:
            return None
        name, hoisted = found, f"const {found} = {ctx.node_text(url)};\n{indent}"
        edits.append(ctx.edit_node(url, found))
    guard = (f'{hoisted}if (!(process.env.{VARIABLE} || "").split(",").includes('
             f'new URL({name}).hostname)) {{\n{indent}{step}throw new Error("host not allowed");'
             f"\n{indent}}}\n{indent}")
    return Fix(title=f"Fetch only the hosts listed in `{VARIABLE}`", safe=False,
               edits=(ctx.insert_at(statement.start_byte, guard), *edits))



RULE = Rule(
    id="VG-JS-SSRF-001",
    name="ssrf",
    category="ssrf",
    languages=("javascript",),
    cwe=(918,),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="The server requests a URL controlled by the client; check the host against an "
            "allow-list before fetching.",
    prefilter=load("javascript").prefilter("ssrf"),
    sink_kinds=("ssrf",),
    node_kinds=("call_expression", "new_expression"),
    check=_check,
    fixable=True,
)
