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
from vigilint.analyzers.imports import aliases
from vigilint.analyzers.rules.python._util import arg
from vigilint.analyzers.taint.python import taint_of, taint_source
from vigilint.model import Rule

_METHODS = frozenset({"find", "find_one", "find_one_and_update", "find_one_and_delete",
                      "update_one", "update_many", "delete_one", "delete_many", "count_documents",
                      "aggregate", "distinct", "replace_one", "objects"})
_STRUCTURED = ("json", "get_json", "data", "body", "route parameter")


def _structured(source: str) -> bool:
    """JSON bodies can carry objects ({"$ne": ...}); query strings and path parts cannot."""
    return any(word in source for word in _STRUCTURED) and "route parameter" not in source


def _check(ctx: FileContext, call: Node) -> Hit | None:
    function = call.child_by_field_name("function")
    if function is None or function.type != "attribute" or \
            ctx.node_text(function.child_by_field_name("attribute")) not in _METHODS:
        return None
    if not any(v.split(".")[0] in ("pymongo", "motor", "mongoengine", "flask_pymongo", "mongomock")
               for v in aliases(ctx).values()):
        return None
    query = arg(ctx, call, 0, "filter")
    if query is None:
        return None
    if query.type == "dictionary":
        for pair in query.named_children:
            if pair.type != "pair":
                continue
            key = taint_of(ctx, pair.child_by_field_name("key")).const
            value = pair.child_by_field_name("value")
            source = taint_source(ctx, value, "nosql")
            if key == "$where" and value is not None and not taint_of(ctx, value).is_literal:
                return Hit(node=call, likelihood="very-likely" if source else "likely",
                           message="`$where` runs JavaScript built from data; use query "
                                   "operators instead.")
            if source and _structured(source):
                return Hit(node=call, likelihood="very-likely",
                           message=f"A query value comes from {source} and may be an operator "
                                   "object; cast it to `str`/`int` first.")
        return None
    source = taint_source(ctx, query, "nosql")
    if source:
        return Hit(node=call, likelihood="very-likely",
                   message=f"The whole query comes from {source}; build it from validated "
                           "scalar values.")
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
    prefilter=("pymongo", "motor", "mongoengine", "mongomock"),
    node_kinds=("call",),
    check=_check,
)
