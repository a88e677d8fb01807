"""## What it does
Flags web views that load a record by an id taken from the request (`Model.query.get(id)`,
`get_or_404`, `get_object_or_404(Model, pk=id)`, `Model.objects.get(id=...)`,
`.filter(id=...)`, `.filter_by(id=...)`, `session.get(Model, id)`) and never compare it with the
current user (`current_user`, `request.user`, `owner`, `user_id=...`, `has_perm`, `abort(403)`).

## Why is this bad?
Changing the number in the URL shows or changes someone else's record (insecure direct object
reference).

## Example
```python
@app.get("/invoices/<int:invoice_id>")
@login_required
def invoice(invoice_id):
    return jsonify(Invoice.query.get_or_404(invoice_id).to_dict())
```

## Use instead
```python
    inv = Invoice.query.filter_by(id=invoice_id, owner_id=current_user.id).first_or_404()
```

## References
- CWE-639: Authorization Bypass Through User-Controlled Key
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import flow
from vigilint.analyzers.imports import call_name
from vigilint.analyzers.rules.python._routes import view_for
from vigilint.analyzers.rules.python._util import args_of, enclosing_function, positional
from vigilint.model import Rule

_OWNER = re.compile(r"(current_user|request\.user|g\.user|owner|user_id\s*=|author|"
                    r"created_by|has_perm|has_object_permission|check_object_permissions|"
                    r"abort\(\s*40[34]|PermissionDenied|Forbidden|tenant|account_id\s*=|"
                    r"get_jwt_identity|user\s*==|\.user\s*!=|\.user_id\s*!=)", re.I)
_ID_KEYS = frozenset({"id", "pk", "uuid", "slug"})


def _lookup_key(ctx: FileContext, call: Node) -> Node | None:
    name = call_name(ctx, call) or ""
    function = call.child_by_field_name("function")
    method = ctx.node_text(function.child_by_field_name("attribute")) \
        if function is not None and function.type == "attribute" else ""
    receiver = ctx.node_text(function.child_by_field_name("object")) \
        if function is not None and function.type == "attribute" else ""
    args = positional(ctx, call)
    if name.endswith("get_object_or_404") or (method in ("get", "filter", "filter_by",
                                                         "get_or_404", "first_or_404")
                                              and ("objects" in receiver or "query" in receiver)):
        for arg in args_of(ctx, call):
            if arg.type == "keyword_argument" and \
                    ctx.node_text(arg.child_by_field_name("name")).split("__")[0] in _ID_KEYS:
                return arg.child_by_field_name("value")
        if method in ("get", "get_or_404") and "query" in receiver and args:
            return args[0]
        return None
    if method == "get" and receiver.endswith("session") and len(args) == 2:
        return args[1]
    return None


def _check(ctx: FileContext, call: Node) -> Hit | None:
    key = _lookup_key(ctx, call)
    if key is None or flow(ctx).verdict(key).level != "tainted":
        return None
    fn = enclosing_function(ctx, call)
    if view_for(ctx, fn) is None or fn is None:
        return None
    if _OWNER.search(ctx.node_text(fn.child_by_field_name("body"))):
        return None
    return Hit(node=call)


RULE = Rule(
    id="VG-PY-AUTH-002",
    name="insecure-direct-object-reference",
    category="access-control",
    languages=("python",),
    cwe=(639,),
    likelihood="possible",
    impact="high",
    confidence="low",
    message="A record is loaded by an id from the request with no check that it belongs to the "
            "current user; filter by owner (`owner_id=current_user.id`) or check permissions.",
    prefilter=("route", "django", "fastapi", "APIRouter"),
    node_kinds=("call",),
    check=_check,
)
