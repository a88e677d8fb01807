"""## What it does
Flags MongoDB queries built from request JSON (`collection.find(request.json)`,
`find_one({"user": body["user"]})` where the value can be an object such as `{"$ne": null}`),
and `$where` clauses built from data, in pymongo/motor/mongoengine code.

## Why is this bad?
A JSON value may be an operator object instead of a string: `{"password": {"$ne": ""}}` matches
every user (authentication bypass), and `$where` runs JavaScript on the server.

## Example
```python
user = db.users.find_one({"name": body["name"], "password": body["password"]})
```

## Use instead
```python
name, password = str(body["name"]), str(body["password"])
user = db.users.find_one({"name": name})  # then verify the password hash
```

## References
- CWE-943: Improper Neutralization of Special Elements in Data Query Logic
- OWASP A03:2021 / A05:2025 Injection
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import flow, related_source, sink_sites
from vigilint.analyzers.models import load
from vigilint.model import Rule

_STRUCTURED = ("json", "get_json", "data", "body", "route parameter")


def _structured(source: str) -> bool:
    """JSON bodies can carry objects ({"$ne": ...}); query strings and path parts cannot."""
    return any(word in source for word in _STRUCTURED) and "route parameter" not in source


def _check(ctx: FileContext, call: Node) -> Hit | None:
    sites = sink_sites(ctx, call, "nosql")
    if not sites:
        return None
    query = sites[0].arguments[0]
    facts = flow(ctx)
    if query.type == "dictionary":
        for pair in query.named_children:
            if pair.type != "pair":
                continue
            key = facts.value(pair.child_by_field_name("key")).const
            value = pair.child_by_field_name("value")
            verdict = facts.verdict(value, "nosql")
            tainted = verdict.level == "tainted"
            if key == "$where" and value is not None and not facts.value(value).is_literal:
                return Hit(node=call, likelihood="very-likely" if tainted else "likely",
                           message="`$where` runs JavaScript built from data; use query "
                                   "operators instead.", related=related_source(ctx, verdict))
            if tainted and _structured(verdict.description):
                return Hit(node=call, likelihood="very-likely",
                           message=f"A query value comes from {verdict.description} and may be "
                                   "an operator object; cast it to `str`/`int` first.",
                           related=related_source(ctx, verdict))
        return None
    verdict = facts.verdict(query, "nosql")
    if verdict.level == "tainted":
        return Hit(node=call, likelihood="very-likely",
                   message=f"The whole query comes from {verdict.description}; build it from "
                           "validated scalar values.", related=related_source(ctx, verdict))
    return None


RULE = Rule(
    id="VG-PY-INJ-006",
    name="nosql-injection",
    category="injection",
    languages=("python",),
    cwe=(943,),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="A MongoDB query is built from request JSON; cast values to `str`/`int` and never "
            "pass request objects or `$where` strings.",
    prefilter=load("python").prefilter("nosql"),
    sink_kinds=("nosql",),
    node_kinds=("call",),
    check=_check,
)
