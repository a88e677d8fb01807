"""## What it does
Flags handlers that load, change or delete a record by an id taken from the request
(`Model.findById(req.params.id)`, `findOne({_id: req.params.id})`, Prisma
`findUnique({where: {id}})`, Sequelize `findByPk`) when nothing in the handler ties the record
to the current user (`req.user`, an `owner`/`userId` filter, an authorisation call).

## Why is this bad?
Any logged-in user can change the id in the URL and read or modify another user's data
(insecure direct object reference, CWE-639).

## Example
```js
app.get("/invoices/:id", requireAuth, async (req, res) => {
  res.json(await Invoice.findById(req.params.id));
});
```

## Use instead
```js
app.get("/invoices/:id", requireAuth, async (req, res) => {
  res.json(await Invoice.findOne({ _id: req.params.id, owner: req.user.id }));
});
```

## References
- CWE-639: Authorization Bypass Through User-Controlled Key
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.javascript._common import call_args, method_of, object_props
from vigilint.analyzers.taint.javascript import Taint, enclosing_function, taint_of
from vigilint.model import Rule

_BY_ID = frozenset({"findById", "findByIdAndUpdate", "findByIdAndDelete", "findByIdAndRemove",
                    "findByPk", "getById"})
_BY_FILTER = frozenset({"findOne", "findUnique", "findFirst", "updateOne", "deleteOne",
                        "findOneAndUpdate", "findOneAndDelete", "update", "delete", "destroy"})
_ID_KEYS = frozenset({"_id", "id", "uuid"})
_OWNER = re.compile(r"req\.user|request\.user|ctx\.state\.user|session\.user|currentUser|"
                    r"\bowner|userId|user_id|authorId|createdBy|tenant|organization|orgId|"
                    r"authori[sz]e|can\(|ability|permission|isAdmin|role|forbidden|403|"
                    r"getServerSession|auth\(\)", re.IGNORECASE)


def _id_from_filter(ctx: FileContext, node: Node) -> Node | None:
    props = object_props(ctx, node)
    if "where" in props:
        props = object_props(ctx, props["where"])
    if any(_OWNER.search(k) for k in props):
        return None
    for key in _ID_KEYS:
        if key in props:
            return props[key]
    return None


def _check(ctx: FileContext, call: Node) -> Hit | None:
    _, method = method_of(ctx, call)
    if method not in _BY_ID and method not in _BY_FILTER:
        return None
    args = call_args(call)
    if not args:
        return None
    if method in _BY_ID:
        ident: Node | None = args[0]
    elif method in _BY_FILTER:
        ident = _id_from_filter(ctx, args[0])
    else:
        return None
    if ident is None or taint_of(ctx, ident) < Taint.TAINTED:
        return None
    fn = enclosing_function(call)
    while fn is not None and fn.parent is not None and fn.parent.type != "arguments" \
            and enclosing_function(fn) is not None:
        fn = enclosing_function(fn)
    scope_text = ctx.node_text(fn) if fn is not None else ctx.text
    if _OWNER.search(scope_text):
        return None
    return Hit(node=call)


RULE = Rule(
    id="VG-JS-AUTH-002",
    name="idor-lookup-by-request-id",
    category="access-control",
    languages=("javascript",),
    cwe=(639,),
    likelihood="likely",
    impact="high",
    confidence="low",
    message="A record is looked up by an id from the request with no check that it belongs to "
            "the current user; filter by owner (for example `{_id: id, owner: req.user.id}`).",
    prefilter=("findById", "findByPk", "getById", "findOne", "findUnique", "findFirst", "updateOne",
               "deleteOne", "update", "delete", "destroy"),
    node_kinds=("call_expression",),
    check=_check,
)
