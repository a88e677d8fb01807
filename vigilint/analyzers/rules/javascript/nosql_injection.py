"""## What it does
Flags MongoDB/Mongoose queries that take request data as a whole query object
(`User.find(req.body)`), put request fields into a filter without casting them
(`findOne({user: req.body.user})`), or use `$where` with non-constant JavaScript.

## Why is this bad?
JSON bodies and query strings (`?user[$ne]=x`) can carry objects: `{"$ne": null}` or
`{"$gt": ""}` turns an equality test into "any value" and bypasses logins (CWE-943). `$where`
runs JavaScript on the database server.

## Example
```js
const user = await User.findOne({ email: req.body.email, password: req.body.password });
```

## Use instead
```js
const user = await User.findOne({ email: String(req.body.email) });
// or validate the body's types first (joi/zod), or enable mongoose `sanitizeFilter`
```

## References
- CWE-943: Improper Neutralization of Special Elements in Data Query Logic
- OWASP A03:2021 / A05:2025 Injection
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import Verdict, flow, related_source, sink_sites
from vigilint.analyzers.models import load
from vigilint.analyzers.syntax import javascript
from vigilint.model import Fix, Rule

# Request parts that a body parser or `qs` can turn into objects (`?name[$ne]=`); route
# parameters, headers and URLs are always strings.
_STRUCTURED = ("body", "query", "payload", "json", "cookies", "formData", "Body", "Query")
_FLAT = ("params", "header", "Param", "url", "path")


def _structured(verdict: Verdict) -> bool:
    text = verdict.description
    return any(w in text for w in _STRUCTURED) and not any(w in text for w in _FLAT)


def _where(ctx: FileContext, call: Node, value: Node | None) -> Hit | None:
    if value is None or value.type in ("function_expression", "arrow_function"):
        return None
    facts = flow(ctx)
    if facts.value(value).is_literal:
        return None
    verdict = facts.verdict(value, "code")
    tainted = verdict.level == "tainted"
    return Hit(node=call, likelihood="very-likely" if tainted else "possible",
               message="`$where` runs JavaScript built from non-constant values on the "
                       "database; use query operators instead.",
               related=related_source(ctx, verdict) if tainted else ())


def _string_fix(ctx: FileContext, query: Node) -> Fix | None:
    """Cast every request-controlled value of the filter to a string: an operator object
    (`{"$ne": null}`) becomes harmless text. Unsafe: a number or an ObjectId field then
    compares with a string, which a reviewer converts the right way."""
    facts = flow(ctx)
    edits = []
    for key, value in javascript(ctx).object_properties(query).items():
        if key == "$where" or value.parent is None or value.parent.type != "pair":
            continue
        verdict = facts.verdict(value, "nosql")
        if verdict.level == "tainted" and _structured(verdict):
            edits.append(ctx.edit_node(value, f"String({ctx.node_text(value)})"))
    if not edits:
        return None
    return Fix(title="Cast the values to strings (`String(...)`)", safe=False,
               edits=tuple(edits))


def _check(ctx: FileContext, call: Node) -> Hit | None:
    sites = sink_sites(ctx, call, "nosql")
    if not sites:
        return None
    query = sites[0].arguments[0]
    facts = flow(ctx)
    if query.type == "object":
        for key, value in javascript(ctx).object_properties(query).items():
            if key == "$where":
                hit = _where(ctx, call, value)
                if hit is not None:
                    return hit
                continue
            verdict = facts.verdict(value, "nosql")
            if verdict.level == "tainted" and _structured(verdict):
                return Hit(node=call, likelihood="very-likely", fix=_string_fix(ctx, query),
                           message=f"A query value comes from {verdict.description} and may be "
                                   "an operator object (`{\"$ne\": null}`); cast it with "
                                   "`String(...)` or validate its type first.",
                           related=related_source(ctx, verdict))
        return None
    if query.type in ("string", "template_string", "arrow_function", "function_expression"):
        return None
    found = facts.value(query)
    where = found.item("$where")
    if where is not None and where.all_labels() and "code" not in where.effective_clean():
        return Hit(node=call, likelihood="very-likely",
                   message="`$where` runs JavaScript built from request data on the database; "
                           "use query operators instead.")
    verdict = facts.verdict(query, "nosql")
    if verdict.level != "tainted" or not _structured(verdict):
        return None
    if found.items is None and not ctx.node_text(query).endswith((".body", ".query",
                                                                  ".payload")):
        return None  # a single value, not a filter object
    return Hit(node=call, likelihood="very-likely",
               message=f"The query filter comes from {verdict.description}; build it from "
                       "validated scalar values.", related=related_source(ctx, verdict))


RULE = Rule(
    id="VG-JS-INJ-006",
    name="nosql-injection",
    category="injection",
    languages=("javascript",),
    cwe=(943,),
    likelihood="very-likely",
    impact="high",
    confidence="medium",
    message="Request data reaches a MongoDB query without type casting, so `{\"$ne\": null}` "
            "operators get through; cast with `String(...)` or validate the body's types.",
    prefilter=load("javascript").prefilter("nosql"),
    sink_kinds=("nosql",),
    node_kinds=("call_expression",),
    check=_check,
    fixable=True,
)
